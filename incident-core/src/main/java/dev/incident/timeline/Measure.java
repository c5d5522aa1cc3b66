package dev.incident.timeline;

import java.util.Locale;

/**
 * A duration measured between two {@link KeyMoment}s. The industry's definitions disagree, so each
 * constant names its two anchors and the vendor definition it matches. A measure whose anchor is
 * missing, or whose end is earlier than its start (the record contradicts itself), has no value:
 * {@link Durations#get(Measure)} returns an empty {@code Optional}, never a made-up number.
 *
 * <p>{@link #TIME_TO_DETECT}, {@link #TIME_TO_MITIGATE} and {@link #TIME_TO_RESOLVE} share their
 * start (the impact start), so when all three are present they are ordered: detect ≤ mitigate ≤
 * resolve.
 */
public enum Measure {
    /**
     * From {@link KeyMoment#IMPACT_STARTED} to {@link KeyMoment#DETECTED}: how long users were
     * affected before anyone noticed. Matches the common "mean time to detect" (MTTD) of Atlassian's
     * incident-metrics guide: from the start of the failure to its detection.
     */
    TIME_TO_DETECT(KeyMoment.IMPACT_STARTED, KeyMoment.DETECTED),
    /**
     * From {@link KeyMoment#DETECTED} to {@link KeyMoment#ACKNOWLEDGED} (first commander assigned).
     * Matches PagerDuty's and Atlassian's "mean time to acknowledge" (MTTA), from the alert (here:
     * the detection) to a person taking it on.
     */
    TIME_TO_ACKNOWLEDGE(KeyMoment.DETECTED, KeyMoment.ACKNOWLEDGED),
    /**
     * From {@link KeyMoment#IMPACT_STARTED} to {@link KeyMoment#MITIGATED}: how long users were
     * affected. Matches Atlassian's "mean time to recovery" (from the failure to the service working
     * again), the "time to mitigate" (MTTM) of Google's report <i>Incident Metrics in SRE</i>, and,
     * for deploy-triggered incidents, DORA's "failed deployment recovery time" (see {@link
     * Durations#failedDeploymentRecoveryTime()}).
     */
    TIME_TO_MITIGATE(KeyMoment.IMPACT_STARTED, KeyMoment.MITIGATED),
    /**
     * From {@link KeyMoment#IMPACT_STARTED} to {@link KeyMoment#RESOLVED}: until the real fix was in
     * and recovery verified. Matches Atlassian's "mean time to resolve", which includes the time to
     * detect. It is <em>not</em> PagerDuty's MTTR, which starts at the alert: for that, use {@link
     * Durations#between(KeyMoment, KeyMoment) between(DETECTED, RESOLVED)}.
     */
    TIME_TO_RESOLVE(KeyMoment.IMPACT_STARTED, KeyMoment.RESOLVED);

    private final KeyMoment from;
    private final KeyMoment to;

    Measure(KeyMoment from, KeyMoment to) {
        this.from = from;
        this.to = to;
    }

    /** The moment the measure starts at. */
    public KeyMoment from() {
        return from;
    }

    /** The moment the measure ends at. */
    public KeyMoment to() {
        return to;
    }

    /** A short lower-case label, such as {@code "time to detect"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
