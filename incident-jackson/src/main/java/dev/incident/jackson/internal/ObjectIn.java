package dev.incident.jackson.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object being read field by field. Reading a field remembers its name, so that {@link
 * #build} can refuse the fields nobody asked for when unknown fields are rejected. Explicit {@code
 * null} is refused everywhere: the format leaves absent values out. Not thread-safe.
 */
public final class ObjectIn {
    private final JsonIn in;
    /** The fields read so far; kept only when unknown fields are rejected. */
    private final @Nullable List<String> asked;

    ObjectIn(JsonIn in) {
        this.in = in;
        this.asked = in.context().rejectUnknownFields() ? new ArrayList<>(8) : null;
    }

    private void ask(String name) {
        if (asked != null) {
            asked.add(name);
        }
    }

    /** This object as a value. */
    public JsonIn self() {
        return in;
    }

    /**
     * The field {@code name}, which must be present and not null.
     *
     * @throws IncidentJsonException with {@code MISSING_FIELD} or {@code NULL_VALUE}
     */
    public JsonIn required(String name) throws IncidentJsonException {
        ask(name);
        JsonNode value = in.node().get(name);
        if (value == null) {
            throw new IncidentJsonException(
                    Reason.MISSING_FIELD, in.path(name), "the required field \"" + name + "\" is missing", null, null);
        }
        return notNull(name, value);
    }

    /**
     * The field {@code name} if present; empty if absent.
     *
     * @throws IncidentJsonException with {@code NULL_VALUE} if it is explicitly null
     */
    public Optional<JsonIn> optional(String name) throws IncidentJsonException {
        ask(name);
        JsonNode value = in.node().get(name);
        return value == null ? Optional.empty() : Optional.of(notNull(name, value));
    }

    private JsonIn notNull(String name, JsonNode value) throws IncidentJsonException {
        JsonIn field = in.field(name, value);
        if (value.isNull()) {
            throw field.error(
                    Reason.NULL_VALUE, "null is not allowed; leave an optional field out instead of writing null");
        }
        return field;
    }

    /** The required string field {@code name}. */
    public String text(String name) throws IncidentJsonException {
        return required(name).text();
    }

    /** The required, non-blank string field {@code name}. */
    public String nonBlankText(String name) throws IncidentJsonException {
        return required(name).nonBlankText();
    }

    /** The optional, non-blank string field {@code name}. */
    public Optional<String> optionalText(String name) throws IncidentJsonException {
        Optional<JsonIn> field = optional(name);
        return field.isEmpty() ? Optional.empty() : Optional.of(field.get().nonBlankText());
    }

    /** The required instant field {@code name}. */
    public Instant instant(String name) throws IncidentJsonException {
        return required(name).instant();
    }

    /** The optional instant field {@code name}. */
    public Optional<Instant> optionalInstant(String name) throws IncidentJsonException {
        Optional<JsonIn> field = optional(name);
        return field.isEmpty() ? Optional.empty() : Optional.of(field.get().instant());
    }

    /** The optional string field {@code name}, which may be empty or blank. */
    public Optional<String> optionalAnyText(String name) throws IncidentJsonException {
        Optional<JsonIn> field = optional(name);
        return field.isEmpty() ? Optional.empty() : Optional.of(field.get().text());
    }

    /** The optional date field {@code name}. */
    public Optional<LocalDate> optionalDate(String name) throws IncidentJsonException {
        Optional<JsonIn> field = optional(name);
        return field.isEmpty() ? Optional.empty() : Optional.of(field.get().date());
    }

    /** The optional duration field {@code name}. */
    public Optional<Duration> optionalDuration(String name) throws IncidentJsonException {
        Optional<JsonIn> field = optional(name);
        return field.isEmpty() ? Optional.empty() : Optional.of(field.get().duration());
    }

    /** The optional integer field {@code name}, in {@code [min, max]}. */
    public OptionalLong optionalInteger(String name, long min, long max) throws IncidentJsonException {
        Optional<JsonIn> field = optional(name);
        return field.isEmpty()
                ? OptionalLong.empty()
                : OptionalLong.of(field.get().integer(min, max));
    }

