package dev.incident.internal;

import java.util.Objects;

/** Argument checks whose messages name the offending parameter. */
public final class Checks {
    private Checks() {}

    /**
     * Returns {@code value} if it is not null.
     *
     * @throws NullPointerException naming {@code name} if {@code value} is null
     */
    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    /**
     * Returns {@code value} if it has at least one non-whitespace character.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException naming {@code name} if {@code value} is blank
     */
    public static String notBlank(String value, String name) {
        notNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * Checks a condition on an argument.
     *
     * @throws IllegalArgumentException with {@code message} if {@code condition} is false
     */
    public static void argument(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
