package dev.incident.event;

import dev.incident.internal.Checks;
import dev.incident.model.Fix;
import java.time.Instant;

/**
 * The real fix was applied. Resolving needs a recovery verified after the latest fix.
 *
 * @param fix the fix
 * @param at when it was applied
 */
public record FixApplied(Fix fix, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param fix the fix
     * @param at when it was applied
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public FixApplied {
        Checks.notNull(fix, "fix");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.FIX_APPLIED;
    }
}
