package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import java.io.IOException;

/**
 * An enum as its constant's name in lower case, such as {@code "feature_flag_off"}; reading
 * accepts exactly those names. Immutable and thread-safe.
 *
 * @param <E> the enum
 */
public final class EnumCodec<E extends Enum<E>> extends Codec<E> {
    /**
     * @param type the enum
     */
    public EnumCodec(Class<E> type) {
        super(type);
    }

    @Override
    public void write(E value, JsonGenerator out) throws IOException {
        out.writeString(Names.of(value));
    }

    @Override
    public E read(JsonIn in) throws IncidentJsonException {
        return in.enumConstant(type());
    }
}
