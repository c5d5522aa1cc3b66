package dev.incident.event;

import dev.incident.internal.Checks;
import java.time.Instant;
import dev.incident.model.Impact;
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
