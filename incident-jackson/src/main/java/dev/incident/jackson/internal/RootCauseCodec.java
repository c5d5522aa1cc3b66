package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.model.RootCause;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link RootCause} as {@code {"description", "contributing_factors"}}; the factors are always
 * written, in order, and default to none when read. Stateless.
 */
public final class RootCauseCodec extends Codec<RootCause> {
    /** The instance. */
    public static final RootCauseCodec INSTANCE = new RootCauseCodec();

    private RootCauseCodec() {
        super(RootCause.class);
    }

    @Override
    public void write(RootCause value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("description", value.description());
        ImpactCodec.writeTexts("contributing_factors", value.contributingFactors(), out);
        out.writeEndObject();
    }

    @Override
    public RootCause read(JsonIn in) throws IncidentJsonException {
        ObjectIn object = in.object("a root cause");
        String description = object.nonBlankText("description");
        List<String> factors = new ArrayList<>();
        var field = object.optional("contributing_factors");
        if (field.isPresent()) {
            for (JsonIn factor : field.get().elements()) {
                String text = factor.text();
                if (text.isBlank()) {
                    throw factor.error(Reason.INVALID_VALUE, "contributing factors must not be blank");
                }
                factors.add(text);
            }
        }
        return object.build(() -> RootCause.builder()
                .description(description)
                .contributingFactors(factors)
                .build());
    }
}
