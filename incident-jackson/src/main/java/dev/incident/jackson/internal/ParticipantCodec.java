package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.model.Participant;
import java.io.IOException;

/** {@link Participant} as their name, such as {@code "priya"}. Stateless. */
public final class ParticipantCodec extends Codec<Participant> {
    /** The instance. */
    public static final ParticipantCodec INSTANCE = new ParticipantCodec();

    private ParticipantCodec() {
        super(Participant.class);
    }

    @Override
    public void write(Participant value, JsonGenerator out) throws IOException {
        out.writeString(value.name());
    }

    @Override
    public Participant read(JsonIn in) throws IncidentJsonException {
        String text = in.text();
        try {
            return Participant.of(text);
        } catch (IllegalArgumentException e) {
            throw in.error(Reason.INVALID_VALUE, e.getMessage(), e);
        }
    }
}
