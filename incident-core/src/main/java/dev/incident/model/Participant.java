package dev.incident.model;

import org.immutables.value.Value;

/**
 * A person taking part in an incident, identified by a name or handle such as {@code priya} or
 * {@code @priya}. Immutable and thread-safe; equal when the names are equal.
 */
@Value.Immutable
public abstract class Participant implements Comparable<Participant> {
    Participant() {}

    /** The name or handle; not blank, at most 200 characters. */
    @Value.Parameter
    public abstract String name();

    /**
     * Returns the participant with the given name.
     *
     * @throws IllegalArgumentException if {@code name} is blank or longer than 200 characters
     */
    public static Participant of(String name) {
        return ImmutableParticipant.of(name);
    }

    @Value.Check
    final void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("participant name must not be blank");
        }
        if (name().length() > 200) {
            throw new IllegalArgumentException("participant name must be at most 200 characters");
        }
    }

    @Override
    public int compareTo(Participant other) {
        return name().compareTo(other.name());
    }

    @Override
    public String toString() {
        return name();
    }
}
