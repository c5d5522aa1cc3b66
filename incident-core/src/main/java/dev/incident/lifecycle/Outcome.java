package dev.incident.lifecycle;

import dev.incident.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * What {@link Lifecycle#tryApply} returns: either {@link Accepted} with the new incident, or {@link
 * Rejected} with the refusal and the unchanged incident. Immutable and thread-safe.
 */
public sealed interface Outcome permits Outcome.Accepted, Outcome.Rejected {

    /** The incident after the attempt: the new one if accepted, the unchanged one if rejected. */
    Incident incident();

    /** Returns whether the event was accepted. */
    boolean isAccepted();

    /** The refusal, if the event was rejected. */
    Optional<Rejection> rejection();

    /**
     * The event was accepted.
     *
     * @param incident the incident with the event applied
     * @param advisories non-blocking notices, often empty
     */
    record Accepted(Incident incident, List<Advisory> advisories) implements Outcome {
        /**
         * Creates the outcome.
         *
         * @throws NullPointerException if a component is null
         */
        public Accepted {
            Checks.notNull(incident, "incident");
            advisories = List.copyOf(Checks.notNull(advisories, "advisories"));
        }

        @Override
        public boolean isAccepted() {
            return true;
        }

        @Override
        public Optional<Rejection> rejection() {
            return Optional.empty();
        }
    }

    /**
     * The event was refused; nothing changed.
     *
     * @param incident the unchanged incident
     * @param refusal why
     */
    record Rejected(Incident incident, Rejection refusal) implements Outcome {
        /**
         * Creates the outcome.
         *
         * @throws NullPointerException if a component is null
         */
        public Rejected {
            Checks.notNull(incident, "incident");
            Checks.notNull(refusal, "refusal");
        }

        @Override
        public boolean isAccepted() {
            return false;
        }

        @Override
        public Optional<Rejection> rejection() {
            return Optional.of(refusal);
        }
    }
}
