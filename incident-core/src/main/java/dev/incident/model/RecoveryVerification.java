package dev.incident.model;

import org.immutables.value.Value;

/**
 * Evidence that the system has recovered, such as "error rate back to baseline for 30 minutes".
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RecoveryVerification {
    RecoveryVerification() {}

    /** What was checked and what it showed; not blank. */
    @Value.Parameter
    public abstract String evidence();

    /**
     * Returns a verification with the given evidence.
     *
     * @throws IllegalArgumentException if {@code evidence} is blank
     */
    public static RecoveryVerification of(String evidence) {
        return ImmutableRecoveryVerification.of(evidence);
    }

    @Value.Check
    final void check() {
        if (evidence().isBlank()) {
            throw new IllegalArgumentException("recovery evidence must not be blank");
        }
    }
}
