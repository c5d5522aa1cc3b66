package dev.incident.event;

import dev.incident.internal.Checks;
import dev.incident.model.Participant;
import java.time.Instant;

/**
 * The commander started the response: the incident leaves "declared" for "mitigating".
 *
 * @param by who started it
 * @param at when
 */
public record MitigationStarted(Participant by, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param by who started it
     * @param at when
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public MitigationStarted {
        Checks.notNull(by, "by");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.MITIGATION_STARTED;
    }
}
