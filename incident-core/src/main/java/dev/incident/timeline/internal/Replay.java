package dev.incident.timeline.internal;

import dev.incident.event.ImpactAssessed;
import dev.incident.event.IncidentDeclared;
import dev.incident.event.IncidentEvent;
import dev.incident.event.SeverityChanged;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Phase;
import dev.incident.lifecycle.TransitionTable;
import dev.incident.model.PublicStatus;
import dev.incident.model.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An incident's state after each event of its history: phase, public status, severity and whether
 * it was user-facing. Phases follow {@link TransitionTable#STANDARD}, the table every {@code
 * Lifecycle} uses; public status follows the rule of {@link Incident#publicStatus()} (tests check
 * that the last state agrees with the incident at every prefix). Immutable and thread-safe.
 */
public final class Replay {
    /**
     * The state after one event.
     *
     * @param at the event's time
     * @param phase the phase after it
     * @param status the public status after it
     * @param severity the severity after it
     * @param userFacing whether the latest impact assessment so far was user-facing
     */
    public record State(Instant at, Phase phase, PublicStatus status, Severity severity, boolean userFacing) {}

    private final List<State> states;

    private Replay(List<State> states) {
        this.states = states;
    }

    /** Replays the history of {@code incident}. */
    public static Replay of(Incident incident) {
        List<IncidentEvent> events = incident.events();
        List<State> states = new ArrayList<>(events.size());
        IncidentDeclared declared = incident.declaration();
        Phase phase = Phase.DECLARED;
        Severity severity = declared.severity();
        boolean identified = false;
        boolean userFacing = false;
        for (IncidentEvent event : events) {
            if (!(event instanceof IncidentDeclared)) {
                phase = TransitionTable.STANDARD.target(event.type(), phase).orElse(phase);
            }
            switch (event.type()) {
                case TRIGGER_IDENTIFIED, ROOT_CAUSE_IDENTIFIED -> identified = true;
                case SEVERITY_CHANGED -> severity = ((SeverityChanged) event).severity();
                case IMPACT_ASSESSED ->
                    userFacing = ((ImpactAssessed) event).impact().userFacing();
                default -> {
                    // No other event changes these.
                }
            }
            states.add(new State(event.at(), phase, status(phase, identified), severity, userFacing));
        }
        return new Replay(Collections.unmodifiableList(states));
    }

    private static PublicStatus status(Phase phase, boolean identified) {
        return switch (phase) {
            case DECLARED, MITIGATING -> identified ? PublicStatus.IDENTIFIED : PublicStatus.INVESTIGATING;
            case MITIGATED -> PublicStatus.MONITORING;
            case RESOLVED, IN_REVIEW, CLOSED, CANCELLED, MERGED -> PublicStatus.RESOLVED;
        };
    }

    /** The state after each event, in history order. */
    public List<State> states() {
        return states;
    }

    /** The state after the event at {@code index}. */
    public State after(int index) {
        return states.get(index);
    }

    /** The state after the latest event at or before {@code at}; empty before the declaration. */
    public Optional<State> at(Instant at) {
        int low = 0;
        int high = states.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (states.get(mid).at().isAfter(at)) {
                high = mid - 1;
            } else {
                found = mid;
                low = mid + 1;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(states.get(found));
    }
}
