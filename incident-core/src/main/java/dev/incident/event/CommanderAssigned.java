package dev.incident.event;

import dev.incident.internal.Checks;
import dev.incident.model.Participant;
import java.time.Instant;

/**
 * The first incident commander was assigned. Later changes of commander are {@link CommandHandedOver}.
 *
 * @param commander who coordinates the response
 * @param at when they took command
 */
public record CommanderAssigned(Participant commander, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param commander who coordinates the response
     * @param at when they took command
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public CommanderAssigned {
        Checks.notNull(commander, "commander");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.COMMANDER_ASSIGNED;
    }
}
