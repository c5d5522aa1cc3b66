package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.postmortem.TimelineRow;
import dev.incident.timeline.EntryKind;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A postmortem's {@link TimelineRow} as {@code {"date", "time", "time_known", "text", "kind",
 * "kind_inferred"}}: {@code date} ({@code 2026-03-04}) left out when unknown, {@code time} the UTC
 * time of day to the second ({@code 14:02:00}), {@code time_known} written only when false (a row of
 * day precision; true when absent), {@code kind} an entry kind in lower case. {@code kind_inferred} is
 * always written and defaults to false; when true, reading infers the kind from the text again, as
 * the model does. Stateless.
 */
public final class TimelineRowCodec extends Codec<TimelineRow> {
    /** The instance. */
    public static final TimelineRowCodec INSTANCE = new TimelineRowCodec();

    private TimelineRowCodec() {
        super(TimelineRow.class);
    }

    @Override
    public void write(TimelineRow value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        Out.date("date", value.date(), out);
        Out.timeOfDay("time", value.time(), out);
        if (!value.timeKnown()) {
            out.writeBooleanField("time_known", false);
        }
        out.writeStringField("text", value.text());
        Out.constant("kind", value.kind(), out);
        out.writeBooleanField("kind_inferred", value.kindInferred());
        out.writeEndObject();
    }

    @Override
    public TimelineRow read(JsonIn in) throws IncidentJsonException {
        ObjectIn o = in.object("a postmortem timeline row");
        Optional<LocalDate> date = o.optionalDate("date");
        LocalTime time = o.required("time").timeOfDay();
        boolean timeKnown = o.bool("time_known", true);
        String text = o.nonBlankText("text");
        EntryKind kind = o.enumConstant("kind", EntryKind.class);
        boolean inferred = o.bool("kind_inferred", false);
        return o.build(() -> TimelineRow.builder()
                .date(date)
                .time(time)
                .timeKnown(timeKnown)
                .text(text)
                .kind(kind)
                .kindInferred(inferred)
                .build());
    }
}
