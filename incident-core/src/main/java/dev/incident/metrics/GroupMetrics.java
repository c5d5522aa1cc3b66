package dev.incident.metrics;

import dev.incident.internal.Checks;
import dev.incident.timeline.Measure;
import java.util.Map;

/**
 * The metrics of one group of incidents (all of them, one severity or one service).
 *
 * @param incidents how many incidents are in the group
 * @param measures the statistics of every {@link Measure}, each with its "no data" count
 * @param deployTriggered how many incidents of the group were triggered by a deploy
 * @param failedDeploymentRecovery DORA's failed deployment recovery time over the deploy-triggered
 *     incidents (see {@link dev.incident.timeline.Durations#failedDeploymentRecoveryTime()}); its
 *     "no data" counts deploy-triggered incidents lacking an anchor
 */
public record GroupMetrics(
        int incidents,
        Map<Measure, MeasureStats> measures,
        int deployTriggered,
        MeasureStats failedDeploymentRecovery) {
    /**
     * Creates the metrics of a group.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a count is negative or a measure is missing
     */
    public GroupMetrics {
        Checks.argument(incidents >= 0, "incidents must not be negative");
        Checks.argument(deployTriggered >= 0, "deployTriggered must not be negative");
        measures = Map.copyOf(Checks.notNull(measures, "measures"));
        for (Measure measure : Measure.values()) {
            Checks.argument(measures.containsKey(measure), "measures must include " + measure);
        }
        Checks.notNull(failedDeploymentRecovery, "failedDeploymentRecovery");
    }

    /**
     * Returns the statistics of {@code measure}.
     *
     * @throws NullPointerException if {@code measure} is null
     */
    public MeasureStats get(Measure measure) {
        return measures.get(Checks.notNull(measure, "measure"));
    }
}
