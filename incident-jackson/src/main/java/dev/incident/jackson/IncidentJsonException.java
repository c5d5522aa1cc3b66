package dev.incident.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.incident.lifecycle.RejectionReason;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The one exception of this module: a JSON document could not be read as what it claims to be.
 * It says where ({@link #path()}, a JSON Pointer such as {@code /events/7/at}), why ({@link
 * #reason()}, a stable code), and, for a history the lifecycle refused, the lifecycle's own reason
 * ({@link #lifecycleReason()}). In an NDJSON archive it also names the line ({@link #line()}).
 *
 * <p>The message is one line of text for people, of the form {@code <reason> at <path>: <detail>},
 * such as {@code lifecycle_rejected at /events/7: recovery_not_verified: cannot resolve INC-42: ...}.
 * It never contains a stack trace, and never only a Jackson message naming Java classes.
 *
 * <p>It extends {@link JsonProcessingException} (an {@link java.io.IOException}), so it passes
 * through {@code ObjectMapper.readValue} unchanged and is caught by code that already handles
 * Jackson's exceptions. Immutable and thread-safe.
 */
public final class IncidentJsonException extends JsonProcessingException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_ECHO = 80;
    private static final int MAX_PATH_SHOWN = 200;

    private final Reason reason;
    private final String path;
    private final String detail;
    private final @Nullable RejectionReason lifecycleReason;
    private final long line;

    /**
     * Creates the exception for a document that is not an archive line.
     *
     * @param reason why the document was refused
     * @param path the JSON Pointer of the offending value; {@code ""} for the whole document
     * @param detail a sentence for people, without the reason and path
     * @param lifecycleReason the lifecycle's reason, for {@link Reason#LIFECYCLE_REJECTED}
     * @param cause the underlying exception, if any
     * @throws NullPointerException if {@code reason}, {@code path} or {@code detail} is null
     */
    public IncidentJsonException(
            Reason reason,
            String path,
            String detail,
            @Nullable RejectionReason lifecycleReason,
            @Nullable Throwable cause) {
        this(reason, path, detail, lifecycleReason, -1, cause);
    }

    private IncidentJsonException(
            Reason reason,
            String path,
            String detail,
            @Nullable RejectionReason lifecycleReason,
            long line,
            @Nullable Throwable cause) {
        super(detail, cause);
        this.reason = requireNonNull(reason, "reason");
        this.path = requireNonNull(path, "path");
        this.detail = oneLine(requireNonNull(detail, "detail"));
        this.lifecycleReason = lifecycleReason;
        this.line = line;
    }

    /**
     * Returns a copy of this exception that names the line of an NDJSON archive it came from.
     *
     * @param line the line number, from 1
     * @throws IllegalArgumentException if {@code line} is below 1
     */
    public IncidentJsonException atLine(long line) {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, got " + line);
        }
        IncidentJsonException copy = new IncidentJsonException(reason, path, detail, lifecycleReason, line, getCause());
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    /** Why the document was refused. */
    public Reason reason() {
        return reason;
    }

    /**
     * Where: the JSON Pointer (RFC 6901) of the offending value, such as {@code /events/7} or {@code
     * /events/0/title}; {@code ""} means the whole document. For malformed JSON it is the place the
     * parser had reached.
     */
    public String path() {
        return path;
    }

    /** The sentence for people, without the reason code and the path. */
    public String detail() {
        return detail;
    }

    /** The lifecycle's reason, when {@link #reason()} is {@link Reason#LIFECYCLE_REJECTED}. */
    public Optional<RejectionReason> lifecycleReason() {
        return Optional.ofNullable(lifecycleReason);
    }

    /** The line of the NDJSON archive, from 1, when the document came from one. */
    public OptionalLong line() {
        return line < 1 ? OptionalLong.empty() : OptionalLong.of(line);
    }

    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder(detail.length() + 40);
        if (line > 0) {
            message.append("line ").append(line).append(": ");
        }
        message.append(reason.code()).append(" at ").append(path.isEmpty() ? "(document)" : shownPath());
        message.append(": ").append(detail);
        return message.toString();
    }

    /** The path as shown in the message: control characters escaped, at most 200 characters. */
    private String shownPath() {
        String shown = path.length() > MAX_PATH_SHOWN ? path.substring(0, MAX_PATH_SHOWN) + "..." : path;
        return oneLine(shown);
    }

    @Override
    public String getOriginalMessage() {
        return getMessage();
    }

    @Override
    public String toString() {
        return "IncidentJsonException: " + getMessage();
    }

    /**
     * Quotes a value taken from the input for use in a detail: at most 80 characters, control
     * characters escaped, so a message stays one short line.
     */
    public static String quote(String value) {
        String shown = value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "..." : value;
        return "\"" + oneLine(shown) + "\"";
    }

    private static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static <T> T requireNonNull(@Nullable T value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        return value;
    }

    /** The stable reason codes; the message writes them in lower case, such as {@code wrong_type}. */
    public enum Reason {
        /** The text is not JSON: a stray character, a missing comma, trailing content. */
        MALFORMED_JSON,
        /** The text ends before the document does, or is empty. */
        TRUNCATED,
        /** A limit was exceeded: nesting depth, string, number, name or document length. */
        LIMIT_EXCEEDED,
        /** A value has the wrong JSON type, such as a number where a string belongs. */
        WRONG_TYPE,
        /** A required field is absent. */
        MISSING_FIELD,
        /** A field is explicitly {@code null}; the format has no nulls (absent fields are omitted). */
        NULL_VALUE,
        /** An object has the same key twice. */
        DUPLICATE_KEY,
        /** A field the format does not define, when unknown fields are rejected. */
        UNKNOWN_FIELD,
        /** A value of the right type that the model refuses: a blank title, a bad id, a bad enum name. */
        INVALID_VALUE,
        /** An event's {@code type} is not one of the format's event types. */
        UNKNOWN_EVENT_TYPE,
        /** The {@code format} field names a format this version cannot read. */
        UNSUPPORTED_FORMAT,
        /** The lifecycle refused the history; see {@link #lifecycleReason()}. */
        LIFECYCLE_REJECTED;

        /** The code as written in messages: the constant's name in lower case. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
