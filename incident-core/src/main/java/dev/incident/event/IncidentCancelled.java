package dev.incident.event;

import dev.incident.internal.Checks;
import java.time.Instant;

/**
 * The incident was a false alarm, cancelled with a reason. Terminal.
 *
 * @param reason why it was not a real incident
 * @param at when
 */
public record IncidentCancelled(String reason, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param reason why it was not a real incident
     * @param at when
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public IncidentCancelled {
        Checks.notBlank(reason, "reason");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.CANCELLED;
    }
}
