package dev.incident.event;

import dev.incident.internal.Checks;
import dev.incident.model.IncidentId;
import java.time.Instant;

/**
 * The incident is a duplicate and was merged into another. Terminal.
 *
 * @param into the incident it was merged into
 * @param at when
 */
public record MergedAsDuplicate(IncidentId into, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param into the incident it was merged into
     * @param at when
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public MergedAsDuplicate {
        Checks.notNull(into, "into");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.MERGED_AS_DUPLICATE;
    }
}
