package dev.incident.jackson.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One JSON value of a document being read, with its place in the document: every error it raises
 * names the value's JSON Pointer. The pointer is built only when an error needs it. Not
 * thread-safe; one read at a time.
 */
public final class JsonIn {
    private final @Nullable JsonIn parent;
    private final @Nullable String name;
    private final int index;
    private final String prefix;
    private final JsonNode node;
    private final ReadContext context;

    private JsonIn(
            @Nullable JsonIn parent,
            @Nullable String name,
            int index,
            String prefix,
            JsonNode node,
            ReadContext context) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.prefix = prefix;
        this.node = node;
        this.context = context;
    }

    /**
     * Returns the root of a document.
     *
     * @param node the parsed document
     * @param prefix the JSON Pointer of the document inside a larger one, or {@code ""}
     * @param context the read options
     */
    public static JsonIn root(JsonNode node, String prefix, ReadContext context) {
        return new JsonIn(null, null, -1, prefix, node, context);
    }

    JsonIn field(String fieldName, JsonNode value) {
        return new JsonIn(this, fieldName, -1, "", value, context);
    }

    JsonIn element(int position, JsonNode value) {
        return new JsonIn(this, null, position, "", value, context);
    }

    /** The underlying tree node. */
    public JsonNode node() {
        return node;
    }

    /** The read options. */
    public ReadContext context() {
        return context;
    }

    /** The JSON Pointer of this value. */
    public String path() {
        if (parent == null) {
            return prefix;
        }
        String segment = name != null ? escape(name) : Integer.toString(index);
        return parent.path() + "/" + segment;
    }

    /** The JSON Pointer of a child field of this value, which may be absent. */
    public String path(String fieldName) {
        return path() + "/" + escape(fieldName);
    }

    /** Returns an error at this value. */
    public IncidentJsonException error(Reason reason, String detail) {
        return new IncidentJsonException(reason, path(), detail, null, null);
    }

    /** Returns an error at this value, with a cause. */
    public IncidentJsonException error(Reason reason, String detail, Throwable cause) {
        return new IncidentJsonException(reason, path(), detail, null, cause);
    }

    /**
     * This value as an object whose fields will be read.
     *
     * @throws IncidentJsonException with {@code WRONG_TYPE} if it is not an object
     */
    public ObjectIn object(String what) throws IncidentJsonException {
        if (!node.isObject()) {
            throw wrongType("an object (" + what + ")");
        }
        return new ObjectIn(this);
    }

    /**
     * This value as a string.
     *
     * @throws IncidentJsonException with {@code WRONG_TYPE} if it is not a string
     */
    public String text() throws IncidentJsonException {
        if (!node.isTextual()) {
            throw wrongType("a string");
        }
        return node.textValue();
    }

    /**
     * This value as a string that is not blank.
     *
     * @throws IncidentJsonException with {@code WRONG_TYPE} or {@code INVALID_VALUE}
     */
    public String nonBlankText() throws IncidentJsonException {
        String text = text();
        if (text.isBlank()) {
            throw error(Reason.INVALID_VALUE, "must not be blank");
        }
        return text;
    }

    /**
     * This value as a boolean.
     *
     * @throws IncidentJsonException with {@code WRONG_TYPE} if it is not {@code true} or {@code false}
     */
    public boolean bool() throws IncidentJsonException {
        if (!node.isBoolean()) {
            throw wrongType("true or false");
        }
        return node.booleanValue();
    }

    /**
     * This value as an integer in {@code [min, max]}.
     *
     * @throws IncidentJsonException with {@code WRONG_TYPE} if it is not an integral number, or
     *     {@code INVALID_VALUE} if it is out of range
     */
    public long integer(long min, long max) throws IncidentJsonException {
        if (!node.isIntegralNumber()) {
            throw wrongType("an integer");
        }
        if (!node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
            throw error(
                    Reason.INVALID_VALUE,
                    "must be an integer from " + min + " to " + max + ", got "
                            + IncidentJsonException.quote(node.asText()));
        }
        return node.longValue();
    }

    /**
     * This value as an instant, written as ISO-8601 in UTC with a {@code Z}, such as {@code
     * 2026-03-04T14:05:00Z}.
     *
     * @throws IncidentJsonException with {@code WRONG_TYPE} or {@code INVALID_VALUE}
     */
    public Instant instant() throws IncidentJsonException {
        String text = text();
        if (text.isEmpty() || text.charAt(text.length() - 1) != 'Z') {
            throw invalidInstant(text, null);
        }
        try {
            return Instants.parse(text);
        } catch (DateTimeParseException e) {
            throw invalidInstant(text, e);
        }
    }

    private IncidentJsonException invalidInstant(String text, @Nullable Throwable cause) {
        return new IncidentJsonException(
                Reason.INVALID_VALUE,
                path(),
                "must be an ISO-8601 instant in UTC such as \"2026-03-04T14:05:00Z\", got "
                        + IncidentJsonException.quote(text),
                null,
                cause);
    }

    /**
     * This value as a date, written as ISO-8601 {@code 2026-03-04}.
     *
     * @throws IncidentJsonException with {@code WRONG_TYPE} or {@code INVALID_VALUE}
     */
    public LocalDate date() throws IncidentJsonException {
        String text = text();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(
                    Reason.INVALID_VALUE,
                    "must be an ISO-8601 date such as \"2026-03-04\", got " + IncidentJsonException.quote(text),
                    e);
        }
    }

    /**
     * This value as a time of day, written as ISO-8601 {@code 14:02:00}.
     *
     * @throws IncidentJsonException with {@code WRONG_TYPE} or {@code INVALID_VALUE}
     */
    public LocalTime timeOfDay() throws IncidentJsonException {
        String text = text();
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw error(
                    Reason.INVALID_VALUE,
                    "must be an ISO-8601 time of day such as \"14:02:00\", got " + IncidentJsonException.quote(text),
                    e);
        }
    }

    /**
     * This value as a duration, written as ISO-8601 {@code PT18M30S} (hours at most, as {@link
     * Duration#toString()} writes it).
     *
     * @throws IncidentJsonException with {@code WRONG_TYPE} or {@code INVALID_VALUE}
     */
    public Duration duration() throws IncidentJsonException {
        String text = text();
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw error(
                    Reason.INVALID_VALUE,
                    "must be an ISO-8601 duration such as \"PT18M30S\", got " + IncidentJsonException.quote(text),
                    e);
        }
    }

    /**
     * This value as an array of strings, in order, possibly repeating.
     *
     * @throws IncidentJsonException with {@code WRONG_TYPE}
     */
    public List<String> texts() throws IncidentJsonException {
        List<String> texts = new ArrayList<>(node.size());
        for (JsonIn element : elements()) {
            texts.add(element.text());
        }
        return texts;
    }

    /**
     * This value as the constant of {@code type} whose name in lower case it is, such as {@code
     * "feature_flag_off"}.
     *
     * @throws IncidentJsonException with {@code WRONG_TYPE} or {@code INVALID_VALUE}
     */
    public <E extends Enum<E>> E enumConstant(Class<E> type) throws IncidentJsonException {
        String text = text();
        E constant = Names.constant(type, text);
        if (constant == null) {
            throw error(
                    Reason.INVALID_VALUE,
                    "must be one of " + Names.all(type) + ", got " + IncidentJsonException.quote(text));
        }
        return constant;
    }

    /**
     * This value as an array.
     *
     * @throws IncidentJsonException with {@code WRONG_TYPE} if it is not an array
     */
    public List<JsonIn> elements() throws IncidentJsonException {
        if (!node.isArray()) {
            throw wrongType("an array");
        }
        List<JsonIn> elements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonIn element = element(i, node.get(i));
            if (element.node.isNull()) {
                throw element.error(Reason.NULL_VALUE, "null is not allowed in an array; leave the element out");
            }
            elements.add(element);
        }
        return elements;
    }

    /**
     * This value as an array of distinct strings that are not blank, in order.
     *
     * @throws IncidentJsonException with {@code WRONG_TYPE} or {@code INVALID_VALUE}
     */
    public List<String> distinctTexts() throws IncidentJsonException {
        List<String> texts = new ArrayList<>(node.size());
        Set<String> seen = new HashSet<>();
        for (JsonIn element : elements()) {
            String text = element.nonBlankText();
            if (!seen.add(text)) {
                throw element.error(Reason.INVALID_VALUE, "repeats " + IncidentJsonException.quote(text));
            }
            texts.add(text);
        }
        return texts;
    }

    /** Returns the error for a value of the wrong JSON type. */
    public IncidentJsonException wrongType(String expected) {
        return error(Reason.WRONG_TYPE, "expected " + expected + ", got " + describe(node));
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case BOOLEAN -> node.booleanValue() ? "true" : "false";
            case NUMBER -> "the number " + IncidentJsonException.quote(node.asText());
            case STRING -> "the string " + IncidentJsonException.quote(node.textValue());
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    static String escape(String segment) {
        if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
            return segment;
        }
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
