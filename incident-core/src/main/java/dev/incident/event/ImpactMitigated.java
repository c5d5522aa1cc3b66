package dev.incident.event;

import dev.incident.internal.Checks;
import java.time.Instant;

/**
 * The user impact has stopped: the incident becomes "mitigated". The default policy requires a mitigation recorded as having stopped the impact.
 *
 * @param summary how the impact stopped, such as "error rate back to baseline after the rollback"
 * @param at when the impact stopped
 */
public record ImpactMitigated(String summary, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param summary how the impact stopped, such as "error rate back to baseline after the rollback"
     * @param at when the impact stopped
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public ImpactMitigated {
        Checks.notBlank(summary, "summary");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.IMPACT_MITIGATED;
    }
}
