package dev.incident.event;

import dev.incident.internal.Checks;
import java.time.Instant;

/**
 * The postmortem review started: the incident goes "in review".
 *
 * @param at when
 */
public record ReviewStarted(Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param at when
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public ReviewStarted {
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.REVIEW_STARTED;
    }
}
