package dev.incident.event;

/** The kind of an {@link IncidentEvent}; one constant per event record. */
public enum EventType {
    /** {@link IncidentDeclared}. */
    DECLARED,
    /** {@link CommanderAssigned}. */
    COMMANDER_ASSIGNED,
    /** {@link CommandHandedOver}. */
    COMMAND_HANDED_OVER,
    /** {@link RoleAssigned}. */
    ROLE_ASSIGNED,
    /** {@link RoleReleased}. */
    ROLE_RELEASED,
    /** {@link SeverityChanged}. */
    SEVERITY_CHANGED,
    /** {@link ImpactAssessed}. */
    IMPACT_ASSESSED,
    /** {@link StatusUpdatePosted}. */
    STATUS_UPDATE_POSTED,
    /** {@link TriggerIdentified}. */
    TRIGGER_IDENTIFIED,
    /** {@link MitigationStarted}. */
    MITIGATION_STARTED,
    /** {@link MitigationApplied}. */
    MITIGATION_APPLIED,
    /** {@link ImpactMitigated}. */
    IMPACT_MITIGATED,
    /** {@link RootCauseIdentified}. */
    ROOT_CAUSE_IDENTIFIED,
    /** {@link FixApplied}. */
    FIX_APPLIED,
    /** {@link RecoveryVerified}. */
    RECOVERY_VERIFIED,
    /** {@link IncidentResolved}. */
    RESOLVED,
    /** {@link IncidentReopened}. */
    REOPENED,
    /** {@link ReviewStarted}. */
    REVIEW_STARTED,
    /** {@link PostmortemCompleted}. */
    POSTMORTEM_COMPLETED,
    /** {@link IncidentClosed}. */
    CLOSED,
    /** {@link IncidentCancelled}. */
    CANCELLED,
    /** {@link MergedAsDuplicate}. */
    MERGED_AS_DUPLICATE,
    /** {@link NoteAdded}. */
    NOTE_ADDED
}
