package dev.incident.postmortem;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The impact section of a postmortem: the impact window (started, mitigated, resolved), its
 * duration, the services affected, figures, and a free Markdown description of who and what was
 * affected.
 *
 * <p>The description is Markdown, kept as written (trimmed, line endings normalised to {@code \n}).
 * Times and the duration are truncated to the second, as Markdown shows them. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * PostmortemImpact impact = PostmortemImpact.builder()
 *     .startedAt(Instant.parse("2026-03-04T14:00:00Z"))
 *     .mitigatedAt(Instant.parse("2026-03-04T14:18:00Z"))
 *     .addAffectedService("checkout")
 *     .usersAffected(12_000)
 *     .description("About 8% of checkout requests failed with HTTP 500.")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class PostmortemImpact {
    PostmortemImpact() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** When the user impact started. */
    public abstract Optional<Instant> startedAt();

    /** When the user impact stopped. */
    public abstract Optional<Instant> mitigatedAt();

    /** When the incident was resolved. */
    public abstract Optional<Instant> resolvedAt();

    /**
     * How long users were affected, as stated. When not stated, {@link #effectiveDuration()} derives
     * it from the window.
     */
    public abstract Optional<Duration> duration();

    /** The services affected, in the order given. */
    public abstract Set<String> affectedServices();

    /** How many users were affected. */
    public abstract OptionalLong usersAffected();

    /** How many requests failed or were degraded. */
    public abstract OptionalLong requestsAffected();

    /** Who and what was affected, in Markdown; may be empty. */
    @Value.Default
    public String description() {
        return "";
    }

    /**
     * The stated duration, or the time from {@link #startedAt()} to {@link #mitigatedAt()} (or to
     * {@link #resolvedAt()} when never mitigated), when those are known.
     */
    public final Optional<Duration> effectiveDuration() {
        if (duration().isPresent()) {
            return duration();
        }
        Optional<Instant> end = mitigatedAt().isPresent() ? mitigatedAt() : resolvedAt();
        if (startedAt().isPresent()
                && end.isPresent()
                && !end.get().isBefore(startedAt().get())) {
            return Optional.of(Duration.between(startedAt().get(), end.get()));
        }
        return Optional.empty();
    }

    @Value.Check
    final PostmortemImpact normalize() {
        for (String service : affectedServices()) {
            if (service.isBlank()
                    || !service.equals(service.strip())
                    || service.contains(",")
                    || service.contains("\n")) {
                throw new IllegalArgumentException(
                        "affected service names must be single trimmed words or phrases without commas, got \""
                                + service + "\"");
            }
        }
        if (usersAffected().isPresent() && usersAffected().getAsLong() < 0) {
            throw new IllegalArgumentException("usersAffected must not be negative");
        }
        if (requestsAffected().isPresent() && requestsAffected().getAsLong() < 0) {
            throw new IllegalArgumentException("requestsAffected must not be negative");
        }
        if (duration().isPresent() && duration().get().isNegative()) {
            throw new IllegalArgumentException("duration must not be negative");
        }
        String description = Postmortem.body(description());
        Optional<Instant> started = startedAt().map(Postmortem::seconds);
        Optional<Instant> mitigated = mitigatedAt().map(Postmortem::seconds);
        Optional<Instant> resolved = resolvedAt().map(Postmortem::seconds);
        Optional<Duration> duration = duration().map(value -> value.withNanos(0));
        if (description.equals(description())
                && started.equals(startedAt())
                && mitigated.equals(mitigatedAt())
                && resolved.equals(resolvedAt())
                && duration.equals(duration())) {
            return this;
        }
        return builder()
                .from(this)
                .description(description)
                .startedAt(started)
                .mitigatedAt(mitigated)
                .resolvedAt(resolved)
                .duration(duration)
                .build();
    }

    /** Builds a {@link PostmortemImpact}; not thread-safe. */
    public static final class Builder extends ImmutablePostmortemImpact.Builder {
        Builder() {}
    }
}
