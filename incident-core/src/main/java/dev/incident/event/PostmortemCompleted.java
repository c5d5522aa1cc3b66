package dev.incident.event;

import dev.incident.internal.Checks;
import java.time.Instant;

/**
 * The postmortem was completed; closing a serious incident needs one.
 *
 * @param reference where the postmortem lives: a document id, a URL or a path
 * @param at when it was completed
 */
public record PostmortemCompleted(String reference, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param reference where the postmortem lives: a document id, a URL or a path
     * @param at when it was completed
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public PostmortemCompleted {
        Checks.notBlank(reference, "reference");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.POSTMORTEM_COMPLETED;
    }
}
