package dev.incident.timeline;

/**
 * What a timeline entry is about. Entries derived from incident events get their kind from the
 * event; entries from outside (chat, deploys, alerts) and rows of a written postmortem get it from
 * their wording.
 */
public enum EntryKind {
    /** The problem was noticed: an alert fired, a customer reported it, the impact started. */
    DETECTION,
    /** The incident was declared. */
    DECLARATION,
    /** Someone took or handed over a role, such as incident commander. */
    ROLE_CHANGE,
    /** A status update, internal or public. */
    COMMUNICATION,
    /** An action to stop the user impact: a rollback, a flag turned off, a failover. */
    MITIGATION,
    /** Investigation: the trigger or the root cause was identified. */
    DIAGNOSIS,
    /** The real fix was applied. */
    FIX,
    /** Recovery was verified. */
    VERIFICATION,
    /** The incident was resolved or closed. */
    RESOLUTION,
    /** Anything else worth recording. */
    NOTE
}
