package dev.incident.lifecycle;

/**
 * Why the {@link Lifecycle} refused an event. The constant names are stable: tools may match on
 * them, and the JSON format writes them in lower case.
 */
public enum RejectionReason {
    /** An incident is declared once; {@code IncidentDeclared} cannot be applied to one. */
    ALREADY_DECLARED,
    /** A history must begin with {@code IncidentDeclared}. */
    NOT_DECLARED,
    /** The incident is closed, cancelled or merged and accepts nothing more. */
    TERMINAL_PHASE,
    /** The transition table does not permit this event in the current phase. */
    NOT_PERMITTED_IN_PHASE,
    /** The event is earlier than the incident's latest event. */
    TIME_RUNS_BACKWARDS,
    /** The event is later than "now" on the lifecycle's clock. */
    EVENT_IN_FUTURE,
    /** Leaving "declared" needs an incident commander. */
    COMMANDER_REQUIRED,
    /** There is a commander already; change commanders with a handover. */
    COMMANDER_ALREADY_ASSIGNED,
    /** A handover must come from the current commander. */
    NOT_CURRENT_COMMANDER,
    /** A handover must name a different commander. */
    HANDOVER_TO_SELF,
    /** The commander role changes only through commander assignment and handover events. */
    COMMANDER_ROLE_RESERVED,
    /** The participant already holds the role. */
    ROLE_ALREADY_HELD,
    /** The participant does not hold the role. */
    ROLE_NOT_HELD,
    /** The severity is undetermined, and the policy needs a real one at this point. */
    SEVERITY_UNDETERMINED,
    /** Marking the incident mitigated needs a mitigation recorded as having stopped the impact. */
    NO_IMPACT_STOPPING_MITIGATION,
    /** Resolving needs the real fix to be applied. */
    NO_FIX_APPLIED,
    /** Resolving needs recovery verified after the latest fix. */
    RECOVERY_NOT_VERIFIED,
    /** Closing an incident this severe needs a completed postmortem. */
    POSTMORTEM_REQUIRED,
    /** The policy forbids diagnosis or fixes before the user impact is stopped. */
    DIAGNOSIS_BEFORE_MITIGATION,
    /** A status update's status claims progress the incident has not made. */
    STATUS_CONTRADICTS_INCIDENT,
    /** An incident cannot be merged into itself. */
    MERGE_INTO_SELF
}
