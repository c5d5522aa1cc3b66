package dev.incident.event;

import dev.incident.internal.Checks;
import java.time.Instant;

/**
 * A resolved incident came back: it returns to "mitigating", and a new fix and verification are needed.
 *
 * @param reason why it was reopened
 * @param at when
 */
public record IncidentReopened(String reason, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param reason why it was reopened
     * @param at when
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public IncidentReopened {
        Checks.notBlank(reason, "reason");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.REOPENED;
    }
}
