package dev.incident.timeline;

import dev.incident.internal.Checks;
import dev.incident.lifecycle.Incident;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The times of an incident's {@link KeyMoment}s. Only {@link #declared()} is always known; every
 * other moment is an {@code Optional} that is empty when the history does not establish it.
 *
 * <p>Derive them from an incident with {@link #of(Incident)}, from a timeline with corrections with
 * {@link Timeline#keyMoments()}, or build them from other records with {@link #builder()}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class KeyMoments {
    KeyMoments() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the key moments of {@code incident}, as defined on each {@link KeyMoment} constant.
     *
     * @throws NullPointerException if {@code incident} is null
     */
    public static KeyMoments of(Incident incident) {
        return Timeline.of(Checks.notNull(incident, "incident")).keyMoments();
    }

    /** See {@link KeyMoment#IMPACT_STARTED}. */
    public abstract Optional<Instant> impactStarted();

    /** See {@link KeyMoment#DETECTED}. */
    public abstract Optional<Instant> detected();

    /** See {@link KeyMoment#DECLARED}. */
    public abstract Instant declared();

    /** See {@link KeyMoment#ACKNOWLEDGED}. */
    public abstract Optional<Instant> acknowledged();

    /** See {@link KeyMoment#MITIGATED}. */
    public abstract Optional<Instant> mitigated();

    /** See {@link KeyMoment#RESOLVED}. */
    public abstract Optional<Instant> resolved();

    /** See {@link KeyMoment#CLOSED}. */
    public abstract Optional<Instant> closed();

    /**
     * Returns the time of {@code moment}, if known.
     *
     * @throws NullPointerException if {@code moment} is null
     */
    public final Optional<Instant> get(KeyMoment moment) {
        return switch (Checks.notNull(moment, "moment")) {
            case IMPACT_STARTED -> impactStarted();
            case DETECTED -> detected();
            case DECLARED -> Optional.of(declared());
            case ACKNOWLEDGED -> acknowledged();
            case MITIGATED -> mitigated();
            case RESOLVED -> resolved();
            case CLOSED -> closed();
        };
    }

    /** Builds a {@link KeyMoments}; not thread-safe. */
    public static final class Builder extends ImmutableKeyMoments.Builder {
        Builder() {}
    }
}
