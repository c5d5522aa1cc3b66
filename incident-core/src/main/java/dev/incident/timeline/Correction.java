package dev.incident.timeline;

import dev.incident.model.Participant;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A correction of one timeline entry: a new time, a new text or both, with who corrected it, when
 * and why. The corrected entry keeps its original time and text ({@link TimelineEntry#key()}) and
 * the list of corrections applied to it; nothing is overwritten silently.
 *
 * <pre>{@code
 * Correction fixTime = Correction.builder()
 *     .target(entry.key())
 *     .correctedAt(Instant.parse("2026-03-04T13:57:00Z"))
 *     .reason("the alert fired at 13:57; the chat bot posted it late")
 *     .author(Participant.of("aiko"))
 *     .recordedAt(Instant.parse("2026-03-05T09:00:00Z"))
 *     .build();
 * Timeline corrected = timeline.withCorrection(fixTime);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Correction {
    Correction() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The key of the entry to correct (its original source, time and text). */
    public abstract EntryKey target();

    /** The right time, if the time was wrong. */
    public abstract Optional<Instant> correctedAt();

    /** The right text, if the text was wrong. */
    public abstract Optional<String> correctedText();

    /** Why the entry was wrong; not blank. */
    public abstract String reason();

    /** Who made the correction. */
    public abstract Participant author();

    /** When the correction was made; corrections of one entry apply in this order. */
    public abstract Instant recordedAt();

    @Value.Check
    final void check() {
        if (correctedAt().isEmpty() && correctedText().isEmpty()) {
            throw new IllegalArgumentException("a correction must give a corrected time, a corrected text or both");
        }
        if (correctedText().isPresent() && correctedText().get().isBlank()) {
            throw new IllegalArgumentException("corrected text must not be blank when present");
        }
        if (reason().isBlank()) {
            throw new IllegalArgumentException("correction reason must not be blank");
        }
    }

    /** Builds a {@link Correction}; not thread-safe. */
    public static final class Builder extends ImmutableCorrection.Builder {
        Builder() {}
    }
}