    /** The required integer field {@code name}, in {@code [0, Integer.MAX_VALUE]}. */
    public int count(String name) throws IncidentJsonException {
        return (int) required(name).integer(0, Integer.MAX_VALUE);
    }

    /** The optional enum field {@code name}, in its lower-case form. */
    public <E extends Enum<E>> Optional<E> optionalEnumConstant(String name, Class<E> type)
            throws IncidentJsonException {
        Optional<JsonIn> field = optional(name);
        return field.isEmpty() ? Optional.empty() : Optional.of(field.get().enumConstant(type));
    }

    /** The array of strings {@code name} (repeats allowed), empty if absent. */
    public List<String> texts(String name) throws IncidentJsonException {
        Optional<JsonIn> field = optional(name);
        return field.isEmpty() ? List.of() : field.get().texts();
    }

    /** The elements of the array {@code name}, empty if absent. */
    public List<JsonIn> elements(String name) throws IncidentJsonException {
        Optional<JsonIn> field = optional(name);
        return field.isEmpty() ? List.of() : field.get().elements();
    }

    /** The boolean field {@code name}, or {@code otherwise} if absent. */
    public boolean bool(String name, boolean otherwise) throws IncidentJsonException {
        Optional<JsonIn> field = optional(name);
        return field.isEmpty() ? otherwise : field.get().bool();
    }

    /** The required enum field {@code name}, in its lower-case form. */
    public <E extends Enum<E>> E enumConstant(String name, Class<E> type) throws IncidentJsonException {
        return required(name).enumConstant(type);
    }

    /** The array of distinct non-blank strings {@code name}, empty if absent. */
    public List<String> distinctTexts(String name) throws IncidentJsonException {
        Optional<JsonIn> field = optional(name);
        return field.isEmpty() ? List.of() : field.get().distinctTexts();
    }

    /**
     * Builds the model value after every field was read. First refuses unknown fields if the
     * context says so; then maps the model's own refusal (an {@link IllegalArgumentException} or
     * similar from a constructor or builder) to {@code INVALID_VALUE}, at the field its message
     * names, or at this object.
     *
     * @throws IncidentJsonException with {@code UNKNOWN_FIELD} or {@code INVALID_VALUE}
     */
    public <T> T build(Supplier<T> constructor) throws IncidentJsonException {
        checkUnknownFields();
        try {
            return constructor.get();
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IncidentJsonException(Reason.INVALID_VALUE, blame(message), message, null, e);
        }
    }

    /**
     * Refuses fields that were not read, if unknown fields are rejected.
     *
     * @throws IncidentJsonException with {@code UNKNOWN_FIELD}
     */
    public void checkUnknownFields() throws IncidentJsonException {
        if (asked == null) {
            return;
        }
        for (Iterator<String> names = in.node().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!asked.contains(name)) {
                throw new IncidentJsonException(
                        Reason.UNKNOWN_FIELD,
                        in.path(name),
                        "the field " + IncidentJsonException.quote(name) + " is not part of the format; expected only "
                                + asked,
                        null,
                        null);
            }
        }
    }

    /** The path of the field a model message is about: the one it names first, else this object. */
    private String blame(String message) {
        int best = Integer.MAX_VALUE;
        String field = null;
        for (Iterator<String> names = in.node().fieldNames(); names.hasNext(); ) {
            String name = names.next();
            for (String form : List.of(name, Names.camel(name), name.replace('_', ' '))) {
                int at = wordIndex(message, form);
                if (at >= 0 && at < best) {
                    best = at;
                    field = name;
                }
            }
        }
        return field != null ? in.path(field) : in.path();
    }

    private static int wordIndex(String message, String word) {
        int from = 0;
        while (true) {
            int at = message.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            int end = at + word.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(message.charAt(at - 1));
            boolean endsWord = end == message.length() || !Character.isLetterOrDigit(message.charAt(end));
            if (startsWord && endsWord) {
                return at;
            }
            from = at + 1;
        }
    }
}
