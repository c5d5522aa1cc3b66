package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.model.Role;
import java.io.IOException;

/**
 * {@link Role} as its normalised name, such as {@code "communications lead"}; reading normalises
 * like {@link Role#of} does. Stateless.
 */
public final class RoleCodec extends Codec<Role> {
    /** The instance. */
    public static final RoleCodec INSTANCE = new RoleCodec();

    private RoleCodec() {
        super(Role.class);
    }

    @Override
    public void write(Role value, JsonGenerator out) throws IOException {
        out.writeString(value.name());
    }

    @Override
    public Role read(JsonIn in) throws IncidentJsonException {
        String text = in.text();
        try {
            return Role.of(text);
        } catch (IllegalArgumentException e) {
            throw in.error(Reason.INVALID_VALUE, e.getMessage(), e);
        }
    }
}
