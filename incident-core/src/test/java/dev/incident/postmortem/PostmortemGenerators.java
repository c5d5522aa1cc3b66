package dev.incident.postmortem;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.incident.postmortem.internal.Wording;
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
import org.quicktheories.core.Gen;

/** Domain generators for postmortems, built by combining small generators. */
final class PostmortemGenerators {
    private static final List<String> WORDS = List.of(
            "the",
            "cache",
            "queue",
            "deploy",
            "service",
            "latency",
            "region",
            "users",
            "checkout",
            "database",
            "config",
            "retry",
            "timeout",
            "worker",
            "load",
            "balancer",
            "certificate",
            "index",
            "payments",
            "was",
            "slow",
            "after",
            "during",
            "migration",
            "traffic",
            "errors",
            "rose",
            "for",
            "many",
            "requests");
    private static final List<String> OWNERS = List.of("@priya", "@marco", "payments team", "@a.b-c");

    private PostmortemGenerators() {}

    /** A sentence of 1 to 8 plain words. */
    static Gen<String> sentence() {
        return lists().of(arbitrary().pick(WORDS)).ofSizeBetween(1, 8).map(words -> String.join(" ", words));
    }

    /** One to three paragraphs of sentences. */
    static Gen<String> paragraphs() {
        return lists().of(sentence().map(s -> s + ".")).ofSizeBetween(1, 3).map(list -> String.join("\n\n", list));
    }

    static Gen<LocalDate> dates() {
        return integers().between(19_000, 21_000).map((Integer day) -> LocalDate.ofEpochDay(day));
    }

    static Gen<LocalTime> times() {
        return integers().between(0, 86_399).map((Integer second) -> LocalTime.ofSecondOfDay(second));
    }

    static Gen<Instant> instants() {
        return longs().between(1_600_000_000L, 1_900_000_000L).map((Long second) -> Instant.ofEpochSecond(second));
    }

    static <T> Gen<Optional<T>> optional(Gen<T> gen) {
        return gen.toOptionals(40);
    }

    /** A row whose kind is stated, or inferred exactly as the parser infers it. */
    static Gen<TimelineRow> row(Optional<LocalDate> date) {
        Gen<Optional<EntryKind>> stated = optional(arbitrary().enumValues(EntryKind.class));
        return times().zip(
                        sentence(),
                        stated,
                        (time, text, kind) -> TimelineRow.builder()
                                .date(date)
                                .time(time)
                                .text(text)
                                .kind(kind.orElseGet(() -> Wording.entryKind(text)))
                                .kindInferred(kind.isEmpty())
                                .build());
    }

    static Gen<FollowUp> followUp() {
        Gen<Optional<FollowUpKind>> stated = optional(arbitrary().enumValues(FollowUpKind.class));
        Gen<Optional<String>> owner = optional(arbitrary().pick(OWNERS));
        Gen<Optional<LocalDate>> due = optional(dates());
        Gen<Optional<String>> priority = optional(arbitrary().pick(List.of("P1", "P2", "high")));
        Gen<Optional<String>> tracker = optional(arbitrary().pick(List.of("PAY-1", "https://t.example/1")));
        Gen<FollowUpStatus> status = arbitrary().enumValues(FollowUpStatus.class);
        Gen<Optional<String>> reason = optional(sentence());
        Gen<FollowUp.Builder> base = sentence().zip(stated, owner, due, (title, kind, who, when) -> {
            Optional<FollowUpKind> inferred = Wording.followUpKind(title);
            return FollowUp.builder()
                    .title(title)
                    .kind(kind.isPresent() ? kind : inferred)
                    .kindInferred(kind.isEmpty() && inferred.isPresent())
                    .owner(who)
                    .due(when);
        });
        return base.zip(
                        priority,
                        tracker,
                        status,
                        (builder, p, t, s) -> builder.priority(p).tracker(t).status(s))
                .zip(reason, (builder, r) -> builder.statusReason(r).build());
    }

    static Gen<PostmortemImpact> impact() {
        Gen<PostmortemImpact.Builder> window = optional(instants())
                .zip(
                        optional(instants()),
                        optional(instants()),
                        optional(integers().between(0, 300_000)),
                        (start, mitigated, resolved, seconds) -> PostmortemImpact.builder()
                                .startedAt(start)
                                .mitigatedAt(mitigated)
                                .resolvedAt(resolved)
                                .duration(seconds.map(Duration::ofSeconds)));
        Gen<List<String>> services = lists().of(arbitrary().pick(List.of("checkout", "search", "login api")))
                .ofSizeBetween(0, 3);
        Gen<Optional<Long>> users = optional(longs().between(0, 1_000_000_000L));
        Gen<Optional<Long>> requests = optional(longs().between(0, 1_000_000_000L));
        Gen<String> description =
                arbitrary().pick(List.of("", "x")).zip(paragraphs(), (empty, text) -> empty.isEmpty() ? "" : text);
        return window.zip(services, users, requests, (builder, s, u, r) -> {
                    builder.affectedServices(s);
                    u.ifPresent(builder::usersAffected);
                    r.ifPresent(builder::requestsAffected);
                    return builder;
                })
                .zip(description, (builder, text) -> builder.description(text).build());
    }

