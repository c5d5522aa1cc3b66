package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.timeline.Correction;
import dev.incident.timeline.Durations;
import dev.incident.timeline.ExternalEntry;
import dev.incident.timeline.KeyMoment;
import dev.incident.timeline.KeyMoments;
import dev.incident.timeline.Measure;
import dev.incident.timeline.Timeline;
import dev.incident.timeline.TimelineEntry;
import java.io.IOException;
import java.util.List;

/**
 * {@link Timeline} as the document {@code timeline/1}, <b>written only</b>: a timeline is a view
 * derived from an incident, the external entries merged into it and the corrections applied to it,
 * so it is stored as those inputs ({@code incident/1}, {@link ExternalEntryCodec external entries}
 * and {@link CorrectionCodec corrections}, which do read back) and rebuilt with {@code
 * Timeline.of(incident).merge(entries)} and {@code withCorrection}. Reading a {@code timeline/1}
 * document is refused with {@code UNSUPPORTED_FORMAT}.
 *
 * <p>Fields: {@code incident_id}; {@code entries} in timeline order, each {@code {"at", "kind",
 * "source", "text", "link", "phase", "event_type", "key_moments", "key", "corrections"}} ({@code
 * link}, {@code phase} and {@code event_type} left out when absent, {@code key} (the original
 * source, time and text) and {@code corrections} only for corrected entries); {@code key_moments}
 * as an object of instants by moment; {@code durations} with {@code deploy_triggered} and the
 * measures that have a value as ISO-8601 durations ({@code time_to_mitigate}, ..., {@code
 * failed_deployment_recovery_time}); and the inputs {@code external_entries}, {@code corrections}
 * and {@code unapplied_corrections}. Stateless.
 */
public final class TimelineCodec extends DocumentCodec<Timeline> {
    /** The format this version writes. */
    public static final String FORMAT = "timeline/1";

    /** The instance. */
    public static final TimelineCodec INSTANCE = new TimelineCodec();

    private TimelineCodec() {
        super(Timeline.class, FORMAT);
    }

    @Override
    protected void writeFields(Timeline value, JsonGenerator out) throws IOException {
        out.writeStringField("incident_id", value.incident().id().value());
        out.writeArrayFieldStart("entries");
        for (TimelineEntry entry : value.entries()) {
            writeEntry(entry, out);
        }
        out.writeEndArray();
        out.writeFieldName("key_moments");
        writeMoments(value.keyMoments(), out);
        Durations durations = value.durations();
        out.writeObjectFieldStart("durations");
        out.writeBooleanField("deploy_triggered", durations.deployTriggered());
        for (Measure measure : Measure.values()) {
            Out.duration(Names.of(measure), durations.get(measure), out);
        }
        Out.duration("failed_deployment_recovery_time", durations.failedDeploymentRecoveryTime(), out);
        out.writeEndObject();
        out.writeArrayFieldStart("external_entries");
        for (ExternalEntry external : value.externalEntries()) {
            ExternalEntryCodec.INSTANCE.write(external, out);
        }
        out.writeEndArray();
        writeCorrections("corrections", value.corrections(), out);
        writeCorrections("unapplied_corrections", value.unappliedCorrections(), out);
    }

    private static void writeEntry(TimelineEntry entry, JsonGenerator out) throws IOException {
        out.writeStartObject();
        Instants.write("at", entry.at(), out);
        Out.constant("kind", entry.kind(), out);
        out.writeStringField("source", entry.source());
        out.writeStringField("text", entry.text());
        Out.text("link", entry.link(), out);
        if (entry.phase().isPresent()) {
            Out.constant("phase", entry.phase().get(), out);
        }
        if (entry.event().isPresent()) {
            Out.constant("event_type", entry.event().get().type(), out);
        }
        out.writeArrayFieldStart("key_moments");
        for (KeyMoment moment : KeyMoment.values()) {
            if (entry.keyMoments().contains(moment)) {
                out.writeString(Names.of(moment));
            }
        }
        out.writeEndArray();
        if (entry.isCorrected()) {
            out.writeFieldName("key");
            CorrectionCodec.writeKey(entry.key(), out);
            writeCorrections("corrections", entry.corrections(), out);
        }
        out.writeEndObject();
    }

    private static void writeMoments(KeyMoments moments, JsonGenerator out) throws IOException {
        out.writeStartObject();
        for (KeyMoment moment : KeyMoment.values()) {
            Out.instant(Names.of(moment), moments.get(moment), out);
        }
        out.writeEndObject();
    }

    private static void writeCorrections(String field, List<Correction> corrections, JsonGenerator out)
            throws IOException {
        out.writeArrayFieldStart(field);
        for (Correction correction : corrections) {
            CorrectionCodec.INSTANCE.write(correction, out);
        }
        out.writeEndArray();
    }

    @Override
    protected Timeline readFields(ObjectIn in) throws IncidentJsonException {
        throw in.self()
                .error(
                        Reason.UNSUPPORTED_FORMAT,
                        FORMAT + " is written only: read the incident, external entries and corrections"
                                + " and rebuild the timeline with Timeline.of(incident).merge(entries)");
    }
}
