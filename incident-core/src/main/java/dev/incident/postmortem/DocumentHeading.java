package dev.incident.postmortem;

import dev.incident.internal.Checks;

/**
 * A heading of a Markdown postmortem that starts a section, as found by {@link PostmortemMarkdown#parse}.
 * Immutable and thread-safe.
 *
 * @param section the section it starts: a known one, or a {@link Section#custom custom} one titled
 *     with the heading
 * @param text the heading as written, without the {@code #} marks
 * @param position where the heading is
 */
public record DocumentHeading(Section section, String text, Position position) {
    /**
     * Creates a heading.
     *
     * @throws NullPointerException if a component is null
     */
    public DocumentHeading {
        Checks.notNull(section, "section");
        Checks.notNull(text, "text");
        Checks.notNull(position, "position");
    }
}
