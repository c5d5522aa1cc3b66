package dev.incident.event;

import dev.incident.internal.Checks;
import dev.incident.model.StatusUpdate;
import java.time.Instant;

/**
 * A status update was posted. Its status must not contradict the incident: the default lifecycle
 * policy rejects, for example, "resolved" while the incident is still mitigating.
 *
 * @param update the update, which carries its own time
 */
public record StatusUpdatePosted(StatusUpdate update) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param update the update, which carries its own time
     *
     * @throws NullPointerException if {@code update} is null
     */
    public StatusUpdatePosted {
        Checks.notNull(update, "update");
    }

    /** The update's time. */
    @Override
    public Instant at() {
        return update.at();
    }

    @Override
    public EventType type() {
        return EventType.STATUS_UPDATE_POSTED;
    }
}
