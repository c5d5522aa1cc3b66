package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.model.Severity;
import java.io.IOException;
import java.util.Optional;

/**
 * {@link Severity} as {@code {"label": "SEV2", "rank": 2}}; {@link Severity#UNDETERMINED} is
 * {@code {"label": "UNDETERMINED"}}, the only severity without a rank. Stateless.
 */
public final class SeverityCodec extends Codec<Severity> {
    /** The instance. */
    public static final SeverityCodec INSTANCE = new SeverityCodec();

    private SeverityCodec() {
        super(Severity.class);
    }

    @Override
    public void write(Severity value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("label", value.label());
        if (value.rank().isPresent()) {
            out.writeNumberField("rank", value.rank().getAsInt());
        }
        out.writeEndObject();
    }

    @Override
    public Severity read(JsonIn in) throws IncidentJsonException {
        ObjectIn object = in.object("a severity");
        String label = object.nonBlankText("label");
        Optional<JsonIn> rankField = object.optional("rank");
        if (rankField.isEmpty()) {
            if (!label.equals(Severity.UNDETERMINED.label())) {
                throw new IncidentJsonException(
                        Reason.MISSING_FIELD,
                        in.path("rank"),
                        "the severity " + IncidentJsonException.quote(label)
                                + " needs a rank; only UNDETERMINED has none",
                        null,
                        null);
            }
            return object.build(() -> Severity.UNDETERMINED);
        }
        int rank = (int) rankField.get().integer(1, Integer.MAX_VALUE);
        return object.build(() -> Severity.of(label, rank));
    }
}
