package dev.incident.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The real fix, as opposed to a mitigation: the change that removes the root cause. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Fix {
    Fix() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a fix with the given description and no reference.
     *
     * @throws IllegalArgumentException if {@code description} is blank
     */
    public static Fix of(String description) {
        return builder().description(description).build();
    }

    /** What the fix is; not blank. */
    public abstract String description();

    /** A reference such as a pull request or deploy id, if there is one. */
    public abstract Optional<String> reference();

    @Value.Check
    final void check() {
        if (description().isBlank()) {
            throw new IllegalArgumentException("fix description must not be blank");
        }
        if (reference().isPresent() && reference().get().isBlank()) {
            throw new IllegalArgumentException("fix reference must not be blank when present");
        }
    }

    /** Builds a {@link Fix}; not thread-safe. */
    public static final class Builder extends ImmutableFix.Builder {
        Builder() {}
    }
}
