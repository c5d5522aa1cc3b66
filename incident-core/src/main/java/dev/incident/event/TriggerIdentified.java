package dev.incident.event;

import dev.incident.internal.Checks;
import dev.incident.model.Trigger;
import java.time.Instant;

/**
 * The trigger was identified. It can be known long before the root cause.
 *
 * @param trigger what set the incident off
 * @param at when it was identified
 */
public record TriggerIdentified(Trigger trigger, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param trigger what set the incident off
     * @param at when it was identified
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public TriggerIdentified {
        Checks.notNull(trigger, "trigger");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.TRIGGER_IDENTIFIED;
    }
}
