package dev.incident.event;

import dev.incident.internal.Checks;
import dev.incident.model.RootCause;
import java.time.Instant;

/**
 * The root cause was identified; a later identification replaces an earlier one.
 *
 * @param rootCause the cause
 * @param at when it was identified
 */
public record RootCauseIdentified(RootCause rootCause, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param rootCause the cause
     * @param at when it was identified
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public RootCauseIdentified {
        Checks.notNull(rootCause, "rootCause");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.ROOT_CAUSE_IDENTIFIED;
    }
}
