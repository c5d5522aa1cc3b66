package dev.incident.lifecycle;

/**
 * Where an incident is in its lifecycle, in the order the process teaches: declared → mitigating →
 * mitigated → resolved → in review → closed. {@link #CLOSED}, {@link #CANCELLED} and {@link #MERGED}
 * are terminal: they accept no further event.
 */
public enum Phase {
    /** Declared; nobody has started the response yet. */
    DECLARED,
    /** The response is under way; users are still affected. */
    MITIGATING,
    /** The user impact has stopped; root cause and fix may still be open. */
    MITIGATED,
    /** The real fix is in and recovery is verified. */
    RESOLVED,
    /** The postmortem is being written and reviewed. */
    IN_REVIEW,
    /** Done. Terminal. */
    CLOSED,
    /** A false alarm. Terminal. */
    CANCELLED,
    /** A duplicate of another incident. Terminal. */
    MERGED;

    /** Returns whether this phase accepts no further event. */
    public boolean isTerminal() {
        return this == CLOSED || this == CANCELLED || this == MERGED;
    }
}
