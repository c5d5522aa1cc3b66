package dev.incident.event;

import dev.incident.internal.Checks;
import dev.incident.model.IncidentId;
import dev.incident.model.Participant;
import dev.incident.model.Severity;
import java.time.Instant;
import java.util.Optional;

/**
 * An incident was declared. Always the first event of a history, and only the first.
 *
 * @param id the incident's identity
 * @param title a short, human title, such as "Checkout errors after deploy 8812"
 * @param severity the first assessment; may be {@link Severity#UNDETERMINED}
 * @param declaredBy who declared it
 * @param detectedAt when the problem was detected (an alert fired, a customer reported it), if
 *     earlier than the declaration
 * @param at when the incident was declared
 */
public record IncidentDeclared(
        IncidentId id,
        String title,
        Severity severity,
        Participant declaredBy,
        Optional<Instant> detectedAt,
        Instant at)
        implements IncidentEvent {

    /**
     * Creates the event.
     *
     * @param id the incident's identity
     * @param title a short, human title, such as "Checkout errors after deploy 8812"
     * @param severity the first assessment; may be {@link Severity#UNDETERMINED}
     * @param declaredBy who declared it
     * @param detectedAt when the problem was detected (an alert fired, a customer reported it), if
     *     earlier than the declaration
     * @param at when the incident was declared
     *
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code title} is blank or longer than 500 characters, or
     *     {@code detectedAt} is later than {@code at}
     */
    public IncidentDeclared {
        Checks.notNull(id, "id");
        Checks.notBlank(title, "title");
        Checks.argument(title.length() <= 500, "title must be at most 500 characters");
        Checks.notNull(severity, "severity");
        Checks.notNull(declaredBy, "declaredBy");
        Checks.notNull(detectedAt, "detectedAt");
        Checks.notNull(at, "at");
        detectedAt.ifPresent(detected -> Checks.argument(
                !detected.isAfter(at), "detectedAt " + detected + " must not be later than the declaration at " + at));
    }

    /** Creates the event with no separate detection time. */
    public IncidentDeclared(IncidentId id, String title, Severity severity, Participant declaredBy, Instant at) {
        this(id, title, severity, declaredBy, Optional.empty(), at);
    }

    @Override
    public EventType type() {
        return EventType.DECLARED;
    }
}
