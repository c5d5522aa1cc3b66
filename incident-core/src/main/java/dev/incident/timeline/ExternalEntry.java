package dev.incident.timeline;

import dev.incident.timeline.internal.Wording;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A timeline entry from outside the incident's history: a chat message, a deploy, an alert. It has
 * a source, a time, a text, an optional link and a {@link EntryKind}, which defaults to one guessed
 * from the wording (see {@link #kind()}).
 *
 * <pre>{@code
 * ExternalEntry alert = ExternalEntry.of("pagerduty", Instant.parse("2026-03-04T14:03:00Z"),
 *     "Alert fired: checkout 5xx rate above 5%");
 * ExternalEntry deploy = ExternalEntry.builder()
 *     .source("deploys").at(Instant.parse("2026-03-04T13:58:00Z"))
 *     .text("deploy 8812 of checkout").link("https://deploys.example/8812")
 *     .kind(EntryKind.NOTE)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExternalEntry {
    ExternalEntry() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns an entry without a link, classified from its wording.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code source} or {@code text} is blank
     */
    public static ExternalEntry of(String source, Instant at, String text) {
        return builder().source(source).at(at).text(text).build();
    }

    /** Where the entry comes from, such as {@code "slack"}; not blank. */
    public abstract String source();

    /** When it happened. */
    public abstract Instant at();

    /** What happened; not blank. */
    public abstract String text();

    /** A link to the original, such as a chat permalink or a deploy page. */
    public abstract Optional<String> link();

    /**
     * What the entry is about. Unless set, it is guessed from the text's wording by keywords, in this
     * order: declaration ("declared"), role change ("commander", "taking command", "hand over"),
     * communication ("status page", "posted", "customers"), verification ("verified", "back to
     * baseline", "recovered"), resolution ("resolved", "all clear"), fix ("fix", "patch", "hotfix"),
     * mitigation ("rollback", "rolled back", "revert", "failover", "feature flag", "scaled"),
     * diagnosis ("root cause", "trigger", "identified", "investigating"), detection ("alert",
     * "paged", "reported", "noticed", "detected"); anything else is a note.
     */
    @Value.Default
    public EntryKind kind() {
        return Wording.classify(text());
    }

    /** The key that identifies this entry: source, time and text. */
    public final EntryKey key() {
        return new EntryKey(source(), at(), text());
    }

    @Value.Check
    final void check() {
        if (source().isBlank()) {
            throw new IllegalArgumentException("external entry source must not be blank");
        }
        if (text().isBlank()) {
            throw new IllegalArgumentException("external entry text must not be blank");
        }
        if (link().isPresent() && link().get().isBlank()) {
            throw new IllegalArgumentException("external entry link must not be blank when present");
        }
    }

    /** Builds an {@link ExternalEntry}; not thread-safe. */
    public static final class Builder extends ImmutableExternalEntry.Builder {
        Builder() {}
    }
}
