package dev.incident.timeline;

import dev.incident.internal.Checks;
import dev.incident.lifecycle.Incident;
import dev.incident.model.TriggerKind;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@link Measure}s of one incident, computed from its {@link KeyMoments}. A measure is present
 * only when both its anchors are known and the end is not earlier than the start; it is then never
 * negative. Immutable and thread-safe.
 *
 * <pre>{@code
 * Durations durations = Durations.of(incident);
 * durations.timeToMitigate().ifPresent(d -> System.out.println("users affected for " + d));
 * }</pre>
 */
@Value.Immutable
public abstract class Durations {
    Durations() {}

    /**
     * Returns the durations of {@code incident}; {@link #failedDeploymentRecoveryTime()} is present
     * when its latest identified trigger is a deploy.
     *
     * @throws NullPointerException if {@code incident} is null
     */
    public static Durations of(Incident incident) {
        return Timeline.of(Checks.notNull(incident, "incident")).durations();
    }

    /**
     * Returns the durations between the given moments, for an incident that was not triggered by a
     * deploy (or where that is unknown).
     *
     * @throws NullPointerException if {@code moments} is null
     */
    public static Durations of(KeyMoments moments) {
        return of(moments, false);
    }

    /**
     * Returns the durations between the given moments.
     *
     * @param deployTriggered whether the incident's trigger was a deploy, which makes {@link
     *     #failedDeploymentRecoveryTime()} available
     * @throws NullPointerException if {@code moments} is null
     */
    public static Durations of(KeyMoments moments, boolean deployTriggered) {
        return ImmutableDurations.builder()
                .moments(Checks.notNull(moments, "moments"))
                .deployTriggered(deployTriggered)
                .build();
    }

    static Durations of(KeyMoments moments, Incident incident) {
        boolean deploy = incident.trigger()
                .map(t -> t.trigger().kind() == TriggerKind.DEPLOY)
                .orElse(false);
        return of(moments, deploy);
    }

    /** The moments the durations are measured between. */
    public abstract KeyMoments moments();

    /** Whether the incident's trigger was a deploy. */
    public abstract boolean deployTriggered();

    /**
     * Returns the measure's value, or empty when an anchor is missing or the end precedes the start.
     *
     * @throws NullPointerException if {@code measure} is null
     */
    public final Optional<Duration> get(Measure measure) {
        Checks.notNull(measure, "measure");
        return between(measure.from(), measure.to());
    }

    /**
     * Returns the time from {@code from} to {@code to}, or empty when either is unknown or {@code to}
     * is earlier than {@code from}.
     *
     * @throws NullPointerException if an argument is null
     */
    public final Optional<Duration> between(KeyMoment from, KeyMoment to) {
        Optional<Instant> start = moments().get(Checks.notNull(from, "from"));
        Optional<Instant> end = moments().get(Checks.notNull(to, "to"));
        if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(start.get(), end.get()));
    }

    /** {@link Measure#TIME_TO_DETECT}. */
    public final Optional<Duration> timeToDetect() {
        return get(Measure.TIME_TO_DETECT);
    }

    /** {@link Measure#TIME_TO_ACKNOWLEDGE}. */
    public final Optional<Duration> timeToAcknowledge() {
        return get(Measure.TIME_TO_ACKNOWLEDGE);
    }

    /** {@link Measure#TIME_TO_MITIGATE}. */
    public final Optional<Duration> timeToMitigate() {
        return get(Measure.TIME_TO_MITIGATE);
    }

    /** {@link Measure#TIME_TO_RESOLVE}. */
    public final Optional<Duration> timeToResolve() {
        return get(Measure.TIME_TO_RESOLVE);
    }

    /**
     * DORA's "failed deployment recovery time" (formerly "time to restore service"): for an incident
     * triggered by a deploy, the time from the failure (the impact start) until service was restored
     * (the impact mitigated, often by a rollback) — the same anchors as {@link
     * Measure#TIME_TO_MITIGATE}. Empty when the trigger was not a deploy or an anchor is missing.
     */
    public final Optional<Duration> failedDeploymentRecoveryTime() {
        return deployTriggered() ? timeToMitigate() : Optional.empty();
    }

    /** Every measure with its value, in {@link Measure} order; absent measures are left out. */
    public final Map<Measure, Duration> present() {
        Map<Measure, Duration> values = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            get(measure).ifPresent(value -> values.put(measure, value));
        }
        return values;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Durations{");
        for (Measure measure : Measure.values()) {
            out.append(measure.label())
                    .append('=')
                    .append(get(measure).map(Duration::toString).orElse("no data"))
                    .append(measure.ordinal() < Measure.values().length - 1 ? ", " : "}");
        }
        return out.toString();
    }
}
