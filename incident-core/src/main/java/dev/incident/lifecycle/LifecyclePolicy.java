package dev.incident.lifecycle;

import dev.incident.model.Severity;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The guards a {@link Lifecycle} applies on top of its {@link TransitionTable}. The {@link
 * #defaults() defaults} are the lesson's process; each rule can be relaxed or tightened.
 *
 * <pre>{@code
 * LifecyclePolicy strict = LifecyclePolicy.builder()
 *     .diagnosisBeforeMitigation(LifecyclePolicy.DiagnosisRule.REJECT)
 *     .postmortemRequiredFrom(Severity.SEV3)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(singleton = false)
public abstract class LifecyclePolicy {
    private static final LifecyclePolicy DEFAULTS = builder().build();

    LifecyclePolicy() {}

    /** Returns the lesson's policy. */
    public static LifecyclePolicy defaults() {
        return DEFAULTS;
    }

    /** Returns a builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Leaving "declared" needs an incident commander. Default: true. */
    @Value.Default
    public boolean requireCommander() {
        return true;
    }

    /** Marking an incident mitigated needs a mitigation that stopped the impact. Default: true. */
    @Value.Default
    public boolean requireImpactStoppingMitigation() {
        return true;
    }

    /** Resolving needs the real fix applied. Default: true. */
    @Value.Default
    public boolean requireFix() {
        return true;
    }

    /** Resolving needs recovery verified after the latest fix. Default: true. */
    @Value.Default
    public boolean requireVerifiedRecovery() {
        return true;
    }

    /**
     * Closing an incident at or above this severity needs a completed postmortem. Default: SEV2
     * (so SEV1 and SEV2); empty means never. A team scale's level of the same rank counts the same.
     */
    @Value.Default
    public Optional<Severity> postmortemRequiredFrom() {
        return Optional.of(Severity.SEV2);
    }

    /**
     * A real severity is needed to mark the incident mitigated, and it cannot go back to
     * undetermined after that. Default: true.
     */
    @Value.Default
    public boolean requireDeterminedSeverity() {
        return true;
    }

    /** What to do with root-cause work or a fix recorded before the impact stopped. Default: ADVISE. */
    @Value.Default
    public DiagnosisRule diagnosisBeforeMitigation() {
        return DiagnosisRule.ADVISE;
    }

    /** A status update may not claim progress the incident has not made. Default: true. */
    @Value.Default
    public boolean requireConsistentStatusUpdates() {
        return true;
    }

    /**
     * How far past "now" an event may be before it is rejected as being in the future; absorbs clock
     * skew between the services that record events. Default: zero.
     */
    @Value.Default
    public Duration futureTolerance() {
        return Duration.ZERO;
    }

    @Value.Check
    final void check() {
        if (futureTolerance().isNegative()) {
            throw new IllegalArgumentException("futureTolerance must not be negative, got " + futureTolerance());
        }
        if (postmortemRequiredFrom().isPresent()
                && postmortemRequiredFrom().get().isUndetermined()) {
            throw new IllegalArgumentException("postmortemRequiredFrom must be a ranked severity, not UNDETERMINED");
        }
    }

    /** How the policy treats diagnosis before mitigation. */
    public enum DiagnosisRule {
        /** Accept silently. */
        ALLOW,
        /** Accept with an {@link Advisory}: stabilise before you diagnose. */
        ADVISE,
        /** Reject with {@link RejectionReason#DIAGNOSIS_BEFORE_MITIGATION}. */
        REJECT
    }

    /** Builds a {@link LifecyclePolicy}; not thread-safe. */
    public static final class Builder extends ImmutableLifecyclePolicy.Builder {
        Builder() {}
    }
}
