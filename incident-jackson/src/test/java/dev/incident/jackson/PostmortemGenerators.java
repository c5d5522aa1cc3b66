package dev.incident.jackson;

import static org.quicktheories.generators.SourceDSL.longs;

import dev.incident.postmortem.FollowUp;
import dev.incident.postmortem.FollowUpKind;
import dev.incident.postmortem.FollowUpStatus;
import dev.incident.postmortem.Postmortem;
import dev.incident.postmortem.PostmortemImpact;
import dev.incident.postmortem.PostmortemStatus;
import dev.incident.postmortem.TimelineRow;
import dev.incident.timeline.EntryKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.quicktheories.core.Gen;

/**
 * Generators of valid postmortems: every optional present or absent, empty and multi-line Markdown,
 * texts with quotes, backslashes, control characters, accents, CJK and astral characters, follow-ups
 * with stated, inferred and missing kinds, timeline rows with and without dates. Each postmortem is
 * built from a seed, so a failure names the seed that reproduces it.
 */
final class PostmortemGenerators {
    private static final String[] WORDS = {
        "checkout",
        "deploy",
        "alert",
        "rollback",
        "cache",
        "page",
        "runbook",
        "test",
        "limit",
        "the",
        "a",
        "fixed",
        "error",
        "rate",
        "monitoring",
        "validation",
        "timeout",
        "é",
        "日本",
        "😀",
        "\"quoted\"",
        "back\\slash",
        "tab\there",
        "<b>",
        "&amp;",
        "{json}",
        "[link](x)",
        "#",
        "|pipe|"
    };
    private static final String[] HEADINGS = {"Glossary", "Appendix", "Security review", "Costs", "Data notes"};

    private PostmortemGenerators() {}

    /** Valid postmortems. */
    static Gen<Postmortem> postmortems() {
        return longs().all().map(seed -> postmortem(new Random(seed)));
    }

    static Postmortem postmortem(Random random) {
        Postmortem.Builder builder = Postmortem.builder().title(line(random));
        if (random.nextBoolean()) {
            builder.incidentReference("INC-" + random.nextInt(10_000));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            builder.addAuthors("@" + word(random).replace(" ", "").replace(",", "") + i);
        }
        builder.status(PostmortemStatus.values()[random.nextInt(PostmortemStatus.values().length)]);
        if (random.nextBoolean()) {
            builder.date(date(random));
        }
        if (random.nextBoolean()) {
            builder.location("https://wiki.example/pm/" + random.nextInt(1000));
        }
        builder.summary(markdown(random))
                .trigger(markdown(random))
                .detection(markdown(random))
                .resolution(markdown(random))
                .lessonsLearned(markdown(random))
                .wentWell(markdown(random))
                .wentWrong(markdown(random))
                .gotLucky(markdown(random));
        if (random.nextBoolean()) {
            builder.impact(impact(random));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            builder.addRootCauses(line(random));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            builder.addContributingFactors(line(random));
        }
        for (int i = random.nextInt(6); i > 0; i--) {
            builder.addTimeline(row(random));
        }
        Map<String, String> additional = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            additional.put(
                    HEADINGS[random.nextInt(HEADINGS.length)] + " " + i,
                    markdown(random).orElse(""));
        }
        builder.additionalSections(additional);
        for (int i = random.nextInt(5); i > 0; i--) {
            builder.addFollowUps(followUp(random));
        }
        return builder.build();
    }

    private static PostmortemImpact impact(Random random) {
        PostmortemImpact.Builder impact = PostmortemImpact.builder();
        Instant start = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000));
        if (random.nextBoolean()) {
            impact.startedAt(start);
        }
        if (random.nextBoolean()) {
            impact.mitigatedAt(start.plusMillis(random.nextInt(10_000_000)));
        }
        if (random.nextBoolean()) {
            impact.resolvedAt(start.plusSeconds(random.nextInt(100_000)));
        }
        if (random.nextBoolean()) {
            impact.duration(Duration.ofSeconds(random.nextInt(400_000)));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            impact.addAffectedServices("service-" + i);
        }
        if (random.nextBoolean()) {
            impact.usersAffected(random.nextBoolean() ? random.nextInt(1_000_000) : Long.MAX_VALUE);
        }
        if (random.nextBoolean()) {
            impact.requestsAffected(random.nextInt(Integer.MAX_VALUE));
        }
        markdown(random).ifPresent(impact::description);
        return impact.build();
    }

    private static TimelineRow row(Random random) {
        TimelineRow.Builder row = TimelineRow.builder()
                .time(LocalTime.ofSecondOfDay(random.nextInt(86_400)).plusNanos(random.nextInt(1000)))
                .text(line(random))
                .kind(EntryKind.values()[random.nextInt(EntryKind.values().length)])
                .kindInferred(random.nextInt(4) == 0);
        if (random.nextBoolean()) {
            row.date(date(random));
            row.timeKnown(random.nextInt(4) != 0); // a row of day precision needs a date
        }
        return row.build();
    }

    private static FollowUp followUp(Random random) {
        FollowUp.Builder followUp = FollowUp.builder().title(line(random));
        int kind = random.nextInt(FollowUpKind.values().length + 2);
        if (kind < FollowUpKind.values().length) {
            followUp.kind(FollowUpKind.values()[kind]);
        } else if (kind == FollowUpKind.values().length) {
            followUp.kindInferred(true);
        }
        if (random.nextBoolean()) {
            followUp.owner("@" + word(random));
        }
        if (random.nextBoolean()) {
            followUp.due(date(random));
        }
        if (random.nextBoolean()) {
            followUp.priority("P" + random.nextInt(4));
        }
        if (random.nextBoolean()) {
            followUp.tracker("PAY-" + random.nextInt(9999));
        }
        followUp.status(FollowUpStatus.values()[random.nextInt(FollowUpStatus.values().length)]);
        if (random.nextBoolean()) {
            followUp.statusReason(line(random));
        }
        return followUp.build();
    }

    private static LocalDate date(Random random) {
        return LocalDate.ofEpochDay(random.nextInt(60_000));
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /** A line that is not blank, possibly with odd whitespace the model collapses. */
    private static String line(Random random) {
        List<String> words = new ArrayList<>();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            words.add(word(random));
        }
        return (random.nextInt(5) == 0 ? "  " : "") + String.join(random.nextInt(5) == 0 ? "  \n " : " ", words);
    }

    /** Absent, empty, or Markdown of a few lines. */
    private static Optional<String> markdown(Random random) {
        int shape = random.nextInt(5);
        if (shape == 0) {
            return Optional.empty();
        }
        if (shape == 1) {
            return Optional.of("");
        }
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(4); i >= 0; i--) {
            text.append(random.nextBoolean() ? "- " : "")
                    .append(line(random))
                    .append(random.nextBoolean() ? "\r\n" : "\n\n");
        }
        if (random.nextInt(10) == 0) {
            text.append('\u0001').append('\u2028');
        }
        return Optional.of(text.toString());
    }
}
