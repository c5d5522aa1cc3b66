package dev.incident.model;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How bad an incident is: a label and a rank, where rank 1 is the worst.
 *
 * <p>The default scale is {@link #SEV1} (worst) to {@link #SEV5}; teams define their own ranked
 * scales with {@link SeverityScale}. {@link #UNDETERMINED} has no rank: an incident may carry it
 * while the response is starting, but the default lifecycle policy requires a real severity before
 * the incident is marked mitigated. Instances are immutable and thread-safe; two severities are
 * equal when label and rank are equal.
 */
@Value.Immutable
public abstract class Severity {
    /** Critical: a complete outage or data loss for many users. */
    public static final Severity SEV1 = of("SEV1", 1);
    /** Major: a core function degraded for many users. */
    public static final Severity SEV2 = of("SEV2", 2);
    /** Moderate: a partial degradation, or a core function for few users. */
    public static final Severity SEV3 = of("SEV3", 3);
    /** Minor: a small inconvenience with a workaround. */
    public static final Severity SEV4 = of("SEV4", 4);
    /** Low: no user impact yet, such as a near miss. */
    public static final Severity SEV5 = of("SEV5", 5);
    /** Not assessed yet; allowed only until the incident is mitigated. */
    public static final Severity UNDETERMINED =
            ImmutableSeverity.builder().label("UNDETERMINED").build();

    Severity() {}

    /** The label people use, such as {@code SEV2} or {@code P1}. */
    public abstract String label();

    /** The rank, 1 being the worst; empty only for {@link #UNDETERMINED}. */
    public abstract OptionalInt rank();

    /**
     * Returns the severity with the given label and rank.
     *
     * @throws IllegalArgumentException if {@code label} is blank or {@code rank} is below 1
     */
    public static Severity of(String label, int rank) {
        return ImmutableSeverity.builder().label(label).rank(rank).build();
    }

    /** Returns whether this is {@link #UNDETERMINED}. */
    public final boolean isUndetermined() {
        return rank().isEmpty();
    }

    /**
     * Returns whether this severity is at least as bad as {@code other} (its rank is equal or lower).
     * An undetermined severity is never at least as severe as anything, and nothing is at least as
     * severe as an undetermined one.
     */
    public final boolean isAtLeast(Severity other) {
        return rank().isPresent()
                && other.rank().isPresent()
                && rank().getAsInt() <= other.rank().getAsInt();
    }

    @Value.Check
    final void check() {
        if (label().isBlank()) {
            throw new IllegalArgumentException("severity label must not be blank");
        }
        if (rank().isPresent() && rank().getAsInt() < 1) {
            throw new IllegalArgumentException(
                    "severity rank must be 1 (worst) or more, got " + rank().getAsInt() + " for " + label());
        }
        if (rank().isEmpty() && !label().equals("UNDETERMINED")) {
            throw new IllegalArgumentException("only UNDETERMINED may have no rank, got " + label());
        }
    }

    @Override
    public String toString() {
        return label();
    }
}
