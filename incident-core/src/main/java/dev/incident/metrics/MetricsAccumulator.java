package dev.incident.metrics;

import dev.incident.internal.Checks;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Phase;
import dev.incident.metrics.internal.GroupAccumulator;
import dev.incident.model.Severity;
import dev.incident.timeline.Durations;
import dev.incident.timeline.Timeline;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Aggregates incidents one at a time into {@link IncidentMetrics}, keeping only what the statistics
 * need: for each measure and group, the durations as {@code long} nanoseconds (exact median and p90
 * need them; memory is O(n) longs, not O(n) incidents) and the "no data" counts.
 *
 * <p>Two accumulators can be {@linkplain #merge merged}; the result equals that of one accumulator
 * given both inputs, in any order, so work can be split across threads or machines.
 *
 * <p>Mutable and <b>not</b> thread-safe: use one per thread and merge them (as {@link
 * IncidentMetrics#collector()} does).
 */
public final class MetricsAccumulator {
    private static final Comparator<Severity> WORST_FIRST = Comparator.<Severity>comparingInt(
                    s -> s.rank().orElse(Integer.MAX_VALUE))
            .thenComparing(Severity::label);

    private final GroupAccumulator overall = new GroupAccumulator();
    private final Map<Severity, GroupAccumulator> bySeverity = new TreeMap<>(WORST_FIRST);
    private final Map<String, GroupAccumulator> byService = new TreeMap<>();
    private final GroupAccumulator withoutService = new GroupAccumulator();
    private int excludedCancelled;
    private int excludedDuplicates;

    /** Creates an empty accumulator. */
    public MetricsAccumulator() {}

    /**
     * Adds an incident, with the durations of its own history.
     *
     * @return this accumulator
     * @throws NullPointerException if {@code incident} is null
     */
    public MetricsAccumulator add(Incident incident) {
        Checks.notNull(incident, "incident");
        return add(incident, Durations.of(incident));
    }

    /**
     * Adds the incident of {@code timeline}, with the timeline's durations (which reflect its
     * corrections).
     *
     * @return this accumulator
     * @throws NullPointerException if {@code timeline} is null
     */
    public MetricsAccumulator add(Timeline timeline) {
        Checks.notNull(timeline, "timeline");
        return add(timeline.incident(), timeline.durations());
    }

    private MetricsAccumulator add(Incident incident, Durations durations) {
        if (incident.phase() == Phase.CANCELLED) {
            excludedCancelled++;
            return this;
        }
        if (incident.phase() == Phase.MERGED) {
            excludedDuplicates++;
            return this;
        }
        overall.add(durations);
        bySeverity
                .computeIfAbsent(incident.severity(), s -> new GroupAccumulator())
                .add(durations);
        Set<String> services = incident.impact().map(i -> i.affectedServices()).orElse(Set.of());
        if (services.isEmpty()) {
            withoutService.add(durations);
        }
        for (String service : services) {
            byService.computeIfAbsent(service, s -> new GroupAccumulator()).add(durations);
        }
        return this;
    }

    /**
     * Adds everything {@code other} holds to this accumulator; {@code other} is unchanged (it may be
     * this accumulator itself, which doubles its content).
     *
     * @return this accumulator
     * @throws NullPointerException if {@code other} is null
     */
    public MetricsAccumulator merge(MetricsAccumulator other) {
        Checks.notNull(other, "other");
        overall.addAll(other.overall);
        for (Map.Entry<Severity, GroupAccumulator> entry : new LinkedHashMap<>(other.bySeverity).entrySet()) {
            bySeverity
                    .computeIfAbsent(entry.getKey(), s -> new GroupAccumulator())
                    .addAll(entry.getValue());
        }
        for (Map.Entry<String, GroupAccumulator> entry : new LinkedHashMap<>(other.byService).entrySet()) {
            byService
                    .computeIfAbsent(entry.getKey(), s -> new GroupAccumulator())
                    .addAll(entry.getValue());
        }
        withoutService.addAll(other.withoutService);
        excludedCancelled += other.excludedCancelled;
        excludedDuplicates += other.excludedDuplicates;
        return this;
    }

    /** Returns the metrics of everything added so far; the accumulator can go on adding. */
    public IncidentMetrics result() {
        Map<Severity, GroupMetrics> severities = new LinkedHashMap<>();
        bySeverity.forEach((severity, group) -> severities.put(severity, group.result()));
        Map<String, GroupMetrics> services = new LinkedHashMap<>();
        byService.forEach((service, group) -> services.put(service, group.result()));
        return new IncidentMetrics(
                overall.result(), severities, services, withoutService.result(), excludedCancelled, excludedDuplicates);
    }
}
