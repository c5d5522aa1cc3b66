package dev.incident.metrics;

import dev.incident.internal.Checks;
import dev.incident.lifecycle.Incident;
import dev.incident.model.Severity;
import java.util.Map;
import java.util.stream.Collector;

/**
 * Metrics over many incidents: overall, by severity and by service. Build it from a stream with
 * {@link #collector()} or incrementally with a {@link MetricsAccumulator}; neither keeps the
 * incidents.
 *
 * <pre>{@code
 * IncidentMetrics metrics = incidents.stream().collect(IncidentMetrics.collector());
 * MeasureStats mitigate = metrics.overall().get(Measure.TIME_TO_MITIGATE);
 * System.out.println(mitigate.median() + " median, " + mitigate.noData() + " without data");
 * }</pre>
 *
 * <p>Each incident is counted with its current severity and in every service of its latest impact
 * assessment; incidents with no affected service are in {@link #withoutService()}. Cancelled
 * incidents (false alarms) and incidents merged as duplicates are not measured: they are counted in
 * {@link #excludedCancelled()} and {@link #excludedDuplicates()}. Immutable and thread-safe.
 *
 * @param overall the metrics of every measured incident
 * @param bySeverity the metrics per severity, worst first, {@link Severity#UNDETERMINED} last
 * @param byService the metrics per affected service, by name
 * @param withoutService the metrics of incidents whose impact names no service
 * @param excludedCancelled how many cancelled incidents were left out
 * @param excludedDuplicates how many incidents merged as duplicates were left out
 */
public record IncidentMetrics(
        GroupMetrics overall,
        Map<Severity, GroupMetrics> bySeverity,
        Map<String, GroupMetrics> byService,
        GroupMetrics withoutService,
        int excludedCancelled,
        int excludedDuplicates) {

    /**
     * Creates the metrics; the maps keep their iteration order.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a count is negative
     */
    public IncidentMetrics {
        Checks.notNull(overall, "overall");
        bySeverity = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(Checks.notNull(bySeverity, "bySeverity")));
        byService = java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(Checks.notNull(byService, "byService")));
        Checks.notNull(withoutService, "withoutService");
        Checks.argument(excludedCancelled >= 0, "excludedCancelled must not be negative");
        Checks.argument(excludedDuplicates >= 0, "excludedDuplicates must not be negative");
    }

    /**
     * A collector that aggregates incidents; it works on parallel streams (partial aggregates are
     * merged with {@link MetricsAccumulator#merge}). Memory is O(n) longs, not O(n) incidents.
     */
    public static Collector<Incident, MetricsAccumulator, IncidentMetrics> collector() {
        return Collector.of(
                MetricsAccumulator::new,
                MetricsAccumulator::add,
                MetricsAccumulator::merge,
                MetricsAccumulator::result);
    }

    /**
     * Aggregates {@code incidents}.
     *
     * @throws NullPointerException if {@code incidents} or one of them is null
     */
    public static IncidentMetrics of(Iterable<Incident> incidents) {
        MetricsAccumulator accumulator = new MetricsAccumulator();
        for (Incident incident : Checks.notNull(incidents, "incidents")) {
            accumulator.add(incident);
        }
        return accumulator.result();
    }
}
