package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.model.Trigger;
import dev.incident.model.TriggerKind;
import java.io.IOException;
import java.util.Optional;

/** {@link Trigger} as {@code {"kind", "description", "reference"}}; no reference, no field. Stateless. */
public final class TriggerCodec extends Codec<Trigger> {
    /** The instance. */
    public static final TriggerCodec INSTANCE = new TriggerCodec();

    private TriggerCodec() {
        super(Trigger.class);
    }

    @Override
    public void write(Trigger value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("kind", Names.of(value.kind()));
        out.writeStringField("description", value.description());
        if (value.reference().isPresent()) {
            out.writeStringField("reference", value.reference().get());
        }
        out.writeEndObject();
    }

    @Override
    public Trigger read(JsonIn in) throws IncidentJsonException {
        ObjectIn object = in.object("a trigger");
        TriggerKind kind = object.enumConstant("kind", TriggerKind.class);
        String description = object.nonBlankText("description");
        Optional<String> reference = object.optionalText("reference");
        return object.build(() -> Trigger.builder()
                .kind(kind)
                .description(description)
                .reference(reference)
                .build());
    }
}
