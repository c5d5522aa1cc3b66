package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.incident.timeline.EntryKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each completeness rule's message, severity and position, one rule at a time. */
class CompletenessRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);
    private static final CompletenessValidator DEFAULT = CompletenessValidator.of(CompletenessProfile.DEFAULT);

    private static Postmortem.Builder complete() {
        return PostmortemGenerators.complete(Postmortem.builder().title("Checkout errors"), DAY);
    }

    private static List<String> messages(Postmortem postmortem, Rule rule) {
        return DEFAULT.validate(postmortem).findings(rule).stream()
                .map(Finding::message)
                .toList();
    }

    private static FollowUp.Builder followUp(String title) {
        return FollowUp.builder()
                .title(title)
                .kind(FollowUpKind.PREVENT)
                .owner("@dana")
                .due(DAY.plusDays(7));
    }

    @Test
    void should_say_what_is_missing_when_the_impact_is_not_quantified() {
        // GIVEN impacts missing a duration, a scope, or both
        PostmortemImpact noScope = PostmortemImpact.builder()
                .startedAt(Instant.parse("2026-03-04T14:00:00Z"))
                .resolvedAt(Instant.parse("2026-03-04T14:30:00Z"))
                .build();
        PostmortemImpact noDuration =
                PostmortemImpact.builder().requestsAffected(300).build();
        PostmortemImpact neither =
                PostmortemImpact.builder().description("Checkout was broken.").build();
        // WHEN validated THEN the message says which part is missing
        assertThat(messages(complete().impact(noScope).build(), Rule.IMPACT_NOT_QUANTIFIED))
                .containsExactly("The impact is not quantified: no measure of scope (how many users, requests, orders,"
                        + " or what share).");
        assertThat(messages(complete().impact(noDuration).build(), Rule.IMPACT_NOT_QUANTIFIED))
                .containsExactly("The impact is not quantified: no duration (start and end, or how long).");
        assertThat(messages(complete().impact(neither).build(), Rule.IMPACT_NOT_QUANTIFIED))
                .containsExactly("The impact is not quantified: no duration and no measure of scope.");
        // AND a duration in the summary counts, as long as there is an impact section
        assertThat(messages(
                        complete()
                                .impact(noDuration)
                                .summary("Checkout was down for 18 minutes.")
                                .build(),
                        Rule.IMPACT_NOT_QUANTIFIED))
                .isEmpty();
        assertThat(messages(
                        complete()
                                .impact(PostmortemImpact.builder()
                                        .usersAffected(5)
                                        .build())
                                .build(),
                        Rule.IMPACT_NOT_QUANTIFIED))
                .hasSize(1);
        assertThat(messages(
                        complete()
                                .impact(Optional.empty())
                                .summary("Checkout was down for 18 minutes.")
                                .build(),
                        Rule.IMPACT_NOT_QUANTIFIED))
                .containsExactly("The impact is not quantified: no duration and no measure of scope.");
    }

    @Test
    void should_list_the_missing_phases_when_the_timeline_is_incomplete() {
        assertThat(messages(complete().timeline(List.of()).build(), Rule.TIMELINE_INCOMPLETE))
                .containsExactly("There is no timeline: it should show detection, mitigation and resolution.");
        assertThat(messages(
                        complete()
                                .timeline(List.of(
                                        TimelineRow.of(DAY, LocalTime.of(14, 0), EntryKind.DECLARATION, "SEV2")))
                                .build(),
                        Rule.TIMELINE_INCOMPLETE))
                .containsExactly("The timeline has no mitigation, no resolution row.");
        assertThat(messages(
                        complete()
                                .timeline(List.of(
                                        TimelineRow.of(DAY, LocalTime.of(14, 0), EntryKind.MITIGATION, "Rolled back"),
                                        TimelineRow.of(DAY, LocalTime.of(14, 1), EntryKind.VERIFICATION, "Back")))
                                .build(),
                        Rule.TIMELINE_INCOMPLETE))
                .containsExactly("The timeline has no detection row.");
    }

    @Test
    void should_flag_resolution_before_mitigation_when_the_phases_are_out_of_order() {
        // GIVEN rows in time order whose first resolution precedes the first mitigation
        Postmortem postmortem = complete()
                .timeline(List.of(
                        TimelineRow.of(DAY, LocalTime.of(14, 0), EntryKind.DETECTION, "Alert fired"),
                        TimelineRow.of(DAY, LocalTime.of(14, 5), EntryKind.RESOLUTION, "Resolved"),
                        TimelineRow.of(DAY, LocalTime.of(14, 10), EntryKind.MITIGATION, "Rolled back"),
                        TimelineRow.of(DAY, LocalTime.of(14, 20), EntryKind.MITIGATION, "Scaled out")))
                .build();
        // WHEN validated THEN only the phase order is flagged
        assertThat(messages(postmortem, Rule.TIMELINE_OUT_OF_ORDER))
                .containsExactly("The first resolution (2026-03-04 14:05) is earlier than the first mitigation"
                        + " (2026-03-04 14:10).");
    }

    @Test
    void should_use_the_earliest_row_of_a_kind_when_rows_of_that_kind_are_unsorted() {
        // GIVEN two detections out of order, the earlier one before the mitigation
        Postmortem postmortem = complete()
                .timeline(List.of(
                        TimelineRow.of(DAY, LocalTime.of(14, 20), EntryKind.DETECTION, "Second alert"),
                        TimelineRow.of(DAY, LocalTime.of(14, 0), EntryKind.DETECTION, "First alert"),
                        TimelineRow.of(DAY, LocalTime.of(14, 10), EntryKind.MITIGATION, "Rolled back"),
                        TimelineRow.of(DAY, LocalTime.of(14, 30), EntryKind.RESOLUTION, "Resolved")))
                .build();
        // WHEN validated THEN the row order is flagged, but not the phase order
        assertThat(messages(postmortem, Rule.TIMELINE_OUT_OF_ORDER))
                .containsExactly("The row at 2026-03-04 14:00 comes after a row at 2026-03-04 14:20.");
    }

    @Test
    void should_roll_bare_times_over_midnight_only_when_the_clock_goes_back_twelve_hours_or_more() {
        // GIVEN undated rows going from noon to midnight, and from 11:59 to midnight
        Postmortem twelveHours = complete()
                .timeline(List.of(
                        row(LocalTime.of(12, 0), EntryKind.DETECTION, "Alert fired"),
                        row(LocalTime.of(0, 0), EntryKind.MITIGATION, "Rolled back"),
                        row(LocalTime.of(0, 30), EntryKind.RESOLUTION, "Resolved")))
                .build();
        Postmortem lessThanTwelve = complete()
                .timeline(List.of(
                        row(LocalTime.of(11, 59), EntryKind.DETECTION, "Alert fired"),
                        row(LocalTime.of(0, 0), EntryKind.MITIGATION, "Rolled back"),
                        row(LocalTime.of(0, 30), EntryKind.RESOLUTION, "Resolved")))
                .build();
        // WHEN validated THEN twelve hours back is the next day; less is a row out of order
        assertThat(messages(twelveHours, Rule.TIMELINE_OUT_OF_ORDER)).isEmpty();
        assertThat(messages(lessThanTwelve, Rule.TIMELINE_OUT_OF_ORDER))
                .containsExactly("The row at 00:00 comes after a row at 11:59.");
    }

    private static TimelineRow row(LocalTime time, EntryKind kind, String text) {
        return TimelineRow.builder().time(time).kind(kind).text(text).build();
    }

    @Test
    void should_report_each_follow_up_problem_by_name_when_follow_ups_are_incomplete() {
        // GIVEN follow-ups each missing something
        String longTitle = "Add a synthetic probe that exercises the whole checkout flow with a test card";
        Postmortem postmortem = complete()
                .followUps(List.of(
                        followUp("Reject bad configs").owner(Optional.empty()).build(),
                        followUp("Lint the deploy manifests")
                                .due(Optional.empty())
                                .build(),
                        followUp("Reject expired certificates")
                                .due(Optional.empty())
                                .status(FollowUpStatus.DONE)
                                .build(),
                        followUp(longTitle).kind(Optional.empty()).build(),
                        followUp("Look into it").kind(Optional.empty()).build(),
                        followUp("Be more careful with DNS").build(),
                        followUp("Drop the old cluster")
                                .status(FollowUpStatus.WONT_DO)
                                .build(),
                        followUp("Rewrite the cache")
                                .status(FollowUpStatus.WONT_DO)
                                .statusReason("replaced by the new store")
                                .owner(Optional.empty())
                                .build()))
                .build();
        CompletenessValidator validator = CompletenessValidator.of(
                CompletenessProfile.DEFAULT.withRule(Rule.FOLLOW_UP_KIND_NOT_STATED, FindingSeverity.WARNING));
        CompletenessReport report = validator.validate(postmortem);
        // THEN each problem names its follow-up
        assertThat(report.findings(Rule.FOLLOW_UP_NO_OWNER))
                .extracting(Finding::message)
                .containsExactly("Follow-up \"Reject bad configs\" has no owner.");
        assertThat(report.findings(Rule.FOLLOW_UP_NO_DUE_DATE))
                .extracting(Finding::message)
                .containsExactly("Follow-up \"Lint the deploy manifests\" has no due date.");
        assertThat(report.findings(Rule.FOLLOW_UP_KIND_NOT_STATED))
                .extracting(Finding::message)
                .containsExactly(
                        "Follow-up \"Add a synthetic probe that exercises the whole checkout f...\" does not"
                                + " state its kind (inferred: detect).",
                        "Follow-up \"Look into it\" does not state its kind, and none could be inferred.");
        assertThat(report.findings(Rule.FOLLOW_UP_VAGUE))
                .extracting(Finding::message)
                .containsExactly("Follow-up \"Be more careful with DNS\" is vague (\"Be more careful\"): it asks people"
                        + " to try harder instead of changing the system.");
        assertThat(report.findings(Rule.FOLLOW_UP_WONT_DO_WITHOUT_REASON))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.message())
                            .isEqualTo("Follow-up \"Drop the old cluster\" won't be done, and does not say why.");
                    assertThat(finding.severity()).isEqualTo(FindingSeverity.WARNING);
                });
        assertThat(report.findings(Rule.NO_RECURRENCE_PREVENTION)).isEmpty();
    }

    @Test
    void should_keep_a_title_of_sixty_characters_whole_when_naming_a_follow_up() {
        String sixty = "Add a canary stage that checks the checkout error rate first";
        assertThat(sixty).hasSize(60);
        assertThat(messages(
                        complete()
                                .followUps(List.of(
                                        followUp(sixty).owner(Optional.empty()).build()))
                                .build(),
                        Rule.FOLLOW_UP_NO_OWNER))
                .containsExactly("Follow-up \"" + sixty + "\" has no owner.");
    }

    @Test
    void should_not_count_vague_or_fixing_follow_ups_as_prevention_when_checking_for_recurrence() {
        // GIVEN only a vague "prevent" follow-up and a fix
        Postmortem postmortem = complete()
                .followUps(List.of(
                        followUp("Remind engineers about the freeze").build(),
                        followUp("Patch the rounding bug")
                                .kind(FollowUpKind.FIX)
                                .build()))
                .build();
        // WHEN validated THEN nothing prevents a recurrence
        assertThat(messages(postmortem, Rule.NO_RECURRENCE_PREVENTION))
                .containsExactly("No follow-up detects, prevents or changes the process (kinds detect, prevent,"
                        + " process); nothing stops a recurrence.");
        assertThat(messages(complete().followUps(List.of()).build(), Rule.NO_RECURRENCE_PREVENTION))
                .containsExactly("Nothing stops this from happening again: there is no follow-up that detects,"
                        + " prevents or changes the process.");
        assertThat(messages(complete().followUps(List.of()).build(), Rule.NO_FOLLOW_UPS))
                .containsExactly("There are no follow-ups.");
    }

    @Test
    void should_measure_due_dates_from_the_postmortem_date_when_a_window_is_set() {
        // GIVEN follow-ups due on the last day of the default 8-week window, a day later, and a P0 a day later
        Postmortem postmortem = complete()
                .followUps(List.of(
                        followUp("Reject bad configs").due(DAY.plusWeeks(8)).build(),
                        followUp("Lint the deploy manifests")
                                .due(DAY.plusWeeks(8).plusDays(1))
                                .build(),
                        followUp("Block unsafe deploys")
                                .due(DAY.plusWeeks(8).plusDays(1))
                                .priority("P0")
                                .build(),
                        followUp("Validate the schema")
                                .due(DAY.plusWeeks(20))
                                .status(FollowUpStatus.DONE)
                                .build()))
                .build();
        // WHEN validated against the default profile, which has no separate priority window
        // THEN the window is the same for both, and the message says when the priority one was due
        assertThat(messages(postmortem, Rule.FOLLOW_UP_DUE_TOO_LATE))
                .containsExactly(
                        "Follow-up \"Block unsafe deploys\" is due 2026-04-30, later than 2026-04-29 (8 weeks after"
                                + " 2026-03-04, for a high-priority follow-up).",
                        "Follow-up \"Lint the deploy manifests\" is due 2026-04-30, later than 2026-04-29 (8 weeks after"
                                + " 2026-03-04).");
        // AND without a postmortem date nothing is too late
        assertThat(messages(
                        Postmortem.builder()
                                .from(postmortem)
                                .date(Optional.empty())
                                .build(),
                        Rule.FOLLOW_UP_DUE_TOO_LATE))
                .isEmpty();
    }

    @Test
    void should_name_the_headings_also_recognised_when_a_required_section_is_missing() {
        // GIVEN a postmortem without a summary, checked by a profile that also requires a custom section
        CompletenessProfile profile = CompletenessProfile.builder()
                .from(CompletenessProfile.DEFAULT)
                .name("team")
                .addRequiredSections(Section.custom("Security review"))
                .build();
        CompletenessReport report = CompletenessValidator.of(profile)
                .validate(complete().summary(Optional.empty()).build());
        // THEN the message names up to four synonyms, and none for a section without any
        assertThat(report.findings(Rule.SECTION_MISSING))
                .extracting(Finding::message)
                .containsExactly(
                        "The required section \"Summary\" is missing (headings also recognised: \"overview\","
                                + " \"tl;dr\", \"tldr\", \"executive summary\").",
                        "The required section \"Security review\" is missing.");
        assertThat(report.findings(Rule.RECOMMENDED_SECTION_MISSING))
                .extracting(Finding::message)
                .containsExactly(
                        "The recommended section \"Trigger\" is missing (headings also recognised: \"triggers\","
                                + " \"what triggered it\").",
                        "The recommended section \"Detection\" is missing (headings also recognised: \"how we"
                                + " detected it\", \"how it was detected\", \"how we found out\", \"how we noticed\").",
                        "The recommended section \"Resolution\" is missing (headings also recognised:"
                                + " \"mitigation\", \"recovery\", \"mitigation and resolution\", \"resolution and"
                                + " recovery\").",
                        "The recommended section \"Lessons learned\" is missing (headings also recognised:"
                                + " \"lessons\", \"what went well\", \"what went wrong\", \"where we got lucky\").");
        assertThat(report.findings(Rule.SECTION_MISSING).get(0).hint())
                .isEqualTo("Add the section; a heading with any of its usual names is recognised.");
        assertThat(DEFAULT.validate(complete()
                                .impact(Optional.empty())
                                .timeline(List.of())
                                .build())
                        .findings(Rule.SECTION_MISSING))
                .extracting(finding -> finding.section().orElseThrow())
                .containsExactly(Section.IMPACT, Section.TIMELINE);
    }

    @Test
    void should_point_at_the_heading_when_a_section_is_only_a_placeholder() {
        // GIVEN a Markdown postmortem whose summary and detection are placeholders
        String markdown = PostmortemMarkdown.render(complete()
                .summary("TBD")
                .detection("TODO")
                .trigger("Deploy 8812.")
                .resolution("Rolled back.")
                .lessonsLearned("N/A")
                .wentWell("The rollback was fast.")
                .build());
        List<String> lines = markdown.lines().toList();
        // WHEN validated
        CompletenessReport report = DEFAULT.validate(PostmortemMarkdown.parse(markdown));
        // THEN the required one is trivial, the recommended one is reported as missing, both at their headings
        assertThat(report.findings(Rule.SECTION_TRIVIAL)).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("The required section \"Summary\" is empty or a placeholder.");
            assertThat(finding.position()).contains(Position.line(lines.indexOf("## Summary") + 1));
        });
        assertThat(report.findings(Rule.RECOMMENDED_SECTION_MISSING))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.message())
                            .isEqualTo("The recommended section \"Detection\" is empty or a placeholder.");
                    assertThat(finding.position()).contains(Position.line(lines.indexOf("## Detection") + 1));
                    assertThat(finding.severity()).isEqualTo(FindingSeverity.WARNING);
                });
    }

    @Test
    void should_treat_sections_as_trivial_when_built_in_code_with_placeholders() {
        // GIVEN a postmortem built in code whose sections are all placeholders
        Postmortem postmortem = complete()
                .summary("TBD")
                .impact(PostmortemImpact.builder().description("TBD").build())
                .rootCauses(List.of("TODO"))
                .contributingFactors(List.of("N/A"))
                .trigger("TBD")
                .detection("Alert.")
                .resolution("n/a")
                .lessonsLearned("TBD")
                .wentWell("TBD")
                .build();
        // WHEN validated THEN each placeholder section is reported, the written one is not
        CompletenessReport report = DEFAULT.validate(postmortem);
        assertThat(report.findings(Rule.SECTION_TRIVIAL))
                .extracting(finding -> finding.section().orElseThrow())
                .containsExactly(Section.SUMMARY, Section.IMPACT, Section.ROOT_CAUSES);
        assertThat(report.findings(Rule.RECOMMENDED_SECTION_MISSING))
                .extracting(finding -> finding.section().orElseThrow())
                .containsExactly(Section.TRIGGER, Section.RESOLUTION, Section.LESSONS);
        assertThat(report.findings())
                .allSatisfy(finding -> assertThat(finding.position()).isEmpty());
        // AND a written contributing factor or lesson is enough
        CompletenessReport written = DEFAULT.validate(Postmortem.builder()
                .from(postmortem)
                .contributingFactors(List.of("The canary checked latency only."))
                .gotLucky("It was a quiet day.")
                .build());
        assertThat(written.findings(Rule.SECTION_TRIVIAL))
                .extracting(finding -> finding.section().orElseThrow())
                .containsExactly(Section.SUMMARY, Section.IMPACT);
        assertThat(written.findings(Rule.RECOMMENDED_SECTION_MISSING))
                .extracting(finding -> finding.section().orElseThrow())
                .containsExactly(Section.TRIGGER, Section.RESOLUTION);
    }

    @Test
    void should_point_at_the_cause_when_a_root_cause_or_factor_blames_a_person() {
        // GIVEN Markdown whose second root cause and whose factor blame people
        String markdown = """
                # Outage

                ## Root causes

                - The migration tool allowed a locking ALTER.
                - Human error during the migration.

                ## Contributing factors

                Carelessness when editing DNS.
                """;
        // WHEN validated
        List<Finding> findings =
                DEFAULT.validate(PostmortemMarkdown.parse(markdown)).findings(Rule.ROOT_CAUSE_BLAMES_PERSON);
        // THEN each points at its line
        assertThat(findings)
                .extracting(Finding::message, finding -> finding.position().orElseThrow())
                .containsExactly(
                        tuple(
                                "The root cause blames a person (\"Human error\"); root causes are about the system.",
                                new Position(6, 1)),
                        tuple(
                                "The contributing factor blames a person (\"Carelessness\"); root causes are about the"
                                        + " system.",
                                Position.line(10)));
    }

    @Test
    void should_point_at_untimed_rows_and_sort_positioned_findings_after_the_others() {
        // GIVEN a Markdown postmortem with an untimed timeline row and no follow-ups
        String markdown = """
                # Outage

                ## Summary

                Checkout failed.

                ## Timeline

                - 14:00 Alert fired
                - then we looked around
                - 14:10 Rolled back
                - 14:30 Resolved
                """;
        // WHEN validated
        CompletenessReport report = DEFAULT.validate(PostmortemMarkdown.parse(markdown));
        // THEN the untimed row is a warning at its line
        assertThat(report.findings(Rule.TIMELINE_ROW_WITHOUT_TIME))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.position()).contains(new Position(10, 1));
                    assertThat(finding.message()).isEqualTo("This timeline row has no time that could be read.");
                    assertThat(finding.severity()).isEqualTo(FindingSeverity.WARNING);
                });
        // AND findings without a position come first, in the profile's section order, then by position
        List<Finding> findings = report.findings();
        int firstPositioned = 0;
        while (firstPositioned < findings.size()
                && findings.get(firstPositioned).position().isEmpty()) {
            firstPositioned++;
        }
        assertThat(firstPositioned).isPositive();
        assertThat(findings.subList(firstPositioned, findings.size()))
                .allSatisfy(finding -> assertThat(finding.position()).isPresent())
                .extracting(finding -> finding.position().orElseThrow())
                .isSorted();
        assertThat(findings.subList(0, firstPositioned))
                .extracting(finding -> finding.section().orElseThrow())
                .startsWith(Section.IMPACT)
                .containsSubsequence(Section.IMPACT, Section.ROOT_CAUSES, Section.FOLLOW_UPS, Section.TRIGGER);
        assertThat(findings.get(findings.size() - 1).position()).contains(new Position(10, 1));
    }

    @Test
    void should_flag_a_phase_out_of_order_when_its_first_row_is_the_first_row_of_the_timeline() {
        // GIVEN timelines whose first row is the detection, the mitigation or the resolution, each too late
        Postmortem detectionFirst = complete()
                .timeline(List.of(
                        TimelineRow.of(DAY, LocalTime.of(14, 5), EntryKind.DETECTION, "Alert fired"),
                        TimelineRow.of(DAY, LocalTime.of(14, 0), EntryKind.MITIGATION, "Rolled back"),
                        TimelineRow.of(DAY, LocalTime.of(14, 10), EntryKind.RESOLUTION, "Resolved")))
                .build();
        Postmortem mitigationFirst = complete()
                .timeline(List.of(
                        TimelineRow.of(DAY, LocalTime.of(14, 5), EntryKind.MITIGATION, "Rolled back"),
                        TimelineRow.of(DAY, LocalTime.of(14, 0), EntryKind.RESOLUTION, "Resolved"),
                        TimelineRow.of(DAY, LocalTime.of(13, 50), EntryKind.DETECTION, "Alert fired")))
                .build();
        Postmortem resolutionFirst = complete()
                .timeline(List.of(
                        TimelineRow.of(DAY, LocalTime.of(14, 0), EntryKind.RESOLUTION, "Resolved"),
                        TimelineRow.of(DAY, LocalTime.of(14, 5), EntryKind.MITIGATION, "Rolled back"),
                        TimelineRow.of(DAY, LocalTime.of(14, 6), EntryKind.DETECTION, "Alert fired")))
                .build();
        // WHEN validated THEN the order is flagged in each
        // (a mitigation before the detection is only a row out of order: automation may act first)
        assertThat(messages(detectionFirst, Rule.TIMELINE_OUT_OF_ORDER))
                .containsExactly("The row at 2026-03-04 14:00 comes after a row at 2026-03-04 14:05.");
        assertThat(messages(mitigationFirst, Rule.TIMELINE_OUT_OF_ORDER))
                .contains("The first resolution (2026-03-04 14:00) is earlier than the first mitigation"
                        + " (2026-03-04 14:05).");
        assertThat(messages(resolutionFirst, Rule.TIMELINE_OUT_OF_ORDER))
                .contains("The first resolution (2026-03-04 14:00) is earlier than the first mitigation"
                        + " (2026-03-04 14:05).");
    }

    @Test
    void should_accept_a_duration_in_the_impact_description_when_the_window_is_not_given() {
        assertThat(messages(
                        complete()
                                .impact(PostmortemImpact.builder()
                                        .description("Down for 18 minutes.")
                                        .usersAffected(40)
                                        .build())
                                .build(),
                        Rule.IMPACT_NOT_QUANTIFIED))
                .isEmpty();
    }

    @Test
    void should_use_the_normal_window_when_a_follow_up_has_a_priority_that_is_not_high() {
        // GIVEN a P3 follow-up due in six weeks, under Atlassian's 8-week and 4-week windows
        Postmortem postmortem = complete()
                .followUps(List.of(followUp("Reject bad configs")
                        .due(DAY.plusWeeks(6))
                        .priority("P3")
                        .build()))
                .build();
        // THEN it is not late
        assertThat(CompletenessValidator.of(CompletenessProfile.ATLASSIAN)
                        .validate(postmortem)
                        .findings(Rule.FOLLOW_UP_DUE_TOO_LATE))
                .isEmpty();
    }

    @Test
    void should_report_a_timeline_or_custom_section_as_trivial_when_its_heading_has_nothing_under_it() {
        // GIVEN a Markdown postmortem with an empty timeline and a placeholder custom section
        CompletenessProfile profile = CompletenessProfile.builder()
                .from(CompletenessProfile.DEFAULT)
                .name("team")
                .addRequiredSections(Section.custom("Security review"))
                .build();
        String markdown = "# T\n\n## Timeline\n\n## Security review\n\nTBD\n";
        // WHEN validated THEN both are trivial, at their headings
        assertThat(CompletenessValidator.of(profile)
                        .validate(PostmortemMarkdown.parse(markdown))
                        .findings(Rule.SECTION_TRIVIAL))
                .extracting(
                        finding -> finding.section().orElseThrow(),
                        finding -> finding.position().orElseThrow())
                .containsExactly(
                        tuple(Section.TIMELINE, Position.line(3)),
                        tuple(Section.custom("Security review"), Position.line(5)));
    }

    @Test
    void should_sort_findings_of_sections_outside_the_profile_last_and_word_them_from_the_checker() {
        // GIVEN a checker that flags "Bob" without a matched text or hint, under a profile where it warns
        LanguageChecker bob = markdown -> {
            List<String> lines = markdown.lines().toList();
            List<LanguageFinding> found = new java.util.ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("Bob")) {
                    found.add(new LanguageFinding(
                            "blame-person", FindingSeverity.ERROR, "Names a person", Optional.empty(), i + 1, 1, " "));
                }
            }
            return found;
        };
        Postmortem postmortem = complete()
                .summary(Optional.empty())
                .putAdditionalSection("Responders", "Bob and the payments team.")
                .build();
        // WHEN validated
        List<Finding> findings = CompletenessValidator.of(
                        CompletenessProfile.DEFAULT.withRule(Rule.BLAMING_LANGUAGE, FindingSeverity.WARNING), bob)
                .validate(postmortem)
                .findings();
        // THEN the finding in a section the profile does not name comes after those it names
        assertThat(findings)
                .extracting(Finding::rule)
                .startsWith(Rule.SECTION_MISSING)
                .endsWith(Rule.BLAMING_LANGUAGE);
        Finding language = findings.get(findings.size() - 1);
        assertThat(language.section()).contains(Section.RESPONDERS);
        assertThat(language.message()).isEqualTo("Names a person [blame-person]");
        assertThat(language.hint())
                .isEqualTo("Describe what the system allowed, not who did it; blamelessness is the cardinal rule.");
        assertThat(language.severity()).isEqualTo(FindingSeverity.WARNING);
    }

    @Test
    void should_keep_the_earliest_row_of_a_kind_when_it_is_the_first_row() {
        // GIVEN the first row is the earliest detection, and a later detection follows
        Postmortem postmortem = complete()
                .timeline(List.of(
                        TimelineRow.of(DAY, LocalTime.of(14, 0), EntryKind.DETECTION, "First alert"),
                        TimelineRow.of(DAY, LocalTime.of(14, 20), EntryKind.DETECTION, "Second alert"),
                        TimelineRow.of(DAY, LocalTime.of(14, 10), EntryKind.MITIGATION, "Rolled back"),
                        TimelineRow.of(DAY, LocalTime.of(14, 30), EntryKind.RESOLUTION, "Resolved")))
                .build();
        // WHEN validated THEN the mitigation is not before the first detection
        assertThat(messages(postmortem, Rule.TIMELINE_OUT_OF_ORDER))
                .containsExactly("The row at 2026-03-04 14:10 comes after a row at 2026-03-04 14:20.");
    }

    @Test
    void should_find_a_root_cause_section_trivial_when_it_opens_by_saying_the_cause_is_to_be_determined() {
        // GIVEN a root cause section that says "TBD." and then lists what is known so far
        PostmortemDocument document = PostmortemMarkdown.parse("""
                # ALB errors

                ## Root cause

                **TBD.**

                What we know so far:

                - The ALB returned 502s while all targets were healthy.
                - AWS support case is open.
                """);
        // WHEN validated THEN the section is reported as a placeholder, at its heading
        assertThat(DEFAULT.validate(document).findings(Rule.SECTION_TRIVIAL))
                .extracting(Finding::message, finding -> finding.position().map(Position::line))
                .containsExactly(
                        tuple("The required section \"Root causes\" is empty or a placeholder.", Optional.of(3)));
    }
}
