package dev.incident.event;

import dev.incident.internal.Checks;
import java.time.Instant;

/**
 * The incident is resolved: the fix is in and recovery is verified.
 *
 * @param summary a one-line resolution summary
 * @param at when
 */
public record IncidentResolved(String summary, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param summary a one-line resolution summary
     * @param at when
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public IncidentResolved {
        Checks.notBlank(summary, "summary");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.RESOLVED;
    }
}
