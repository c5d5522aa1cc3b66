package dev.incident.postmortem;

/** How serious a {@link Finding} is. A postmortem with an error is not complete. */
public enum FindingSeverity {
    /** The postmortem is not complete until this is addressed. */
    ERROR,
    /** Worth addressing; does not make the postmortem incomplete. */
    WARNING
}
