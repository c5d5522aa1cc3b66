package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.model.Participant;
import dev.incident.timeline.Correction;
import dev.incident.timeline.EntryKey;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * A timeline {@link Correction} as {@code {"target": {"source", "at", "text"}, "corrected_at",
 * "corrected_text", "reason", "author", "recorded_at"}}; the corrected time and text are left out
 * when absent (at least one is there). Stateless.
 */
public final class CorrectionCodec extends Codec<Correction> {
    /** The instance. */
    public static final CorrectionCodec INSTANCE = new CorrectionCodec();

    private CorrectionCodec() {
        super(Correction.class);
    }

    @Override
    public void write(Correction value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeFieldName("target");
        writeKey(value.target(), out);
        Out.instant("corrected_at", value.correctedAt(), out);
        Out.text("corrected_text", value.correctedText(), out);
        out.writeStringField("reason", value.reason());
        out.writeStringField("author", value.author().name());
        Instants.write("recorded_at", value.recordedAt(), out);
        out.writeEndObject();
    }

    /** Writes an entry key as {@code {"source", "at", "text"}}. */
    static void writeKey(EntryKey key, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("source", key.source());
        Instants.write("at", key.at(), out);
        out.writeStringField("text", key.text());
        out.writeEndObject();
    }

    @Override
    public Correction read(JsonIn in) throws IncidentJsonException {
        ObjectIn o = in.object("a timeline correction");
        EntryKey target = readKey(o.required("target"));
        Optional<Instant> correctedAt = o.optionalInstant("corrected_at");
        Optional<String> correctedText = o.optionalText("corrected_text");
        String reason = o.nonBlankText("reason");
        Participant author = ParticipantCodec.INSTANCE.read(o.required("author"));
        Instant recordedAt = o.instant("recorded_at");
        return o.build(() -> Correction.builder()
                .target(target)
                .correctedAt(correctedAt)
                .correctedText(correctedText)
                .reason(reason)
                .author(author)
                .recordedAt(recordedAt)
                .build());
    }

    private static EntryKey readKey(JsonIn in) throws IncidentJsonException {
        ObjectIn o = in.object("an entry key");
        String source = o.nonBlankText("source");
        Instant at = o.instant("at");
        String text = o.nonBlankText("text");
        return o.build(() -> new EntryKey(source, at, text));
    }
}
