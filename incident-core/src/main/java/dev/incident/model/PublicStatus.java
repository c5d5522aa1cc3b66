package dev.incident.model;

/**
 * The status a status page shows, in the order an incident moves through them: investigating →
 * identified → monitoring → resolved.
 */
public enum PublicStatus {
    /** Something is wrong and we are looking into it; nothing identified yet. */
    INVESTIGATING,
    /** The trigger or cause is known and a mitigation is under way. */
    IDENTIFIED,
    /** The user impact has stopped; we are watching for recovery. */
    MONITORING,
    /** The incident is over: the fix is in and recovery is verified. */
    RESOLVED
}
