package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.timeline.EntryKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompletenessValidatorTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    private static Postmortem.Builder complete() {
        return PostmortemGenerators.complete(Postmortem.builder().title("Checkout errors"), DAY);
    }

    /** A checker that flags every "Bob" on its line, as the blameless linter would. */
    private static final LanguageChecker BOB = markdown -> {
        List<String> lines = markdown.lines().toList();
        java.util.ArrayList<LanguageFinding> found = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf("Bob");
            if (column >= 0) {
                found.add(new LanguageFinding(
                        "blame-person",
                        FindingSeverity.ERROR,
                        "Names a person",
                        Optional.of("Describe the system"),
                        i + 1,
                        column + 1,
                        "Bob"));
            }
            int hedge = lines.get(i).indexOf("simply");
            if (hedge >= 0) {
                found.add(new LanguageFinding(
                        "hindsight",
                        FindingSeverity.WARNING,
                        "Hindsight word",
                        Optional.empty(),
                        i + 1,
                        hedge + 1,
                        "simply"));
            }
        }
        return found;
    };

    @Test
    void should_be_complete_with_no_findings_when_everything_required_is_there() {
        // GIVEN a complete postmortem with the recommended sections too
        Postmortem postmortem = complete()
                .trigger("Deploy 8812.")
                .detection("An alert, after 3 minutes.")
                .resolution("Rolled back.")
                .wentWell("The rollback was fast.")
                .build();
        // WHEN validated THEN there is nothing to report
        CompletenessReport report =
                CompletenessValidator.of(CompletenessProfile.DEFAULT).validate(postmortem);
        assertThat(report.findings()).isEmpty();
        assertThat(report.isComplete()).isTrue();
        assertThat(report.format()).isEqualTo("complete against profile default: 0 error(s), 0 warning(s)");
    }

    @Test
    void should_report_language_findings_as_errors_with_positions_when_a_checker_is_plugged_in() {
        // GIVEN a Markdown postmortem naming a person, and a hindsight word, in its summary
        String markdown = PostmortemMarkdown.render(
                complete().summary("Bob simply pushed the deploy.").build());
        int line = markdown.lines().toList().indexOf("Bob simply pushed the deploy.") + 1;
        // WHEN validated with the checker
        CompletenessReport report =
                CompletenessValidator.of(CompletenessProfile.DEFAULT, BOB).validate(PostmortemMarkdown.parse(markdown));
        // THEN the checker's error is an error, its warning stays a warning, both point at the line
        assertThat(report.findings(Rule.BLAMING_LANGUAGE)).hasSize(2);
        Finding blame = report.findings(Rule.BLAMING_LANGUAGE).get(0);
        assertThat(blame.severity()).isEqualTo(FindingSeverity.ERROR);
        assertThat(blame.position()).contains(new Position(line, 1));
        assertThat(blame.section()).contains(Section.SUMMARY);
        assertThat(blame.message()).contains("Names a person", "\"Bob\"", "blame-person");
        assertThat(blame.hint()).isEqualTo("Describe the system");
        Finding hindsight = report.findings(Rule.BLAMING_LANGUAGE).get(1);
        assertThat(hindsight.severity()).isEqualTo(FindingSeverity.WARNING);
        assertThat(hindsight.position()).contains(new Position(line, 5));
        assertThat(report.isComplete()).isFalse();
    }

    @Test
    void should_keep_sections_but_drop_positions_when_the_postmortem_was_built_in_code() {
        // GIVEN a postmortem built in code WHEN validated with the checker
        CompletenessReport report = CompletenessValidator.of(CompletenessProfile.DEFAULT, BOB)
                .validate(complete()
                        .rootCauses(List.of("The deploy tool let Bob skip the canary."))
                        .build());
        // THEN findings know their section but have no position
        assertThat(report.findings(Rule.BLAMING_LANGUAGE)).singleElement().satisfies(finding -> {
            assertThat(finding.section()).contains(Section.ROOT_CAUSES);
            assertThat(finding.position()).isEmpty();
        });
    }

    @Test
    void should_report_a_warning_instead_of_throwing_when_the_checker_fails() {
        // GIVEN a checker that throws WHEN validating THEN the report says so, as a warning
        LanguageChecker broken = markdown -> {
            throw new IllegalStateException("boom");
        };
        CompletenessReport report = CompletenessValidator.of(CompletenessProfile.DEFAULT, broken)
                .validate(complete().build());
        assertThat(report.isComplete()).isTrue();
        assertThat(report.findings(Rule.BLAMING_LANGUAGE)).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(FindingSeverity.WARNING);
            assertThat(finding.message()).contains("boom");
        });
    }

    @Test
    void should_not_consult_the_checker_when_the_profile_turns_blaming_language_off() {
        // GIVEN a profile without the language rule WHEN validating THEN the checker's findings are ignored
        CompletenessReport report = CompletenessValidator.of(
                        CompletenessProfile.DEFAULT.withoutRule(Rule.BLAMING_LANGUAGE), BOB)
                .validate(complete().summary("Bob did it.").build());
        assertThat(report.findings(Rule.BLAMING_LANGUAGE)).isEmpty();
    }

    @Test
    void should_flag_rows_going_back_in_time_but_not_mitigation_before_detection() {
        // GIVEN rows where a mitigation comes before any detection, and one row goes back in time
        Postmortem postmortem = complete()
                .timeline(List.of(
                        TimelineRow.of(DAY, LocalTime.of(14, 0), EntryKind.MITIGATION, "Rolled back"),
                        TimelineRow.of(DAY, LocalTime.of(14, 5), EntryKind.DETECTION, "Alert fired"),
                        TimelineRow.of(DAY, LocalTime.of(14, 1), EntryKind.RESOLUTION, "Resolved")))
                .build();
        // WHEN validated THEN only the row order is flagged: automation may mitigate before anyone detects
        List<Finding> findings = CompletenessValidator.of(CompletenessProfile.DEFAULT)
                .validate(postmortem)
                .findings(Rule.TIMELINE_OUT_OF_ORDER);
        assertThat(findings)
                .extracting(Finding::message)
                .containsExactly("The row at 2026-03-04 14:01 comes after a row at 2026-03-04 14:05.");
    }

    @Test
    void should_accept_an_automated_failover_before_the_page_and_a_later_human_mitigation() {
        // GIVEN a failover by the system before the page, then a rollback and a restore by people
        Postmortem postmortem = complete()
                .timeline(List.of(
                        TimelineRow.builder()
                                .date(DAY)
                                .time(LocalTime.of(3, 14))
                                .kindInferred(true)
                                .kind(EntryKind.NOTE)
                                .text("Replica promoted; failover complete in 40 s")
                                .build(),
                        TimelineRow.builder()
                                .date(DAY)
                                .time(LocalTime.of(3, 19))
                                .kindInferred(true)
                                .kind(EntryKind.NOTE)
                                .text("Write error alert paged the on-call")
                                .build(),
                        TimelineRow.builder()
                                .date(DAY)
                                .time(LocalTime.of(3, 40))
                                .kindInferred(true)
                                .kind(EntryKind.NOTE)
                                .text("Connection pools restored to the new primary")
                                .build(),
                        TimelineRow.builder()
                                .date(DAY)
                                .time(LocalTime.of(4, 0))
                                .kindInferred(true)
                                .kind(EntryKind.NOTE)
                                .text("Incident resolved")
                                .build()))
                .build();
        // WHEN validated THEN the kinds are read from the wording and nothing is out of order or missing
        assertThat(postmortem.timeline())
                .extracting(TimelineRow::kind)
                .containsExactly(EntryKind.MITIGATION, EntryKind.DETECTION, EntryKind.MITIGATION, EntryKind.RESOLUTION);
        CompletenessReport report =
                CompletenessValidator.of(CompletenessProfile.DEFAULT).validate(postmortem);
        assertThat(report.findings(Rule.TIMELINE_OUT_OF_ORDER)).isEmpty();
        assertThat(report.findings(Rule.TIMELINE_INCOMPLETE)).isEmpty();
    }

    @Test
    void should_flag_a_resolution_before_every_mitigation() {
        // GIVEN rows in time order whose resolution comes before the only mitigation
        Postmortem postmortem = complete()
                .timeline(List.of(
                        TimelineRow.of(DAY, LocalTime.of(14, 0), EntryKind.DETECTION, "Alert fired"),
                        TimelineRow.of(DAY, LocalTime.of(14, 5), EntryKind.RESOLUTION, "Resolved"),
                        TimelineRow.of(DAY, LocalTime.of(14, 9), EntryKind.MITIGATION, "Rolling back the config")))
                .build();
        // WHEN validated THEN the phase order is flagged
        assertThat(CompletenessValidator.of(CompletenessProfile.DEFAULT)
                        .validate(postmortem)
                        .findings(Rule.TIMELINE_OUT_OF_ORDER))
                .extracting(Finding::message)
                .containsExactly("The first resolution (2026-03-04 14:05) is earlier than the first mitigation"
                        + " (2026-03-04 14:09).");
        assertThat(dev.incident.postmortem.internal.Wording.entryKind("Rolling back the config"))
                .isEqualTo(EntryKind.MITIGATION);
    }

    @Test
    void should_use_the_tighter_window_when_a_follow_up_is_high_priority_in_the_atlassian_profile() {
        // GIVEN two follow-ups due in six weeks, one of them P1
        FollowUp.Builder base =
                FollowUp.builder().kind(FollowUpKind.PREVENT).owner("@dana").due(DAY.plusWeeks(6));
        Postmortem postmortem = complete()
                .followUps(List.of(
                        base.title("Reject expired certificates").build(),
                        base.title("Probe TLS handshakes").priority("P1").build()))
                .build();
        // WHEN validated against Atlassian's 8-week and 4-week windows
        List<Finding> late = CompletenessValidator.of(CompletenessProfile.ATLASSIAN)
                .validate(postmortem)
                .findings(Rule.FOLLOW_UP_DUE_TOO_LATE);
        // THEN only the priority follow-up is too late
        assertThat(late)
                .singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .contains("Probe TLS handshakes", "2026-04-15", "2026-04-01", "4 weeks", "high-priority"));
    }

    @Test
    void should_apply_a_team_profile_when_built_with_its_own_section_and_severities() {
        // GIVEN a team profile requiring its own section, with stating kinds as a warning
        Section security = Section.custom("Security review", "security");
        CompletenessProfile team = CompletenessProfile.builder()
                .from(CompletenessProfile.DEFAULT)
                .name("payments")
                .addRequiredSection(security)
                .followUpDueWithin(Period.ofDays(10))
                .build()
                .withRule(Rule.FOLLOW_UP_KIND_NOT_STATED, FindingSeverity.WARNING);
        Postmortem postmortem = complete()
                .followUps(List.of(FollowUp.builder()
                        .title("Add an alert on refunds")
                        .kind(FollowUpKind.DETECT)
                        .kindInferred(true)
                        .owner("@omar")
                        .due(DAY.plusDays(14))
                        .build()))
                .build();
        // WHEN validated, without and then with the section
        CompletenessReport without = CompletenessValidator.of(team).validate(postmortem);
        CompletenessReport with = CompletenessValidator.of(team)
                .validate(Postmortem.builder()
                        .from(postmortem)
                        .putAdditionalSection("Security", "No data was exposed; reviewed by the security team.")
                        .build());
        // THEN the section is required, the window is the team's, and kinds are a warning
        assertThat(without.findings()).extracting(Finding::ruleId).contains("section-missing");
        assertThat(without.findings(Rule.SECTION_MISSING))
                .singleElement()
                .satisfies(finding -> assertThat(finding.section()).contains(security));
        assertThat(with.findings(Rule.SECTION_MISSING)).isEmpty();
        assertThat(with.findings(Rule.FOLLOW_UP_DUE_TOO_LATE)).hasSize(1);
        assertThat(with.findings(Rule.FOLLOW_UP_KIND_NOT_STATED))
                .singleElement()
                .satisfies(finding -> assertThat(finding.severity()).isEqualTo(FindingSeverity.WARNING));
    }
}
