package dev.incident.event;

import dev.incident.internal.Checks;
import dev.incident.model.Impact;
import java.time.Instant;

/**
 * The user impact was assessed; the latest assessment replaces earlier ones.
 *
 * @param impact the assessment
 * @param at when it was made
 */
public record ImpactAssessed(Impact impact, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param impact the assessment
     * @param at when it was made
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public ImpactAssessed {
        Checks.notNull(impact, "impact");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.IMPACT_ASSESSED;
    }
}
