package dev.incident.comms;

import dev.incident.model.PublicStatus;
import dev.incident.model.Severity;

/**
 * Decides the status of an affected component from the incident's severity and public status at
 * the time of an update. Implementations must be stateless and thread-safe.
 */
@FunctionalInterface
public interface ComponentStatusRule {
    /**
     * The default rule: once the impact has stopped (monitoring or resolved) a component is
     * operational; before that, rank 1 is a major outage, rank 2 a partial outage, anything else
     * (including undetermined) degraded performance.
     */
    ComponentStatusRule DEFAULT = (severity, status) -> {
        if (status == PublicStatus.MONITORING || status == PublicStatus.RESOLVED) {
            return ComponentStatus.OPERATIONAL;
        }
        int rank = severity.rank().orElse(Integer.MAX_VALUE);
        return rank == 1
                ? ComponentStatus.MAJOR_OUTAGE
                : rank == 2 ? ComponentStatus.PARTIAL_OUTAGE : ComponentStatus.DEGRADED_PERFORMANCE;
    };

    /**
     * Returns the status of every affected component.
     *
     * @param severity the incident's severity at the time
     * @param status the public status announced
     */
    ComponentStatus statusOf(Severity severity, PublicStatus status);
}