    /** Any postmortem that renders and reads back equal. */
    static Gen<Postmortem> postmortems() {
        Gen<Postmortem.Builder> header = sentence()
                .zip(
                        optional(arbitrary().pick(List.of("INC-1", "INC-42", "ops.7"))),
                        lists().of(arbitrary().pick(List.of("priya", "marco", "aiko")))
                                .ofSizeBetween(0, 3),
                        arbitrary().enumValues(PostmortemStatus.class),
                        (title, reference, authors, status) -> Postmortem.builder()
                                .title(title)
                                .incidentReference(reference)
                                .authors(authors)
                                .status(status));
        Gen<Postmortem.Builder> dated = header.zip(
                optional(dates()),
                optional(arbitrary().pick(List.of("https://docs.example/pm/1", "pm/42.md"))),
                (builder, date, location) -> builder.date(date).location(location));
        Gen<Postmortem.Builder> texts = dated.zip(
                optional(paragraphs()),
                optional(paragraphs()),
                optional(paragraphs()),
                (builder, s, t, d) -> builder.summary(s).trigger(t).detection(d));
        Gen<Postmortem.Builder> more = texts.zip(
                optional(paragraphs()),
                optional(impact()),
                lists().of(sentence()).ofSizeBetween(0, 3),
                (builder, resolution, impact, causes) ->
                        builder.resolution(resolution).impact(impact).rootCauses(causes));
        Gen<Postmortem.Builder> lessons = more.zip(
                optional(paragraphs()),
                optional(paragraphs()),
                optional(paragraphs()),
                (builder, l, w, g) -> builder.lessonsLearned(l).wentWell(w).gotLucky(g));
        Gen<Postmortem.Builder> lists = lessons.zip(
                lists().of(sentence()).ofSizeBetween(0, 2),
                lists().of(followUp()).ofSizeBetween(0, 4),
                optional(paragraphs()),
                (builder, factors, followUps, wrong) -> builder.contributingFactors(factors)
                        .followUps(followUps)
                        .wentWrong(wrong));
        Gen<Map<String, String>> additional = lists().of(
                        arbitrary().pick(List.of("Five whys", "Lead-up", "Responders", "Security review")))
                .ofSizeBetween(0, 2)
                .zip(paragraphs(), (headings, body) -> {
                    Map<String, String> sections = new LinkedHashMap<>();
                    headings.forEach(heading -> sections.put(heading, body));
                    return sections;
                });
        Gen<Integer> rowCount = integers().between(0, 5);
        return lists.zip(additional, rowCount, booleans().all(), (builder, sections, count, unused) -> {
                    builder.additionalSections(sections);
                    return builder;
                })
                .flatMap(builder -> {
                    Postmortem partial = builder.build();
                    return lists().of(row(partial.date()))
                            .ofSizeBetween(0, 5)
                            .map(rows -> Postmortem.builder()
                                    .from(partial)
                                    .timeline(rows)
                                    .build());
                });
    }

    /** A quantified impact, a well-ordered timeline, a blameless root cause, a preventing follow-up. */
    static Postmortem.Builder complete(Postmortem.Builder builder, LocalDate date) {
        return builder.date(date)
                .summary("A deploy broke checkout for some users.")
                .impact(PostmortemImpact.builder()
                        .description("8% of checkout requests failed for 18 minutes.")
                        .build())
                .timeline(List.of(
                        TimelineRow.of(date, LocalTime.of(14, 3), EntryKind.DETECTION, "Error-rate alert fired"),
                        TimelineRow.of(date, LocalTime.of(14, 14), EntryKind.MITIGATION, "Rolled back the deploy"),
                        TimelineRow.of(date, LocalTime.of(16, 31), EntryKind.RESOLUTION, "Incident resolved")))
                .rootCauses(List.of("No test covered currencies without minor units."))
                .followUps(List.of(FollowUp.builder()
                        .title("Page on checkout 5xx rate")
                        .kind(FollowUpKind.DETECT)
                        .owner("@priya")
                        .due(date.plusDays(14))
                        .build()));
    }

    static List<Section> subsets(List<Section> sections, int mask) {
        List<Section> chosen = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                chosen.add(sections.get(i));
            }
        }
        return chosen;
    }
}
