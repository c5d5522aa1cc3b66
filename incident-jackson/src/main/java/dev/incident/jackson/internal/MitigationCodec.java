package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.model.Mitigation;
import dev.incident.model.MitigationKind;
import java.io.IOException;
import java.time.Instant;

/**
 * {@link Mitigation} as {@code {"kind", "description", "at", "stopped_impact"}}; {@code
 * stopped_impact} defaults to false when read. The {@code mitigation_applied} event carries the
 * same fields next to its {@code type}. Stateless.
 */
public final class MitigationCodec extends Codec<Mitigation> {
    /** The instance. */
    public static final MitigationCodec INSTANCE = new MitigationCodec();

    private MitigationCodec() {
        super(Mitigation.class);
    }

    @Override
    public void write(Mitigation value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        Instants.write("at", value.at(), out);
        writeFields(value, out);
        out.writeEndObject();
    }

    /** Writes every field but {@code at}. */
    static void writeFields(Mitigation value, JsonGenerator out) throws IOException {
        out.writeStringField("kind", Names.of(value.kind()));
        out.writeStringField("description", value.description());
        out.writeBooleanField("stopped_impact", value.stoppedImpact());
    }

    @Override
    public Mitigation read(JsonIn in) throws IncidentJsonException {
        return readFields(in.object("a mitigation"));
    }

    static Mitigation readFields(ObjectIn object) throws IncidentJsonException {
        Instant at = object.instant("at");
        MitigationKind kind = object.enumConstant("kind", MitigationKind.class);
        String description = object.nonBlankText("description");
        boolean stopped = object.bool("stopped_impact", false);
        return object.build(() -> Mitigation.builder()
                .kind(kind)
                .description(description)
                .at(at)
                .stoppedImpact(stopped)
                .build());
    }
}
