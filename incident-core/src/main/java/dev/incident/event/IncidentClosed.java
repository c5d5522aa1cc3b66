package dev.incident.event;

import dev.incident.internal.Checks;
import java.time.Instant;

/**
 * The incident is closed. Terminal.
 *
 * @param at when
 */
public record IncidentClosed(Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param at when
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public IncidentClosed {
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.CLOSED;
    }
}
