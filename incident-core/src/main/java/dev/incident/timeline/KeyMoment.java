package dev.incident.timeline;

/**
 * The moments of an incident that durations are measured between. Each is derived from the
 * incident's history as described on its constant; {@link KeyMoments} holds their times.
 */
public enum KeyMoment {
    /**
     * The user impact started: {@code Impact.startedAt()} of the latest {@code ImpactAssessed} event.
     * Absent when that assessment gives no start, even if an earlier one did (the latest assessment
     * replaces earlier ones).
     */
    IMPACT_STARTED,
    /**
     * The problem was detected: {@code IncidentDeclared.detectedAt()}, or the declaration itself
     * when no separate detection time was given.
     */
    DETECTED,
    /** The incident was declared: the time of {@code IncidentDeclared}. Always present. */
    DECLARED,
    /**
     * A human took responsibility: the first {@code CommanderAssigned}. Handovers do not move it.
     */
    ACKNOWLEDGED,
    /**
     * The user impact stopped: the first {@code ImpactMitigated} after the latest {@code
     * IncidentReopened} (or after the declaration if it was never reopened). A reopened incident
     * whose impact has not been stopped again has no mitigation moment: the impact is back.
     */
    MITIGATED,
    /**
     * The incident was resolved: the latest {@code IncidentResolved}, provided the incident was not
     * reopened after it. A reopened incident is not resolved.
     */
    RESOLVED,
    /** The incident was closed: the time of {@code IncidentClosed}. */
    CLOSED
}
