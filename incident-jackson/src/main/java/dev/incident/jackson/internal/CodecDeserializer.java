package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.incident.jackson.IncidentJsonException;
import java.io.IOException;

/**
 * Adapts a {@link Codec} to Jackson's deserializer API: reads the value's tree (bounded by the
 * parser's {@code StreamReadConstraints}), then lets the codec read it with paths relative to where
 * the value sits in the document. Unknown fields are refused when {@link
 * DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is enabled. Explicit null is refused too: the
 * format has no nulls. Thread-safe when the codec is.
 *
 * @param <T> the type
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Codec<T> codec;

    /**
     * @param codec the codec that reads
     */
    public CodecDeserializer(Codec<T> codec) {
        super(codec.type());
        this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String prefix = pointer(parser);
        JsonNode tree;
        try {
            tree = context.readTree(parser);
        } catch (IncidentJsonException e) {
            throw e;
        } catch (JacksonException e) {
            throw JacksonErrors.translate(e);
        }
        ReadContext options = ReadContext.of(context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        return codec.read(JsonIn.root(tree, prefix, options));
    }

    @Override
    public T getNullValue(DeserializationContext context) throws JsonMappingException {
        String detail = "null is not allowed; leave an optional field out instead of writing null";
        IncidentJsonException error = new IncidentJsonException(
                IncidentJsonException.Reason.NULL_VALUE, pointer(context.getParser()), detail, null, null);
        throw JsonMappingException.from(context, error.getMessage(), error);
    }

    private static String pointer(JsonParser parser) {
        return parser.getParsingContext().pathAsPointer().toString();
    }
}
