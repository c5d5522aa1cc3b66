package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.model.Fix;
import java.io.IOException;
import java.util.Optional;

/** {@link Fix} as {@code {"description", "reference"}}; no reference, no field. Stateless. */
public final class FixCodec extends Codec<Fix> {
    /** The instance. */
    public static final FixCodec INSTANCE = new FixCodec();

    private FixCodec() {
        super(Fix.class);
    }

    @Override
    public void write(Fix value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("description", value.description());
        if (value.reference().isPresent()) {
            out.writeStringField("reference", value.reference().get());
        }
        out.writeEndObject();
    }

    @Override
    public Fix read(JsonIn in) throws IncidentJsonException {
        ObjectIn object = in.object("a fix");
        String description = object.nonBlankText("description");
        Optional<String> reference = object.optionalText("reference");
        return object.build(() ->
                Fix.builder().description(description).reference(reference).build());
    }
}
