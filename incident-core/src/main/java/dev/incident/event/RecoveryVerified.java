package dev.incident.event;

import dev.incident.internal.Checks;
import dev.incident.model.RecoveryVerification;
import java.time.Instant;

/**
 * Recovery was verified, for example error rates back to baseline.
 *
 * @param verification the evidence
 * @param at when it was verified
 */
public record RecoveryVerified(RecoveryVerification verification, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param verification the evidence
     * @param at when it was verified
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public RecoveryVerified {
        Checks.notNull(verification, "verification");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.RECOVERY_VERIFIED;
    }
}
