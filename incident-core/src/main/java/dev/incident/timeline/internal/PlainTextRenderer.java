package dev.incident.timeline.internal;

import dev.incident.timeline.Timeline;
import dev.incident.timeline.TimelineEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Renders a {@link Timeline} as aligned plain text. Stateless and thread-safe. */
public final class PlainTextRenderer {
    private PlainTextRenderer() {}

    /** Renders {@code timeline} with times in {@code zone}. */
    public static String render(Timeline timeline, ZoneId zone) {
        DateTimeFormatter formatter = Format.formatter(
                timeline.entries().stream().map(TimelineEntry::at).toList(), zone);
        int sourceWidth = "source".length();
        int phaseWidth = "phase".length();
        for (TimelineEntry entry : timeline.entries()) {
            sourceWidth = Math.max(sourceWidth, entry.source().length());
            phaseWidth = Math.max(phaseWidth, Format.phase(entry.phase(), "-").length());
        }
        StringBuilder out = new StringBuilder();
        out.append(timeline.incident().id())
                .append(' ')
                .append(oneLine(timeline.incident().title()))
                .append(" (times in ")
                .append(Format.zone(zone))
                .append(")\n");
        for (TimelineEntry entry : timeline.entries()) {
            out.append(formatter.format(entry.at()))
                    .append("  ")
                    .append(pad(Format.phase(entry.phase(), "-"), phaseWidth))
                    .append("  ")
                    .append(pad(entry.source(), sourceWidth))
                    .append("  ")
                    .append(oneLine(entry.text()));
            entry.link().ifPresent(link -> out.append(" <").append(link).append('>'));
            if (entry.isCorrected()) {
                out.append(" [")
                        .append(oneLine(Format.corrections(entry, formatter)))
                        .append(']');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
