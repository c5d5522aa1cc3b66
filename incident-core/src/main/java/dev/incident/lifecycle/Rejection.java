package dev.incident.lifecycle;

import dev.incident.event.IncidentEvent;
import dev.incident.internal.Checks;
import dev.incident.model.IncidentId;
import java.util.Optional;

/**
 * A refused event: what was asked, in which phase, why (a stable code) and what to do (a sentence
 * for people). A rejected event changed nothing.
 *
 * @param incident the incident's id; empty when no incident exists yet (a history whose first event
 *     is not a declaration)
 * @param event the refused event
 * @param phase the phase the incident was in; empty when no incident exists yet
 * @param reason the stable reason code
 * @param message a sentence saying what is wrong and what to do, such as "cannot resolve INC-42: no
 *     recovery was verified after the fix applied at 2026-03-04T14:05:00Z; record a recovery
 *     verification first"
 */
public record Rejection(
        Optional<IncidentId> incident,
        IncidentEvent event,
        Optional<Phase> phase,
        RejectionReason reason,
        String message) {
    /**
     * Creates a rejection.
     *
     * @param incident the incident's id; empty when no incident exists yet (a history whose first event
     *     is not a declaration)
     * @param event the refused event
     * @param phase the phase the incident was in; empty when no incident exists yet
     * @param reason the stable reason code
     * @param message a sentence saying what is wrong and what to do, such as "cannot resolve INC-42: no
     *     recovery was verified after the fix applied at 2026-03-04T14:05:00Z; record a recovery
     *     verification first"
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code message} is blank
     */
    public Rejection {
        Checks.notNull(incident, "incident");
        Checks.notNull(event, "event");
        Checks.notNull(phase, "phase");
        Checks.notNull(reason, "reason");
        Checks.notBlank(message, "message");
    }

    @Override
    public String toString() {
        return reason + ": " + message;
    }
}
