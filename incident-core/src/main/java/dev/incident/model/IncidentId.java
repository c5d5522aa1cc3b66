package dev.incident.model;

import org.immutables.value.Value;

/**
 * The identity of an incident, such as {@code INC-42} or {@code payments-2026-031}.
 *
 * <p>An id is 1 to 64 characters: ASCII letters, digits, {@code '-'}, {@code '_'} and {@code '.'},
 * starting with a letter or digit. That keeps ids safe in file names, URLs, chat commands and JSON.
 * Instances are immutable and thread-safe; ids are case-sensitive.
 */
@Value.Immutable
public abstract class IncidentId implements Comparable<IncidentId> {
    private static final int MAX_LENGTH = 64;

    IncidentId() {}

    /** The id's text. */
    @Value.Parameter
    public abstract String value();

    /**
     * Returns the id with the given text.
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is not of the form described above
     */
    public static IncidentId of(String value) {
        return ImmutableIncidentId.of(value);
    }

    /** Returns whether {@code value} is a well-formed id, without throwing. */
    public static boolean isValid(String value) {
        return problem(value) == null;
    }

    @Value.Check
    final void check() {
        String problem = problem(value());
        if (problem != null) {
            throw new IllegalArgumentException("invalid incident id \"" + abbreviate(value()) + "\": " + problem);
        }
    }

    private static @org.jspecify.annotations.Nullable String problem(String value) {
        if (value.isEmpty()) {
            return "it is empty";
        }
        if (value.length() > MAX_LENGTH) {
            return "it is longer than " + MAX_LENGTH + " characters";
        }
        if (!isAlphanumeric(value.charAt(0))) {
            return "it must start with an ASCII letter or digit";
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAlphanumeric(c) && c != '-' && c != '_' && c != '.') {
                return "character " + (i + 1) + " is not an ASCII letter, digit, '-', '_' or '.'";
            }
        }
        return null;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static String abbreviate(String value) {
        return value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH) + "...";
    }

    @Override
    public int compareTo(IncidentId other) {
        return value().compareTo(other.value());
    }

    @Override
    public String toString() {
        return value();
    }
}
