package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Adapts a {@link Codec} to Jackson's serializer API. Thread-safe when the codec is.
 *
 * @param <T> the type
 */
public final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Codec<T> codec;

    /**
     * @param codec the codec that writes
     */
    public CodecSerializer(Codec<T> codec) {
        super(codec.type());
        this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
        codec.write(value, out);
    }
}
