package dev.incident.timeline.internal;

import dev.incident.timeline.Timeline;
import dev.incident.timeline.TimelineEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Renders a {@link Timeline} as a Markdown table. Stateless and thread-safe. */
public final class MarkdownRenderer {
    private MarkdownRenderer() {}

    /** Renders {@code timeline} with times in {@code zone}. */
    public static String render(Timeline timeline, ZoneId zone) {
        DateTimeFormatter formatter = Format.formatter(
                timeline.entries().stream().map(TimelineEntry::at).toList(), zone);
        StringBuilder out = new StringBuilder();
        out.append("| time (").append(Format.zone(zone)).append(") | phase | source | what happened |\n");
        out.append("| --- | --- | --- | --- |\n");
        for (TimelineEntry entry : timeline.entries()) {
            StringBuilder what = new StringBuilder(escape(entry.text()));
            entry.link()
                    .ifPresent(link ->
                            what.append(" ([link](").append(escapeLink(link)).append("))"));
            if (entry.isCorrected()) {
                what.append(" _(")
                        .append(escape(Format.corrections(entry, formatter)))
                        .append(")_");
            }
            out.append("| ")
                    .append(formatter.format(entry.at()))
                    .append(" | ")
                    .append(Format.phase(entry.phase(), "—"))
                    .append(" | ")
                    .append(escape(entry.source()))
                    .append(" | ")
                    .append(what)
                    .append(" |\n");
        }
        return out.toString();
    }

    /** Escapes what would break a table cell: pipes, backslashes and line breaks. */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("\r\n", " ")
                .replace('\n', ' ')
                .replace('\r', ' ');
    }

    private static String escapeLink(String link) {
        return link.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("|", "%7C");
    }
}
