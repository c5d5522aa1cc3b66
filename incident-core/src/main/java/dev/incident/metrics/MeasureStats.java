package dev.incident.metrics;

import dev.incident.internal.Checks;
import java.time.Duration;
import java.util.Optional;

/**
 * Statistics of one duration over a group of incidents. Incidents that lack an anchor of the
 * measure are not dropped: they are counted in {@link #noData()}. The statistics are empty when
 * {@link #count()} is zero.
 *
 * <p>Percentiles use the <b>nearest-rank</b> definition: the p-th percentile of n sorted values is
 * the value at rank ⌈p·n/100⌉ (ranks start at 1). It is always one of the observed durations; the
 * {@link #median()} is the 50th percentile, so for an even count it is the lower of the two middle
 * values (not their average). The {@link #mean()} is exact (summed in nanoseconds without overflow)
 * and rounded half-even to the nanosecond.
 *
 * @param count how many incidents have a value
 * @param noData how many incidents of the group have no value (a missing or inconsistent anchor)
 * @param mean the arithmetic mean
 * @param median the nearest-rank 50th percentile
 * @param p90 the nearest-rank 90th percentile
 * @param max the largest value
 */
public record MeasureStats(
        int count,
        int noData,
        Optional<Duration> mean,
        Optional<Duration> median,
        Optional<Duration> p90,
        Optional<Duration> max) {

    /**
     * Creates the statistics.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a count is negative, or the statistics are present while
     *     {@code count} is zero (or absent while it is not)
     */
    public MeasureStats {
        Checks.argument(count >= 0, "count must not be negative, got " + count);
        Checks.argument(noData >= 0, "noData must not be negative, got " + noData);
        Checks.notNull(mean, "mean");
        Checks.notNull(median, "median");
        Checks.notNull(p90, "p90");
        Checks.notNull(max, "max");
        boolean present = count > 0;
        Checks.argument(
                mean.isPresent() == present
                        && median.isPresent() == present
                        && p90.isPresent() == present
                        && max.isPresent() == present,
                "statistics must be present exactly when count > 0");
    }

    /** How many incidents the group has: {@link #count()} plus {@link #noData()}. */
    public int incidents() {
        return count + noData;
    }
}
