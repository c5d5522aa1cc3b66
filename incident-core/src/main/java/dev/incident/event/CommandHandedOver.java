package dev.incident.event;

import dev.incident.internal.Checks;
import java.time.Instant;
import dev.incident.model.Participant;
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
