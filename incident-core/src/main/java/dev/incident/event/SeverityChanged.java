package dev.incident.event;

import dev.incident.internal.Checks;
import dev.incident.model.Severity;
import java.time.Instant;

/**
 * The incident's severity was assessed or changed.
 *
 * @param severity the new severity
 * @param reason why it changed
 * @param at when
 */
public record SeverityChanged(Severity severity, String reason, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param severity the new severity
     * @param reason why it changed
     * @param at when
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public SeverityChanged {
        Checks.notNull(severity, "severity");
        Checks.notBlank(reason, "reason");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.SEVERITY_CHANGED;
    }
}
