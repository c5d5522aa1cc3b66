package dev.incident.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What set the incident off, such as a deploy with its id. A trigger is not a root cause: "deploy
 * 8812" triggered it, "a missing null check that no test covered" is the cause. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Trigger {
    Trigger() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a trigger of the given kind and description, with no reference.
     *
     * @throws IllegalArgumentException if {@code description} is blank
     */
    public static Trigger of(TriggerKind kind, String description) {
        return builder().kind(kind).description(description).build();
    }

    /** The kind of trigger. */
    public abstract TriggerKind kind();

    /** What happened; not blank. */
    public abstract String description();

    /** A reference such as a deploy id or change ticket, if there is one. */
    public abstract Optional<String> reference();

    @Value.Check
    final void check() {
        if (description().isBlank()) {
            throw new IllegalArgumentException("trigger description must not be blank");
        }
        if (reference().isPresent() && reference().get().isBlank()) {
            throw new IllegalArgumentException("trigger reference must not be blank when present");
        }
    }

    /** Builds a {@link Trigger}; not thread-safe. */
    public static final class Builder extends ImmutableTrigger.Builder {
        Builder() {}
    }
}
