package dev.incident.timeline;

import dev.incident.internal.Checks;
import java.time.Instant;

/**
 * What identifies a timeline entry: its source, its original time and its original text. Two
 * entries with the same key are exact duplicates, and a {@link Correction} names the entry it
 * corrects by its key (a correction never changes the key).
 *
 * @param source where the entry comes from, such as {@code "incident"}, {@code "slack"} or {@code
 *     "deploys"}
 * @param at the entry's original time
 * @param text the entry's original text
 */
public record EntryKey(String source, Instant at, String text) {
    /**
     * Creates a key.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code source} or {@code text} is blank
     */
    public EntryKey {
        Checks.notBlank(source, "source");
        Checks.notNull(at, "at");
        Checks.notBlank(text, "text");
    }
}
