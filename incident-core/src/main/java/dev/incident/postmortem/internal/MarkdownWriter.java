package dev.incident.postmortem.internal;

import dev.incident.postmortem.FollowUp;
import dev.incident.postmortem.FollowUpStatus;
import dev.incident.postmortem.Postmortem;
import dev.incident.postmortem.PostmortemImpact;
import dev.incident.postmortem.PostmortemStatus;
import dev.incident.postmortem.Section;
import dev.incident.postmortem.TimelineRow;
import dev.incident.timeline.EntryKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Renders a postmortem as Markdown that {@link MarkdownReader} reads back to an equal postmortem. Stateless. */
public final class MarkdownWriter {
    private MarkdownWriter() {}

    /** Renders {@code postmortem}. */
    public static String render(Postmortem postmortem) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(postmortem.title()).append("\n\n");
        postmortem.incidentReference().ifPresent(reference -> field(out, "Incident", reference));
        field(out, "Status", status(postmortem.status()));
        postmortem.date().ifPresent(date -> field(out, "Date", date.toString()));
        if (!postmortem.authors().isEmpty()) {
            field(out, "Authors", String.join(", ", postmortem.authors()));
        }
        postmortem.location().ifPresent(location -> field(out, "Document", location));
        postmortem.summary().ifPresent(text -> section(out, 2, Section.SUMMARY.title(), text));
        postmortem.impact().ifPresent(impact -> impact(out, impact));
        postmortem.trigger().ifPresent(text -> section(out, 2, Section.TRIGGER.title(), text));
        postmortem.detection().ifPresent(text -> section(out, 2, Section.DETECTION.title(), text));
        lines(out, Section.ROOT_CAUSES.title(), postmortem.rootCauses());
        lines(out, "Contributing factors", postmortem.contributingFactors());
        postmortem.resolution().ifPresent(text -> section(out, 2, Section.RESOLUTION.title(), text));
        timeline(out, postmortem);
        lessons(out, postmortem);
        for (Map.Entry<String, String> entry : postmortem.additionalSections().entrySet()) {
            section(out, 2, entry.getKey(), entry.getValue());
        }
        followUps(out, postmortem.followUps());
        return out.toString();
    }

    /** The status as the header shows it. */
    public static String status(PostmortemStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "In review";
            case PUBLISHED -> "Published";
        };
    }

    private static void field(StringBuilder out, String key, String value) {
        out.append("- **").append(key).append(":** ").append(value).append('\n');
    }

    private static void heading(StringBuilder out, int level, String title) {
        if (out.length() > 0 && out.charAt(out.length() - 1) == '\n' && !endsWithBlankLine(out)) {
            out.append('\n');
        }
        out.append("#".repeat(level)).append(' ').append(title).append("\n\n");
    }

    private static boolean endsWithBlankLine(StringBuilder out) {
        return out.length() >= 2 && out.charAt(out.length() - 2) == '\n';
    }

    private static void section(StringBuilder out, int level, String title, String body) {
        heading(out, level, title);
        if (!body.isEmpty()) {
            out.append(body).append("\n\n");
        }
    }

    private static void impact(StringBuilder out, PostmortemImpact impact) {
        heading(out, 2, Section.IMPACT.title());
        int before = out.length();
        impact.startedAt().ifPresent(at -> field(out, "Started", Times.instant(at)));
        impact.mitigatedAt().ifPresent(at -> field(out, "Mitigated", Times.instant(at)));
        impact.resolvedAt().ifPresent(at -> field(out, "Resolved", Times.instant(at)));
        impact.duration().ifPresent(duration -> field(out, "Duration", Times.duration(duration)));
        if (!impact.affectedServices().isEmpty()) {
            field(out, "Affected services", String.join(", ", impact.affectedServices()));
        }
        impact.usersAffected().ifPresent(users -> field(out, "Users affected", Long.toString(users)));
        impact.requestsAffected().ifPresent(requests -> field(out, "Requests affected", Long.toString(requests)));
        if (out.length() > before) {
            out.append('\n');
        }
        if (!impact.description().isEmpty()) {
            out.append(impact.description()).append("\n\n");
        }
    }

    private static void lines(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        heading(out, 2, title);
        if (lines.size() == 1 && !startsLikeBlock(lines.get(0))) {
            out.append(lines.get(0)).append("\n\n");
            return;
        }
        for (String line : lines) {
            out.append("- ").append(line).append('\n');
        }
        out.append('\n');
    }

    /** Whether a line would not read back as a plain paragraph. */
    private static boolean startsLikeBlock(String line) {
        return line.matches("^(?:[-*+>#|]|\\d+[.)]).*");
    }

    private static void timeline(StringBuilder out, Postmortem postmortem) {
        Optional<String> gantt = GanttChart.render(postmortem);
        if (postmortem.timeline().isEmpty() && gantt.isEmpty()) {
            return;
        }
        heading(out, 2, Section.TIMELINE.title());
        if (!postmortem.timeline().isEmpty()) {
            out.append("| Time (UTC) | Kind | Event |\n| --- | --- | --- |\n");
            for (TimelineRow row : postmortem.timeline()) {
                String time = row.timeKnown()
                        ? row.date().map(date -> date + " ").orElse("") + Times.time(row.time())
                        : row.date().map(LocalDate::toString).orElse("");
                out.append("| ")
                        .append(time)
                        .append(" | ")
                        .append(row.kindInferred() ? "" : kind(row.kind()))
                        .append(" | ")
                        .append(Text.cell(row.text()))
                        .append(" |\n");
            }
            out.append('\n');
        }
        gantt.ifPresent(chart -> out.append("```mermaid\n").append(chart).append("```\n\n"));
    }

    /** An entry kind as a table shows it: {@code role change}. */
    public static String kind(EntryKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static void lessons(StringBuilder out, Postmortem postmortem) {
        int level = 2;
        if (postmortem.lessonsLearned().isPresent()) {
            section(out, 2, Section.LESSONS.title(), postmortem.lessonsLearned().get());
            level = 3;
        }
        int sub = level;
        postmortem.wentWell().ifPresent(text -> section(out, sub, "What went well", text));
        postmortem.wentWrong().ifPresent(text -> section(out, sub, "What went wrong", text));
        postmortem.gotLucky().ifPresent(text -> section(out, sub, "Where we got lucky", text));
    }

    private static void followUps(StringBuilder out, List<FollowUp> followUps) {
        if (followUps.isEmpty()) {
            return;
        }
        heading(out, 2, Section.FOLLOW_UPS.title());
        out.append("| Action | Kind | Owner | Due | Priority | Tracker | Status |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (FollowUp followUp : followUps) {
            String kind = followUp.kindInferred()
                    ? ""
                    : followUp.kind()
                            .map(k -> k.name().toLowerCase(Locale.ROOT))
                            .orElse("");
            String status = status(followUp.status())
                    + followUp.statusReason().map(reason -> ": " + reason).orElse("");
            out.append("| ")
                    .append(Text.cell(followUp.title()))
                    .append(" | ")
                    .append(kind)
                    .append(" | ")
                    .append(Text.cell(followUp.owner().orElse("")))
                    .append(" | ")
                    .append(followUp.due().map(Object::toString).orElse(""))
                    .append(" | ")
                    .append(Text.cell(followUp.priority().orElse("")))
                    .append(" | ")
                    .append(Text.cell(followUp.tracker().orElse("")))
                    .append(" | ")
                    .append(Text.cell(status))
                    .append(" |\n");
        }
        out.append('\n');
    }

    /** A follow-up status as a table shows it. */
    public static String status(FollowUpStatus status) {
        return switch (status) {
            case OPEN -> "open";
            case DONE -> "done";
            case WONT_DO -> "won't do";
        };
    }
}
