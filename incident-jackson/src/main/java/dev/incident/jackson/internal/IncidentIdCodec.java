package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.model.IncidentId;
import java.io.IOException;

/** {@link IncidentId} as its text, such as {@code "INC-42"}. Stateless. */
public final class IncidentIdCodec extends Codec<IncidentId> {
    /** The instance. */
    public static final IncidentIdCodec INSTANCE = new IncidentIdCodec();

    private IncidentIdCodec() {
        super(IncidentId.class);
    }

    @Override
    public void write(IncidentId value, JsonGenerator out) throws IOException {
        out.writeString(value.value());
    }

    @Override
    public IncidentId read(JsonIn in) throws IncidentJsonException {
        String text = in.text();
        try {
            return IncidentId.of(text);
        } catch (IllegalArgumentException e) {
            throw in.error(Reason.INVALID_VALUE, e.getMessage(), e);
        }
    }
}
