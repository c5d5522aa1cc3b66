package dev.incident.model;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * One status update: its public status, its audience, its message, when it was posted and by whom.
 * An update with no new facts ("still investigating, next update in 30 minutes") is still an update.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatusUpdate {
    StatusUpdate() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The status the update announces. */
    public abstract PublicStatus status();

    /** Who the update is for. */
    @Value.Default
    public Audience audience() {
        return Audience.INTERNAL;
    }

    /** The text of the update; not blank. */
    public abstract String message();

    /** When it was posted. */
    public abstract Instant at();

    /** Who posted it. */
    public abstract Participant author();

    @Value.Check
    final void check() {
        if (message().isBlank()) {
            throw new IllegalArgumentException("status update message must not be blank");
        }
    }

    /** Builds a {@link StatusUpdate}; not thread-safe. */
    public static final class Builder extends ImmutableStatusUpdate.Builder {
        Builder() {}
    }
}
