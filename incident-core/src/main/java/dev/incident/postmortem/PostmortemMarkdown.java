package dev.incident.postmortem;

import dev.incident.internal.Checks;
import dev.incident.postmortem.internal.GanttChart;
import dev.incident.postmortem.internal.MarkdownReader;
import dev.incident.postmortem.internal.MarkdownWriter;
import java.util.Optional;

/**
 * Postmortems in Markdown, both ways.
 *
 * <p>{@link #render} writes a heading per section, the impact window and figures as a list, the
 * timeline as a table followed by a Mermaid gantt chart of the impact window, and the follow-ups as
 * a table. {@link #parse} reads postmortems written by people: section headings are matched by
 * their usual synonyms (see {@link Section}) at any level and in any order; follow-ups come from
 * tables, task lists ({@code - [ ]}, {@code - [x]}) or bullets, with the owner as {@code @handle} or
 * {@code owner: name} and the due date as an ISO date; timeline rows from tables, lists or lines
 * starting with a time ({@code 14:02}, {@code 14:02 UTC}, {@code 2026-03-04 14:02}), converted to UTC
 * from the zone the row, the timeline or the document names (see {@link TimelineRow}). Kinds that are
 * not stated are inferred from the wording and marked as inferred.
 *
 * <p>Rendering then parsing gives an equal postmortem, provided that, when the postmortem has a
 * date, every timeline row has one too (the parser gives the document's date to bare times), and
 * that texts do not themselves contain section headings. Parsing never throws for
 * any text, and runs in time roughly linear in its length. Stateless and thread-safe.
 *
 * <pre>{@code
 * String markdown = PostmortemMarkdown.render(postmortem);
 * PostmortemDocument document = PostmortemMarkdown.parse(markdown);
 * CompletenessReport report = CompletenessValidator.of(CompletenessProfile.DEFAULT).validate(document);
 * }</pre>
 */
public final class PostmortemMarkdown {
    private PostmortemMarkdown() {}

    /**
     * Renders a postmortem as Markdown.
     *
     * @throws NullPointerException if {@code postmortem} is null
     */
    public static String render(Postmortem postmortem) {
        Checks.notNull(postmortem, "postmortem");
        return MarkdownWriter.render(postmortem);
    }

    /**
     * Reads a postmortem from Markdown. Never throws for any text: what cannot be read is left out,
     * and a document without a level-1 heading gets the title {@code "Untitled postmortem"}.
     *
     * @throws NullPointerException if {@code markdown} is null
     */
    public static PostmortemDocument parse(String markdown) {
        Checks.notNull(markdown, "markdown");
        return MarkdownReader.parse(markdown);
    }

    /**
     * Returns the Mermaid gantt chart of the postmortem's impact window (started, mitigated,
     * resolved), without the code fence, or empty when the impact start and an end are not known.
     *
     * @throws NullPointerException if {@code postmortem} is null
     */
    public static Optional<String> gantt(Postmortem postmortem) {
        Checks.notNull(postmortem, "postmortem");
        return GanttChart.render(postmortem);
    }
}
