package dev.incident.lifecycle;

import dev.incident.event.EventType;
import dev.incident.internal.Checks;

/**
 * One row of the {@link TransitionTable}: an event of type {@code event} is permitted in phase
 * {@code from} and leaves the incident in phase {@code to} ({@code from} itself for facts that do
 * not change the phase). Guards of the {@link LifecyclePolicy} may still refuse a permitted event.
 *
 * @param event the event type
 * @param from the phase the incident must be in
 * @param to the phase it is in afterwards
 */
public record TransitionRule(EventType event, Phase from, Phase to) {
    /**
     * Creates a rule.
     *
     * @param event the event type
     * @param from the phase the incident must be in
     * @param to the phase it is in afterwards
     *
     * @throws NullPointerException if a component is null
     */
    public TransitionRule {
        Checks.notNull(event, "event");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
    }

    /** Returns whether the rule changes the phase. */
    public boolean changesPhase() {
        return from != to;
    }
}
