package dev.incident.event;

import dev.incident.internal.Checks;
import dev.incident.model.Participant;
import java.time.Instant;

/**
 * Command passed from the current commander to another participant; there is one commander at a time.
 *
 * @param from the commander handing over
 * @param to the new commander
 * @param at when command changed hands
 */
public record CommandHandedOver(Participant from, Participant to, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param from the commander handing over
     * @param to the new commander
     * @param at when command changed hands
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public CommandHandedOver {
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.COMMAND_HANDED_OVER;
    }
}
