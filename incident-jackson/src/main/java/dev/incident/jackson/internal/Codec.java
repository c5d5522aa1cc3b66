package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import java.io.IOException;

/**
 * The JSON form of one type, both ways: {@link #write} streams a value, {@link #read} rebuilds it
 * from a parsed tree with errors that name their JSON Pointer. {@link CodecSerializer} and {@link
 * CodecDeserializer} adapt a codec to Jackson, and {@link Codecs} lists the codecs the module
 * registers. Implementations are stateless or immutable, and thread-safe.
 *
 * <p>To support a new type, write one {@code final class XxxCodec extends Codec<Xxx>} (or {@link
 * DocumentCodec} for a top-level document with its own {@code format}) and add it to {@link
 * Codecs#standard}.
 *
 * @param <T> the type
 */
public abstract class Codec<T> {
    private final Class<T> type;

    protected Codec(Class<T> type) {
        this.type = type;
    }

    /** The type this codec writes and reads; subclasses of it are written too. */
    public final Class<T> type() {
        return type;
    }

    /** Writes {@code value} as one JSON value. */
    public abstract void write(T value, JsonGenerator out) throws IOException;

    /**
     * Reads a value.
     *
     * @throws IncidentJsonException if the JSON is not a valid value of the type
     */
    public abstract T read(JsonIn in) throws IncidentJsonException;
}
