package dev.incident.event;

import dev.incident.internal.Checks;
import dev.incident.model.Mitigation;
import java.time.Instant;

/**
 * A mitigation was applied. From "declared" it also starts the response (the incident becomes
 * "mitigating"); marking the incident mitigated is a separate fact, {@link ImpactMitigated}.
 *
 * @param mitigation the mitigation, which carries its own time
 */
public record MitigationApplied(Mitigation mitigation) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param mitigation the mitigation, which carries its own time
     *
     * @throws NullPointerException if {@code mitigation} is null
     */
    public MitigationApplied {
        Checks.notNull(mitigation, "mitigation");
    }

    /** The mitigation's time. */
    @Override
    public Instant at() {
        return mitigation.at();
    }

    @Override
    public EventType type() {
        return EventType.MITIGATION_APPLIED;
    }
}
