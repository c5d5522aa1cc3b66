package dev.incident.postmortem.internal;

import dev.incident.postmortem.CompletenessProfile;
import dev.incident.postmortem.CompletenessReport;
import dev.incident.postmortem.Finding;
import dev.incident.postmortem.FindingSeverity;
import dev.incident.postmortem.FollowUp;
import dev.incident.postmortem.FollowUpStatus;
import dev.incident.postmortem.LanguageChecker;
import dev.incident.postmortem.LanguageFinding;
import dev.incident.postmortem.Position;
import dev.incident.postmortem.Postmortem;
import dev.incident.postmortem.PostmortemDocument;
import dev.incident.postmortem.PostmortemImpact;
import dev.incident.postmortem.Rule;
import dev.incident.postmortem.Section;
import dev.incident.postmortem.TimelineRow;
import dev.incident.timeline.EntryKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/** The completeness rules. Stateless; each check is one pass over the postmortem. */
public final class Completeness {
    private static final Set<EntryKind> DETECTED = EnumSet.of(EntryKind.DETECTION, EntryKind.DECLARATION);
    private static final Set<EntryKind> MITIGATED = EnumSet.of(EntryKind.MITIGATION);
    private static final Set<EntryKind> RESOLVED = EnumSet.of(EntryKind.RESOLUTION, EntryKind.VERIFICATION);
    private static final Set<String> HIGH_PRIORITIES = Set.of("p0", "p1", "high", "critical", "urgent", "highest");
    private static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);

    private Completeness() {}

    /** Checks a postmortem built in code: no positions. */
    public static CompletenessReport check(
            CompletenessProfile profile, LanguageChecker checker, Postmortem postmortem) {
        String markdown = MarkdownWriter.render(postmortem);
        return new Check(profile, postmortem, Optional.empty()).run(checker, markdown, MarkdownReader.parse(markdown));
    }

    /** Checks a postmortem read from Markdown: findings point at lines. */
    public static CompletenessReport check(
            CompletenessProfile profile, LanguageChecker checker, PostmortemDocument document) {
        return new Check(profile, document.postmortem(), Optional.of(document))
                .run(checker, document.markdown(), document);
    }

    private static final class Check {
        private final CompletenessProfile profile;
        private final Postmortem postmortem;
        private final Optional<PostmortemDocument> document;
        private final List<Finding> findings = new ArrayList<>();

        Check(CompletenessProfile profile, Postmortem postmortem, Optional<PostmortemDocument> document) {
            this.profile = profile;
            this.postmortem = postmortem;
            this.document = document;
        }

        CompletenessReport run(LanguageChecker checker, String markdown, PostmortemDocument sections) {
            sections();
            impact();
            timeline();
            rootCauses();
            followUps();
            language(checker, markdown, sections);
            List<Section> sectionOrder = new ArrayList<>(profile.requiredSections());
            sectionOrder.addAll(profile.recommendedSections());
            findings.sort(Comparator.<Finding, Boolean>comparing(
                            finding -> finding.position().isPresent())
                    .thenComparing(finding -> finding.position().orElse(Position.line(1)))
                    .thenComparing(finding -> finding.section()
                            .map(sectionOrder::indexOf)
                            .filter(index -> index >= 0)
                            .orElse(sectionOrder.size()))
                    .thenComparing(Finding::rule)
                    .thenComparing(Finding::message));
            return CompletenessReport.builder()
                    .profileName(profile.name())
                    .findings(findings)
                    .build();
        }

        private void add(Rule rule, Optional<Section> section, Optional<Position> position, String message) {
            add(rule, section, position, message, rule.hint());
        }

        private void add(
                Rule rule, Optional<Section> section, Optional<Position> position, String message, String hint) {
            profile.severity(rule)
                    .ifPresent(severity -> findings.add(Finding.builder()
                            .rule(rule)
                            .severity(severity)
                            .section(section)
                            .message(message)
                            .hint(hint)
                            .position(document.isPresent() ? position : Optional.empty())
                            .build()));
        }

        private Optional<Position> heading(Section section) {
            return document.flatMap(doc -> doc.position(section));
        }

        private Optional<Position> at(List<Position> positions, int index) {
            return document.isPresent() && index < positions.size()
                    ? Optional.of(positions.get(index))
                    : Optional.empty();
        }

        // ---- sections

        private void sections() {
            for (Section section : profile.requiredSections()) {
                if (!present(section)) {
                    add(
                            Rule.SECTION_MISSING,
                            Optional.of(section),
                            Optional.empty(),
                            "The required section \"" + section.title() + "\" is missing" + alsoKnownAs(section) + ".");
                } else if (trivial(section)) {
                    add(
                            Rule.SECTION_TRIVIAL,
                            Optional.of(section),
                            heading(section),
                            "The required section \"" + section.title() + "\" is empty or a placeholder.");
                }
            }
            for (Section section : profile.recommendedSections()) {
                if (!present(section)) {
                    add(
                            Rule.RECOMMENDED_SECTION_MISSING,
                            Optional.of(section),
                            Optional.empty(),
                            "The recommended section \"" + section.title() + "\" is missing" + alsoKnownAs(section)
                                    + ".");
                } else if (trivial(section)) {
                    add(
                            Rule.RECOMMENDED_SECTION_MISSING,
                            Optional.of(section),
                            heading(section),
                            "The recommended section \"" + section.title() + "\" is empty or a placeholder.");
                }
            }
        }

        private static String alsoKnownAs(Section section) {
            if (section.synonyms().isEmpty()) {
                return "";
            }
            StringJoiner names = new StringJoiner("\", \"", " (headings also recognised: \"", "\")");
            section.synonyms().stream().limit(4).forEach(names::add);
            return names.toString();
        }

        private boolean present(Section section) {
            if (document.isPresent() && document.get().position(section).isPresent()) {
                return true;
            }
            if (section.equals(Section.SUMMARY)) {
                return postmortem.summary().isPresent();
            } else if (section.equals(Section.IMPACT)) {
                return postmortem.impact().isPresent();
            } else if (section.equals(Section.TIMELINE)) {
                return !postmortem.timeline().isEmpty();
            } else if (section.equals(Section.ROOT_CAUSES)) {
                return !postmortem.rootCauses().isEmpty()
                        || !postmortem.contributingFactors().isEmpty();
            } else if (section.equals(Section.TRIGGER)) {
                return postmortem.trigger().isPresent();
            } else if (section.equals(Section.DETECTION)) {
                return postmortem.detection().isPresent();
            } else if (section.equals(Section.RESOLUTION)) {
                return postmortem.resolution().isPresent();
            } else if (section.equals(Section.LESSONS)) {
                return lessons().stream().anyMatch(Optional::isPresent);
            } else if (section.equals(Section.FOLLOW_UPS)) {
                return !postmortem.followUps().isEmpty();
            }
            return postmortem.additionalSection(section).isPresent();
        }

        private List<Optional<String>> lessons() {
            return List.of(
                    postmortem.lessonsLearned(), postmortem.wentWell(), postmortem.wentWrong(), postmortem.gotLucky());
        }

        private static boolean trivial(Optional<String> text) {
            return text.isEmpty() || Text.isTrivial(text.get());
        }

        private boolean trivial(Section section) {
            if (section.equals(Section.SUMMARY)) {
                return trivial(postmortem.summary());
            } else if (section.equals(Section.IMPACT)) {
                return postmortem.impact().map(Check::trivialImpact).orElse(true);
            } else if (section.equals(Section.TIMELINE)) {
                return postmortem.timeline().isEmpty();
            } else if (section.equals(Section.ROOT_CAUSES)) {
                return postmortem.rootCauses().stream().allMatch(Text::isTrivial)
                        && postmortem.contributingFactors().stream().allMatch(Text::isTrivial);
            } else if (section.equals(Section.TRIGGER)) {
                return trivial(postmortem.trigger());
            } else if (section.equals(Section.DETECTION)) {
                return trivial(postmortem.detection());
            } else if (section.equals(Section.RESOLUTION)) {
                return trivial(postmortem.resolution());
            } else if (section.equals(Section.LESSONS)) {
                return lessons().stream().allMatch(Check::trivial);
            } else if (section.equals(Section.FOLLOW_UPS)) {
                return postmortem.followUps().isEmpty();
            }
            return trivial(postmortem.additionalSection(section));
        }

        private static boolean trivialImpact(PostmortemImpact impact) {
            return Text.isTrivial(impact.description())
                    && impact.startedAt().isEmpty()
                    && impact.mitigatedAt().isEmpty()
                    && impact.resolvedAt().isEmpty()
                    && impact.duration().isEmpty()
                    && impact.affectedServices().isEmpty()
                    && impact.usersAffected().isEmpty()
                    && impact.requestsAffected().isEmpty();
        }

        // ---- impact

        private void impact() {
            Optional<PostmortemImpact> impact = postmortem.impact();
            // The duration may be stated in the impact section or, as in many templates, in the summary
            // ("down for 66 minutes"); the scope must be in the impact section.
            boolean duration = impact.map(
                                    i -> i.effectiveDuration().isPresent() || Wording.statesDuration(i.description()))
                            .orElse(false)
                    || (impact.isPresent()
                            && postmortem.summary().map(Wording::statesDuration).orElse(false));
            boolean scope = impact.map(i -> i.usersAffected().isPresent()
                            || i.requestsAffected().isPresent()
                            || Wording.statesScope(i.description()))
                    .orElse(false);
            if (duration && scope) {
                return;
            }
            String missing = !duration && !scope
                    ? "no duration and no measure of scope"
                    : !duration
                            ? "no duration (start and end, or how long)"
                            : "no measure of scope (how many users, requests, orders, or what share)";
            add(
                    Rule.IMPACT_NOT_QUANTIFIED,
                    Optional.of(Section.IMPACT),
                    heading(Section.IMPACT),
                    "The impact is not quantified: " + missing + ".");
        }

        // ---- timeline

        private void timeline() {
            List<TimelineRow> rows = postmortem.timeline();
            List<String> missing = new ArrayList<>();
            if (rows.stream().noneMatch(row -> DETECTED.contains(row.kind()))) {
                missing.add("detection");
            }
            if (rows.stream().noneMatch(row -> MITIGATED.contains(row.kind()))) {
                missing.add("mitigation");
            }
            if (rows.stream().noneMatch(row -> RESOLVED.contains(row.kind()))) {
                missing.add("resolution");
            }
            if (!missing.isEmpty()) {
                add(
                        Rule.TIMELINE_INCOMPLETE,
                        Optional.of(Section.TIMELINE),
                        heading(Section.TIMELINE),
                        rows.isEmpty()
                                ? "There is no timeline: it should show detection, mitigation and resolution."
                                : "The timeline has no " + String.join(", no ", missing) + " row.");
            }
            List<LocalDateTime> times = effectiveTimes(rows);
            List<Position> positions =
                    document.map(PostmortemDocument::timelinePositions).orElse(List.of());
            for (int i = 1; i < rows.size(); i++) {
                if (before(rows, times, i, i - 1)) {
                    add(
                            Rule.TIMELINE_OUT_OF_ORDER,
                            Optional.of(Section.TIMELINE),
                            at(positions, i),
                            "The row at " + describe(rows.get(i)) + " comes after a row at " + describe(rows.get(i - 1))
                                    + ".");
                }
            }
            // Mitigation before detection is not checked: automation (a failover, autoscaling, a circuit
            // breaker) often stops or limits the impact before a person is paged. Kinds are inferred from
            // wording, so every mitigation row counts as evidence, the earliest included; resolution is
            // out of order only when it comes before all of them.
            int mitigation = first(rows, times, MITIGATED);
            int resolution = first(rows, times, RESOLVED);
            if (mitigation >= 0 && resolution >= 0 && before(rows, times, resolution, mitigation)) {
                add(
                        Rule.TIMELINE_OUT_OF_ORDER,
                        Optional.of(Section.TIMELINE),
                        at(positions, resolution),
                        "The first resolution (" + describe(rows.get(resolution)) + ") is earlier than the first"
                                + " mitigation (" + describe(rows.get(mitigation)) + ").");
            }
            document.ifPresent(doc -> {
                for (Position untimed : doc.untimedTimelineRows()) {
                    add(
                            Rule.TIMELINE_ROW_WITHOUT_TIME,
                            Optional.of(Section.TIMELINE),
                            Optional.of(untimed),
                            "This timeline row has no time that could be read.");
                }
                for (Position unconverted : doc.unconvertedTimelineRows()) {
                    add(
                            Rule.TIMELINE_ROW_WITHOUT_TIME,
                            Optional.of(Section.TIMELINE),
                            Optional.of(unconverted),
                            "This row's time is kept as written, not in UTC: its time zone is ambiguous or"
                                    + " unknown, needs a date the row lacks, or does not hold on its date.",
                            "Write the zone as an offset (14:02 UTC+5:30) or an IANA id (Asia/Kolkata), and"
                                    + " date the rows.");
                }
            });
        }

        /** Whether row {@code a} is earlier than row {@code b}; by date alone when either has no time of day. */
        private static boolean before(List<TimelineRow> rows, List<LocalDateTime> times, int a, int b) {
            if (!rows.get(a).timeKnown() || !rows.get(b).timeKnown()) {
                return times.get(a).toLocalDate().isBefore(times.get(b).toLocalDate());
            }
            return times.get(a).isBefore(times.get(b));
        }

        /** The earliest row of one of the kinds, by time. */
        private static int first(List<TimelineRow> rows, List<LocalDateTime> times, Set<EntryKind> kinds) {
            int found = -1;
            for (int i = 0; i < rows.size(); i++) {
                if (kinds.contains(rows.get(i).kind())
                        && (found < 0 || times.get(i).isBefore(times.get(found)))) {
                    found = i;
                }
            }
            return found;
        }

        private static String describe(TimelineRow row) {
            if (!row.timeKnown()) {
                return row.date().map(LocalDate::toString).orElse("?");
            }
            return row.date().map(date -> date + " ").orElse("") + Times.time(row.time());
        }

        /** Rows' times on a common scale: bare times take the date before them, rolling over at midnight. */
        private List<LocalDateTime> effectiveTimes(List<TimelineRow> rows) {
            List<LocalDateTime> times = new ArrayList<>(rows.size());
            LocalDate context = postmortem.date().orElse(NO_DATE);
            LocalDateTime previous = null;
            for (TimelineRow row : rows) {
                LocalDateTime time;
                if (row.date().isPresent()) {
                    context = row.date().get();
                    time = context.atTime(row.time());
                } else {
                    time = context.atTime(row.time());
                    if (previous != null
                            && time.isBefore(previous)
                            && Duration.between(time, previous).toHours() >= 12) {
                        context = context.plusDays(1);
                        time = context.atTime(row.time());
                    }
                }
                times.add(time);
                previous = time;
            }
            return times;
        }

        // ---- root causes

        private void rootCauses() {
            List<Position> causePositions =
                    document.map(PostmortemDocument::rootCausePositions).orElse(List.of());
            List<Position> factorPositions = document.map(PostmortemDocument::contributingFactorPositions)
                    .orElse(List.of());
            blame(postmortem.rootCauses(), causePositions, "root cause");
            blame(postmortem.contributingFactors(), factorPositions, "contributing factor");
        }

        private void blame(List<String> causes, List<Position> positions, String what) {
            for (int i = 0; i < causes.size(); i++) {
                int index = i;
                Wording.blamingPhrase(causes.get(i))
                        .ifPresent(phrase -> add(
                                Rule.ROOT_CAUSE_BLAMES_PERSON,
                                Optional.of(Section.ROOT_CAUSES),
                                at(positions, index),
                                "The " + what + " blames a person (\"" + phrase
                                        + "\"); root causes are about the system."));
            }
        }

        // ---- follow-ups

        private void followUps() {
            List<FollowUp> followUps = postmortem.followUps();
            List<Position> positions =
                    document.map(PostmortemDocument::followUpPositions).orElse(List.of());
            Optional<Position> section = heading(Section.FOLLOW_UPS);
            if (followUps.isEmpty()) {
                add(Rule.NO_FOLLOW_UPS, Optional.of(Section.FOLLOW_UPS), section, "There are no follow-ups.");
            }
            boolean preventing = false;
            Optional<LocalDate> reference = postmortem.date();
            Times.DateContext dates = new Times.DateContext(
                    document.map(doc -> Times.dateOrder(doc.markdown())).orElse(Times.DateOrder.UNKNOWN), reference);
            for (int i = 0; i < followUps.size(); i++) {
                FollowUp followUp = followUps.get(i);
                Optional<Position> at = at(positions, i);
                String name = "Follow-up \"" + abbreviate(followUp.title()) + "\"";
                if (followUp.status() == FollowUpStatus.WONT_DO) {
                    if (followUp.statusReason().isEmpty()) {
                        add(
                                Rule.FOLLOW_UP_WONT_DO_WITHOUT_REASON,
                                Optional.of(Section.FOLLOW_UPS),
                                at,
                                name + " won't be done, and does not say why.");
                    }
                    continue;
                }
                Optional<String> vague = Wording.vaguePhrase(followUp.title());
                vague.ifPresent(phrase -> add(
                        Rule.FOLLOW_UP_VAGUE,
                        Optional.of(Section.FOLLOW_UPS),
                        at,
                        name + " is vague (\"" + phrase + "\"): it asks people to try harder instead of changing"
                                + " the system."));
                if (vague.isEmpty()
                        && followUp.kind().map(k -> k.preventsRecurrence()).orElse(false)) {
                    preventing = true;
                }
                if (followUp.owner().isEmpty()) {
                    add(Rule.FOLLOW_UP_NO_OWNER, Optional.of(Section.FOLLOW_UPS), at, name + " has no owner.");
                }
                if (followUp.isOpen() && followUp.due().isEmpty()) {
                    // a due date written in a way that cannot be read without guessing stays in the title
                    Optional<String> unreadable = Times.unreadableDate(followUp.title(), dates);
                    add(
                            Rule.FOLLOW_UP_NO_DUE_DATE,
                            Optional.of(Section.FOLLOW_UPS),
                            at,
                            name
                                    + unreadable
                                            .map(why -> " has no due date that could be read: " + why + ".")
                                            .orElse(" has no due date."));
                }
                if (followUp.kind().isEmpty() || followUp.kindInferred()) {
                    add(
                            Rule.FOLLOW_UP_KIND_NOT_STATED,
                            Optional.of(Section.FOLLOW_UPS),
                            at,
                            name
                                    + (followUp.kind().isEmpty()
                                            ? " does not state its kind, and none could be inferred."
                                            : " does not state its kind (inferred: "
                                                    + followUp.kind()
                                                            .get()
                                                            .name()
                                                            .toLowerCase(Locale.ROOT) + ")."));
                }
                if (followUp.isOpen() && followUp.due().isPresent() && reference.isPresent()) {
                    boolean high = followUp.priority()
                            .map(p -> HIGH_PRIORITIES.contains(p.toLowerCase(Locale.ROOT)))
                            .orElse(false);
                    Optional<Period> window = high
                            ? profile.priorityFollowUpDueWithin().or(profile::followUpDueWithin)
                            : profile.followUpDueWithin();
                    if (window.isPresent()) {
                        LocalDate limit = reference.get().plus(window.get());
                        if (followUp.due().get().isAfter(limit)) {
                            add(
                                    Rule.FOLLOW_UP_DUE_TOO_LATE,
                                    Optional.of(Section.FOLLOW_UPS),
                                    at,
                                    name + " is due " + followUp.due().get() + ", later than " + limit + " ("
                                            + Times.period(window.get()) + " after " + reference.get()
                                            + (high ? ", for a high-priority follow-up" : "") + ").");
                        }
                    }
                }
            }
            if (!preventing) {
                add(
                        Rule.NO_RECURRENCE_PREVENTION,
                        Optional.of(Section.FOLLOW_UPS),
                        section,
                        followUps.isEmpty()
                                ? "Nothing stops this from happening again: there is no follow-up that detects,"
                                        + " prevents or changes the process."
                                : "No follow-up detects, prevents or changes the process (kinds detect, prevent,"
                                        + " process); nothing stops a recurrence.");
            }
        }

        private static String abbreviate(String text) {
            return text.length() <= 60 ? text : text.substring(0, 57) + "...";
        }

        // ---- language

        private void language(LanguageChecker checker, String markdown, PostmortemDocument sections) {
            if (profile.severity(Rule.BLAMING_LANGUAGE).isEmpty()) {
                return;
            }
            FindingSeverity severity = profile.severity(Rule.BLAMING_LANGUAGE).get();
            List<LanguageFinding> found;
            try {
                found = checker.check(markdown);
            } catch (RuntimeException e) {
                findings.add(Finding.builder()
                        .rule(Rule.BLAMING_LANGUAGE)
                        .severity(FindingSeverity.WARNING)
                        .message("The language checker failed, so blaming language was not checked: " + e)
                        .hint("Report the failure to the checker's maintainers.")
                        .build());
                return;
            }
            for (LanguageFinding finding : found) {
                String matched = finding.matchedText().isBlank() ? "" : " (\"" + finding.matchedText() + "\")";
                findings.add(Finding.builder()
                        .rule(Rule.BLAMING_LANGUAGE)
                        .severity(finding.severity() == FindingSeverity.WARNING ? FindingSeverity.WARNING : severity)
                        .section(sections.sectionAt(finding.line()))
                        .message(finding.message() + matched + " [" + finding.ruleId() + "]")
                        .hint(finding.hint().orElse(Rule.BLAMING_LANGUAGE.hint()))
                        .position(
                                document.isPresent()
                                        ? Optional.of(new Position(finding.line(), finding.column()))
                                        : Optional.empty())
                        .build());
            }
        }
    }
}
