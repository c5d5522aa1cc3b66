package dev.incident.metrics.internal;

import dev.incident.metrics.GroupMetrics;
import dev.incident.metrics.MeasureStats;
import dev.incident.timeline.Durations;
import dev.incident.timeline.Measure;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The values of one group of incidents. Mutable, not thread-safe. */
public final class GroupAccumulator {
    private final Values[] measures = new Values[Measure.values().length];
    private final Values recovery = new Values();
    private int incidents;
    private int deployTriggered;

    /** Creates an empty group. */
    public GroupAccumulator() {
        for (int i = 0; i < measures.length; i++) {
            measures[i] = new Values();
        }
    }

    /** Adds one incident's durations. */
    public void add(Durations durations) {
        incidents++;
        for (Measure measure : Measure.values()) {
            measures[measure.ordinal()].add(durations.get(measure));
        }
        if (durations.deployTriggered()) {
            deployTriggered++;
            recovery.add(durations.failedDeploymentRecoveryTime());
        }
    }

    /** Adds everything {@code other} holds; {@code other} may be this group. */
    public void addAll(GroupAccumulator other) {
        int otherIncidents = other.incidents;
        int otherDeploys = other.deployTriggered;
        for (int i = 0; i < measures.length; i++) {
            measures[i].addAll(other.measures[i]);
        }
        recovery.addAll(other.recovery);
        incidents += otherIncidents;
        deployTriggered += otherDeploys;
    }

    /** The metrics of the group. */
    public GroupMetrics result() {
        Map<Measure, MeasureStats> stats = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            stats.put(measure, measures[measure.ordinal()].stats());
        }
        return new GroupMetrics(incidents, stats, deployTriggered, recovery.stats());
    }

    /** The durations of one measure, in nanoseconds, and the count of missing ones. */
    static final class Values {
        private long[] nanos = new long[8];
        private int size;
        private int noData;

        void add(Optional<Duration> value) {
            if (value.isEmpty()) {
                noData++;
            } else {
                append(value.get().toNanos());
            }
        }

        private void append(long value) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = value;
        }

        void addAll(Values other) {
            long[] theirs = Arrays.copyOf(other.nanos, other.size);
            int missing = other.noData;
            for (long value : theirs) {
                append(value);
            }
            noData += missing;
        }

        MeasureStats stats() {
            if (size == 0) {
                return new MeasureStats(
                        0, noData, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
            }
            long[] sorted = Arrays.copyOf(nanos, size);
            Arrays.sort(sorted);
            BigInteger sum = BigInteger.ZERO;
            for (long value : sorted) {
                sum = sum.add(BigInteger.valueOf(value));
            }
            long mean = new BigDecimal(sum)
                    .divide(BigDecimal.valueOf(size), 0, RoundingMode.HALF_EVEN)
                    .longValueExact();
            return new MeasureStats(
                    size,
                    noData,
                    Optional.of(Duration.ofNanos(mean)),
                    Optional.of(Duration.ofNanos(nearestRank(sorted, 50))),
                    Optional.of(Duration.ofNanos(nearestRank(sorted, 90))),
                    Optional.of(Duration.ofNanos(sorted[size - 1])));
        }

        /** The nearest-rank percentile: the value at rank ceil(p * n / 100), ranks from 1. */
        static long nearestRank(long[] sorted, int percentile) {
            long n = sorted.length;
            long rank = (percentile * n + 99) / 100;
            return sorted[(int) Math.max(1, rank) - 1];
        }
    }
}
