package dev.incident.postmortem.internal;

import dev.incident.postmortem.Postmortem;
import dev.incident.postmortem.PostmortemImpact;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The Mermaid gantt chart of a postmortem's impact window: user impact from start to mitigation,
 * then the time to resolution. Times in UTC with {@code dateFormat YYYY-MM-DD HH:mm:ss}, which
 * GitHub's Mermaid renders. Stateless.
 */
public final class GanttChart {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private GanttChart() {}

    /** Returns the chart (without the code fence), or empty when the window is not known. */
    public static Optional<String> render(Postmortem postmortem) {
        if (postmortem.impact().isEmpty()) {
            return Optional.empty();
        }
        PostmortemImpact impact = postmortem.impact().get();
        if (impact.startedAt().isEmpty()) {
            return Optional.empty();
        }
        Instant start = impact.startedAt().get();
        Optional<Instant> mitigated = impact.mitigatedAt().filter(at -> !at.isBefore(start));
        Optional<Instant> resolved = impact.resolvedAt().filter(at -> !at.isBefore(mitigated.orElse(start)));
        if (mitigated.isEmpty() && resolved.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        out.append("gantt\n");
        out.append("    title Impact window (UTC)\n");
        out.append("    dateFormat YYYY-MM-DD HH:mm:ss\n");
        out.append("    axisFormat %H:%M\n");
        out.append("    section Incident\n");
        if (mitigated.isPresent()) {
            out.append("    User impact until mitigated :crit, impact, ")
                    .append(format(start))
                    .append(", ")
                    .append(format(mitigated.get()))
                    .append('\n');
            resolved.ifPresent(at -> out.append("    Mitigated until resolved :active, recovery, ")
                    .append(format(mitigated.get()))
                    .append(", ")
                    .append(format(at))
                    .append('\n'));
        } else {
            out.append("    User impact until resolved :crit, impact, ")
                    .append(format(start))
                    .append(", ")
                    .append(format(resolved.get()))
                    .append('\n');
        }
        return Optional.of(out.toString());
    }

    private static String format(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(FORMAT);
    }
}
