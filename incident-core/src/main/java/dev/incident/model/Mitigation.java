package dev.incident.model;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * An action taken to reduce or stop the user impact, such as a rollback, and whether it stopped
 * the impact. Immutable and thread-safe.
 *
 * <pre>{@code
 * Mitigation rollback = Mitigation.builder()
 *     .kind(MitigationKind.ROLLBACK)
 *     .description("rolled back deploy 8812")
 *     .at(Instant.parse("2026-03-04T14:20:00Z"))
 *     .stoppedImpact(true)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Mitigation {
    Mitigation() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** What kind of action it was. */
    public abstract MitigationKind kind();

    /** What was done; not blank. */
    public abstract String description();

    /** When it took effect. */
    public abstract Instant at();

    /** Whether it stopped the user impact (not merely reduced it). */
    @Value.Default
    public boolean stoppedImpact() {
        return false;
    }

    @Value.Check
    final void check() {
        if (description().isBlank()) {
            throw new IllegalArgumentException("mitigation description must not be blank");
        }
    }

    /** Builds a {@link Mitigation}; not thread-safe. */
    public static final class Builder extends ImmutableMitigation.Builder {
        Builder() {}
    }
}
