package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import java.io.IOException;

/**
 * The codec of a top-level document: its object starts with a {@code "format"} field such as
 * {@code "incident/1"}, checked before anything else is read. A document of the same kind with a
 * newer major version is refused with {@code UNSUPPORTED_FORMAT}.
 *
 * @param <T> the type
 */
public abstract class DocumentCodec<T> extends Codec<T> {
    private final String format;

    /**
     * @param type the document's type
     * @param format the format written and accepted, such as {@code incident/1}
     */
    protected DocumentCodec(Class<T> type, String format) {
        super(type);
        this.format = format;
    }

    /** The format this codec writes and reads. */
    public final String format() {
        return format;
    }

    @Override
    public final void write(T value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("format", format);
        writeFields(value, out);
        out.writeEndObject();
    }

    @Override
    public final T read(JsonIn in) throws IncidentJsonException {
        ObjectIn object = in.object("a document with a \"format\" field");
        JsonIn field = object.required("format");
        String found = field.text();
        if (!found.equals(format)) {
            throw field.error(
                    Reason.UNSUPPORTED_FORMAT,
                    "this reader understands " + IncidentJsonException.quote(format) + ", got "
                            + IncidentJsonException.quote(found));
        }
        return readFields(object);
    }

    /** Writes the document's fields after {@code format}. */
    protected abstract void writeFields(T value, JsonGenerator out) throws IOException;

    /** Reads the document's fields; {@code format} has been checked. */
    protected abstract T readFields(ObjectIn in) throws IncidentJsonException;
}
