package dev.incident.model;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What an incident does to users and systems: when it started, which services it touches, whether
 * users can see it, a description of its scope, and optional figures.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}:
 *
 * <pre>{@code
 * Impact impact = Impact.builder()
 *     .startedAt(Instant.parse("2026-03-04T14:00:00Z"))
 *     .addAffectedService("checkout")
 *     .userFacing(true)
 *     .scope("5% of checkout requests fail with HTTP 500")
 *     .usersAffected(12_000)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Impact {
    Impact() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** When the user impact started, if known (often earlier than detection). */
    public abstract Optional<Instant> startedAt();

    /** The services affected, in the order given. */
    public abstract Set<String> affectedServices();

    /** Whether users can see the impact; a user-facing incident calls for public status updates. */
    @Value.Default
    public boolean userFacing() {
        return false;
    }

    /** A short description of the scope, such as "EU customers cannot log in". */
    public abstract Optional<String> scope();

    /** How many users were affected, if measured. */
    public abstract OptionalLong usersAffected();

    /** How many requests failed or were degraded, if measured. */
    public abstract OptionalLong requestsAffected();

    /** The regions affected, if known. */
    public abstract Set<String> regionsAffected();

    @Value.Check
    final void check() {
        for (String service : affectedServices()) {
            if (service.isBlank()) {
                throw new IllegalArgumentException("affected service names must not be blank");
            }
        }
        for (String region : regionsAffected()) {
            if (region.isBlank()) {
                throw new IllegalArgumentException("affected region names must not be blank");
            }
        }
        if (usersAffected().isPresent() && usersAffected().getAsLong() < 0) {
            throw new IllegalArgumentException("usersAffected must not be negative");
        }
        if (requestsAffected().isPresent() && requestsAffected().getAsLong() < 0) {
            throw new IllegalArgumentException("requestsAffected must not be negative");
        }
    }

    /** Builds an {@link Impact}; not thread-safe. */
    public static final class Builder extends ImmutableImpact.Builder {
        Builder() {}
    }
}
