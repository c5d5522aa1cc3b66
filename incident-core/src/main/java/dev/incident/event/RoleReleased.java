package dev.incident.event;

import dev.incident.internal.Checks;
import dev.incident.model.Participant;
import dev.incident.model.Role;
import java.time.Instant;

/**
 * A participant gave up a role other than commander.
 *
 * @param participant who gave up the role
 * @param role the role
 * @param at when
 */
public record RoleReleased(Participant participant, Role role, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param participant who gave up the role
     * @param role the role
     * @param at when
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public RoleReleased {
        Checks.notNull(participant, "participant");
        Checks.notNull(role, "role");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.ROLE_RELEASED;
    }
}
