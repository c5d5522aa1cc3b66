package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.model.Severity;
import dev.incident.model.SeverityScale;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link SeverityScale} as {@code {"name": "priority", "levels": ["P1", "P2", "P3"]}}: the labels
 * worst first, a level's rank being its position from 1. Stateless.
 */
public final class SeverityScaleCodec extends Codec<SeverityScale> {
    /** The instance. */
    public static final SeverityScaleCodec INSTANCE = new SeverityScaleCodec();

    private SeverityScaleCodec() {
        super(SeverityScale.class);
    }

    @Override
    public void write(SeverityScale value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("name", value.name());
        out.writeArrayFieldStart("levels");
        for (Severity level : value.levels()) {
            out.writeString(level.label());
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    @Override
    public SeverityScale read(JsonIn in) throws IncidentJsonException {
        ObjectIn object = in.object("a severity scale");
        String name = object.nonBlankText("name");
        List<String> labels = new ArrayList<>();
        for (JsonIn level : object.required("levels").elements()) {
            labels.add(level.nonBlankText());
        }
        return object.build(() -> SeverityScale.of(name, labels));
    }
}
