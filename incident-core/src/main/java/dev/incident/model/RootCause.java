package dev.incident.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * Why the incident happened, written about the system: the gap that let a trigger become an
 * outage, plus contributing factors. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RootCause {
    RootCause() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a root cause with the given description and no contributing factors.
     *
     * @throws IllegalArgumentException if {@code description} is blank
     */
    public static RootCause of(String description) {
        return builder().description(description).build();
    }

    /** The root cause; not blank. */
    public abstract String description();

    /** Other conditions that made the incident possible or worse. */
    public abstract List<String> contributingFactors();

    @Value.Check
    final void check() {
        if (description().isBlank()) {
            throw new IllegalArgumentException("root cause description must not be blank");
        }
        for (String factor : contributingFactors()) {
            if (factor.isBlank()) {
                throw new IllegalArgumentException("contributing factors must not be blank");
            }
        }
    }

    /** Builds a {@link RootCause}; not thread-safe. */
    public static final class Builder extends ImmutableRootCause.Builder {
        Builder() {}
    }
}
