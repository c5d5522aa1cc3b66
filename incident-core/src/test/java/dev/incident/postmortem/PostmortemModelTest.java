package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incident.timeline.EntryKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the value types normalise, and what they refuse. */
class PostmortemModelTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    @Test
    void should_normalise_every_text_when_a_postmortem_is_built_with_untidy_input() {
        // GIVEN a postmortem built with extra spaces and Windows line ends everywhere
        Postmortem postmortem = Postmortem.builder()
                .title("  Checkout   errors ")
                .incidentReference(" INC-42 ")
                .location("  https://docs.example/x ")
                .summary(" A deploy\r\nbroke checkout. ")
                .trigger("Deploy\r8812. ")
                .detection(" Alert. ")
                .resolution(" Rolled back. ")
                .lessonsLearned(" Canary. ")
                .wentWell(" Fast. ")
                .wentWrong(" Slow. ")
                .gotLucky(" Quiet. ")
                .rootCauses(List.of("  No  test. "))
                .contributingFactors(List.of(" Canary  latency. "))
                .putAdditionalSection("  Security   review ", " None. ")
                .build();
        // THEN single-line texts are one line, bodies are trimmed with Unix line ends
        assertThat(postmortem.title()).isEqualTo("Checkout errors");
        assertThat(postmortem.incidentReference()).contains("INC-42");
        assertThat(postmortem.location()).contains("https://docs.example/x");
        assertThat(postmortem.summary()).contains("A deploy\nbroke checkout.");
        assertThat(postmortem.trigger()).contains("Deploy\n8812.");
        assertThat(postmortem.detection()).contains("Alert.");
        assertThat(postmortem.resolution()).contains("Rolled back.");
        assertThat(postmortem.lessonsLearned()).contains("Canary.");
        assertThat(postmortem.wentWell()).contains("Fast.");
        assertThat(postmortem.wentWrong()).contains("Slow.");
        assertThat(postmortem.gotLucky()).contains("Quiet.");
        assertThat(postmortem.rootCauses()).containsExactly("No test.");
        assertThat(postmortem.contributingFactors()).containsExactly("Canary latency.");
        assertThat(postmortem.additionalSections()).containsExactly(Map.entry("Security review", "None."));
        assertThat(postmortem.additionalSection(Section.custom("Security review")))
                .contains("None.");
        assertThat(postmortem.additionalSection(Section.RESPONDERS)).isEmpty();
    }

    @Test
    void should_normalise_each_field_on_its_own_when_only_that_one_is_untidy() {
        // GIVEN tidy postmortems with one untidy field each WHEN built THEN that field is tidied
        Postmortem tidy = Postmortem.builder().title("T").build();
        assertThat(Postmortem.builder().from(tidy).title("T ").build()).isEqualTo(tidy);
        assertThat(Postmortem.builder()
                        .from(tidy)
                        .incidentReference(" ")
                        .build()
                        .incidentReference())
                .isEmpty();
        assertThat(Postmortem.builder().from(tidy).location(" ").build().location())
                .isEmpty();
        assertThat(Postmortem.builder()
                        .from(tidy)
                        .incidentReference("A ")
                        .build()
                        .incidentReference())
                .contains("A");
        assertThat(Postmortem.builder().from(tidy).location("L ").build().location())
                .contains("L");
        assertThat(Postmortem.builder().from(tidy).summary("S ").build().summary())
                .contains("S");
        assertThat(Postmortem.builder().from(tidy).trigger("S ").build().trigger())
                .contains("S");
        assertThat(Postmortem.builder().from(tidy).detection("S ").build().detection())
                .contains("S");
        assertThat(Postmortem.builder().from(tidy).resolution("S ").build().resolution())
                .contains("S");
        assertThat(Postmortem.builder().from(tidy).lessonsLearned("S ").build().lessonsLearned())
                .contains("S");
        assertThat(Postmortem.builder().from(tidy).wentWell("S ").build().wentWell())
                .contains("S");
        assertThat(Postmortem.builder().from(tidy).wentWrong("S ").build().wentWrong())
                .contains("S");
        assertThat(Postmortem.builder().from(tidy).gotLucky("S ").build().gotLucky())
                .contains("S");
        assertThat(Postmortem.builder().from(tidy).addRootCauses("C ").build().rootCauses())
                .containsExactly("C");
        assertThat(Postmortem.builder()
                        .from(tidy)
                        .addContributingFactors("F ")
                        .build()
                        .contributingFactors())
                .containsExactly("F");
        assertThat(Postmortem.builder()
                        .from(tidy)
                        .putAdditionalSection("H", "B ")
                        .build()
                        .additionalSections())
                .containsExactly(Map.entry("H", "B"));
        assertThat(Postmortem.builder()
                        .from(tidy)
                        .putAdditionalSection("H ", "B")
                        .build()
                        .additionalSections())
                .containsExactly(Map.entry("H", "B"));
    }

    @Test
    void should_refuse_a_postmortem_when_a_text_that_must_be_written_is_blank() {
        assertThatThrownBy(() -> Postmortem.builder().title(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("postmortem title must not be blank");
        assertThatThrownBy(
                        () -> Postmortem.builder().title("T").addAuthors("a,b").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a,b");
        assertThatThrownBy(() -> Postmortem.builder().title("T").addAuthors(" ").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () -> Postmortem.builder().title("T").addAuthors("kim ").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Postmortem.builder()
                        .title("T")
                        .putAdditionalSection(" ", "x")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("additional section headings must not be blank");
        assertThatThrownBy(() -> Postmortem.builder()
                        .title("T")
                        .putAdditionalSection("Action items", "x")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Action items\" names the section Follow-ups");
        assertThatThrownBy(
                        () -> Postmortem.builder().title("T").addRootCauses(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("root causes must not be blank");
        assertThatThrownBy(() -> Postmortem.builder()
                        .title("T")
                        .addContributingFactors("\n")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contributing factors must not be blank");
        assertThat(Postmortem.builder().title("T").addAuthors("kim").build().authors())
                .containsExactly("kim");
    }

    @Test
    void should_truncate_to_seconds_and_tidy_the_description_when_an_impact_is_built() {
        // GIVEN an impact with sub-second times and an untidy description
        PostmortemImpact impact = PostmortemImpact.builder()
                .startedAt(Instant.parse("2026-03-04T14:00:00.250Z"))
                .mitigatedAt(Instant.parse("2026-03-04T14:18:00.500Z"))
                .resolvedAt(Instant.parse("2026-03-04T16:00:00.750Z"))
                .duration(Duration.ofMillis(1_080_400))
                .description(" 8% failed.\r\n")
                .build();
        // THEN the times are whole seconds and the description is trimmed
        assertThat(impact.startedAt()).contains(Instant.parse("2026-03-04T14:00:00Z"));
        assertThat(impact.mitigatedAt()).contains(Instant.parse("2026-03-04T14:18:00Z"));
        assertThat(impact.resolvedAt()).contains(Instant.parse("2026-03-04T16:00:00Z"));
        assertThat(impact.duration()).contains(Duration.ofSeconds(1080));
        assertThat(impact.description()).isEqualTo("8% failed.");
        // AND each field alone is tidied too
        assertThat(PostmortemImpact.builder()
                        .resolvedAt(Instant.parse("2026-03-04T16:00:00.750Z"))
                        .build()
                        .resolvedAt())
                .contains(Instant.parse("2026-03-04T16:00:00Z"));
        assertThat(PostmortemImpact.builder()
                        .mitigatedAt(Instant.parse("2026-03-04T16:00:00.750Z"))
                        .build()
                        .mitigatedAt())
                .contains(Instant.parse("2026-03-04T16:00:00Z"));
        assertThat(PostmortemImpact.builder()
                        .duration(Duration.ofMillis(1500))
                        .build()
                        .duration())
                .contains(Duration.ofSeconds(1));
    }

    @Test
    void should_work_out_the_duration_from_the_window_when_none_is_stated() {
        Instant start = Instant.parse("2026-03-04T14:00:00Z");
        assertThat(PostmortemImpact.builder()
                        .startedAt(start)
                        .mitigatedAt(start.plusSeconds(600))
                        .resolvedAt(start.plusSeconds(6000))
                        .build()
                        .effectiveDuration())
                .contains(Duration.ofMinutes(10));
        assertThat(PostmortemImpact.builder()
                        .startedAt(start)
                        .resolvedAt(start.plusSeconds(6000))
                        .build()
                        .effectiveDuration())
                .contains(Duration.ofMinutes(100));
        assertThat(PostmortemImpact.builder()
                        .startedAt(start)
                        .resolvedAt(start)
                        .build()
                        .effectiveDuration())
                .contains(Duration.ZERO);
        assertThat(PostmortemImpact.builder()
                        .startedAt(start)
                        .resolvedAt(start.minusSeconds(1))
                        .build()
                        .effectiveDuration())
                .isEmpty();
        assertThat(PostmortemImpact.builder().startedAt(start).build().effectiveDuration())
                .isEmpty();
        assertThat(PostmortemImpact.builder().resolvedAt(start).build().effectiveDuration())
                .isEmpty();
        assertThat(PostmortemImpact.builder()
                        .startedAt(start)
                        .resolvedAt(start.plusSeconds(60))
                        .duration(Duration.ofMinutes(5))
                        .build()
                        .effectiveDuration())
                .contains(Duration.ofMinutes(5));
    }

    @Test
    void should_refuse_an_impact_when_a_service_name_or_a_number_is_not_valid() {
        for (String service : List.of(" ", "a,b", " checkout", "a\nb")) {
            assertThatThrownBy(() -> PostmortemImpact.builder()
                            .addAffectedServices(service)
                            .build())
                    .as(service)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("affected service names");
        }
        assertThatThrownBy(() -> PostmortemImpact.builder().usersAffected(-1).build())
                .hasMessage("usersAffected must not be negative");
        assertThatThrownBy(() -> PostmortemImpact.builder().requestsAffected(-1).build())
                .hasMessage("requestsAffected must not be negative");
        assertThatThrownBy(() -> PostmortemImpact.builder()
                        .duration(Duration.ofSeconds(-1))
                        .build())
                .hasMessage("duration must not be negative");
        PostmortemImpact zero = PostmortemImpact.builder()
                .usersAffected(0)
                .requestsAffected(0)
                .duration(Duration.ZERO)
                .addAffectedServices("checkout")
                .build();
        assertThat(zero.usersAffected()).hasValue(0);
        assertThat(zero.requestsAffected()).hasValue(0);
    }

    @Test
    void should_tidy_fields_and_infer_the_kind_when_a_follow_up_is_built() {
        // GIVEN a follow-up with untidy fields and no kind
        FollowUp followUp = FollowUp.builder()
                .title(" Add  an alert ")
                .owner(" @kim ")
                .priority(" P1 ")
                .tracker(" OPS-1 ")
                .statusReason(" later ")
                .build();
        // THEN the fields are one line each and the kind is inferred
        assertThat(followUp.title()).isEqualTo("Add an alert");
        assertThat(followUp.owner()).contains("@kim");
        assertThat(followUp.priority()).contains("P1");
        assertThat(followUp.tracker()).contains("OPS-1");
        assertThat(followUp.statusReason()).contains("later");
        assertThat(followUp.kind()).contains(FollowUpKind.DETECT);
        assertThat(followUp.kindInferred()).isTrue();
        // AND blank optional fields are dropped, one at a time
        FollowUp tidy = FollowUp.of("Look into it");
        assertThat(tidy.kind()).isEmpty();
        assertThat(tidy.kindInferred()).isFalse();
        assertThat(FollowUp.builder().from(tidy).owner(" ").build().owner()).isEmpty();
        assertThat(FollowUp.builder().from(tidy).priority(" ").build().priority())
                .isEmpty();
        assertThat(FollowUp.builder().from(tidy).tracker(" ").build().tracker()).isEmpty();
        assertThat(FollowUp.builder().from(tidy).statusReason(" ").build().statusReason())
                .isEmpty();
        assertThat(FollowUp.builder().from(tidy).owner("o ").build().owner()).contains("o");
        assertThat(FollowUp.builder().from(tidy).priority("p ").build().priority())
                .contains("p");
        assertThat(FollowUp.builder().from(tidy).tracker("t ").build().tracker())
                .contains("t");
        assertThat(FollowUp.builder().from(tidy).statusReason("r ").build().statusReason())
                .contains("r");
        // AND an inferred kind is inferred again from the title; a stated one is kept
        assertThat(FollowUp.builder()
                        .title("Update the runbook")
                        .kind(FollowUpKind.FIX)
                        .kindInferred(true)
                        .build()
                        .kind())
                .contains(FollowUpKind.PROCESS);
        assertThat(FollowUp.builder()
                        .title("Look into it")
                        .kind(FollowUpKind.FIX)
                        .kindInferred(true)
                        .build())
                .satisfies(f -> {
                    assertThat(f.kind()).isEmpty();
                    assertThat(f.kindInferred()).isFalse();
                });
        assertThat(FollowUp.builder()
                        .title("Update the runbook")
                        .kind(FollowUpKind.FIX)
                        .build()
                        .kind())
                .contains(FollowUpKind.FIX);
        assertThatThrownBy(() -> FollowUp.of(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("follow-up title must not be blank");
        assertThat(FollowUp.builder()
                        .title("x")
                        .status(FollowUpStatus.DONE)
                        .build()
                        .isOpen())
                .isFalse();
        assertThat(FollowUpKind.FIX.preventsRecurrence()).isFalse();
        assertThat(FollowUpKind.MITIGATE.preventsRecurrence()).isFalse();
        assertThat(FollowUpKind.PROCESS.preventsRecurrence()).isTrue();
        assertThat(FollowUpKind.DETECT.preventsRecurrence()).isTrue();
        assertThat(FollowUpKind.PREVENT.preventsRecurrence()).isTrue();
    }

    @Test
    void should_tidy_the_text_truncate_the_time_and_infer_the_kind_when_a_row_is_built() {
        TimelineRow row = TimelineRow.builder()
                .time(LocalTime.of(14, 2, 3, 500))
                .text(" Rolled  back ")
                .kind(EntryKind.NOTE)
                .kindInferred(true)
                .build();
        assertThat(row.time()).isEqualTo(LocalTime.of(14, 2, 3));
        assertThat(row.text()).isEqualTo("Rolled back");
        assertThat(row.kind()).isEqualTo(EntryKind.MITIGATION);
        assertThat(row.instant()).isEmpty();
        assertThat(TimelineRow.builder()
                        .time(LocalTime.of(14, 2, 3, 500))
                        .text("x")
                        .kind(EntryKind.NOTE)
                        .build()
                        .time())
                .isEqualTo(LocalTime.of(14, 2, 3));
        assertThat(TimelineRow.of(DAY, LocalTime.of(14, 2), EntryKind.NOTE, "Rolled back")
                        .kind())
                .isEqualTo(EntryKind.NOTE);
        assertThat(TimelineRow.of(DAY, LocalTime.of(14, 2), EntryKind.NOTE, "x").instant())
                .contains(Instant.parse("2026-03-04T14:02:00Z"));
        assertThatThrownBy(() -> TimelineRow.of(DAY, LocalTime.NOON, EntryKind.NOTE, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeline row text must not be blank");
    }

    @Test
    void should_refuse_values_that_break_their_invariants_when_built() {
        assertThatThrownBy(() -> Section.custom(" ")).hasMessage("section title must not be blank");
        assertThatThrownBy(() -> Section.custom("Quotes", "q", " ")).hasMessage("section synonyms must not be blank");
        assertThatThrownBy(() -> CompletenessProfile.builder().name(" ").build())
                .hasMessage("profile name must not be blank");
        assertThatThrownBy(() -> CompletenessProfile.builder()
                        .name("x")
                        .followUpDueWithin(Period.ofDays(-1))
                        .build())
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> CompletenessProfile.builder()
                        .name("x")
                        .priorityFollowUpDueWithin(Period.ofDays(-1))
                        .build())
                .hasMessageContaining("must not be negative");
        assertThat(CompletenessProfile.builder()
                        .name("x")
                        .followUpDueWithin(Period.ZERO)
                        .build()
                        .followUpDueWithin())
                .contains(Period.ZERO);
        assertThatThrownBy(() -> Finding.builder()
                        .rule(Rule.NO_FOLLOW_UPS)
                        .severity(FindingSeverity.ERROR)
                        .message(" ")
                        .hint("")
                        .build())
                .hasMessage("finding message must not be blank");
        assertThatThrownBy(() -> new Position(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Position(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LanguageFinding("r", FindingSeverity.ERROR, "m", Optional.empty(), 0, 1, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LanguageFinding("r", FindingSeverity.ERROR, "m", Optional.empty(), 1, 0, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new LanguageFinding("r", FindingSeverity.ERROR, "m", Optional.empty(), 1, 1, "").line())
                .isEqualTo(1);
        assertThatThrownBy(() -> PostmortemDocument.builder()
                        .postmortem(Postmortem.builder()
                                .title("T")
                                .addRootCauses("c")
                                .build())
                        .markdown("")
                        .build())
                .hasMessage("position lists must run parallel to the postmortem's lists");
    }

    @Test
    void should_order_positions_by_line_then_column_and_print_them_as_line_colon_column() {
        assertThat(new java.util.TreeSet<>(List.of(new Position(2, 1), new Position(1, 5), new Position(1, 2))))
                .containsExactly(new Position(1, 2), new Position(1, 5), new Position(2, 1));
        assertThat(new Position(3, 4)).hasToString("3:4");
        assertThat(Position.line(7)).isEqualTo(new Position(7, 1));
    }

    @Test
    void should_format_findings_and_count_errors_and_warnings_when_reporting() {
        Finding error = Finding.builder()
                .rule(Rule.NO_FOLLOW_UPS)
                .severity(FindingSeverity.ERROR)
                .message("There are no follow-ups.")
                .hint("")
                .position(new Position(3, 1))
                .build();
        Finding warning = Finding.builder()
                .rule(Rule.RECOMMENDED_SECTION_MISSING)
                .severity(FindingSeverity.WARNING)
                .message("No trigger.")
                .hint("Add it.")
                .build();
        CompletenessReport report = CompletenessReport.builder()
                .profileName("default")
                .findings(List.of(error, warning))
                .build();
        assertThat(error.format()).isEqualTo("3:1: error [no-follow-ups] There are no follow-ups.");
        assertThat(warning.format()).isEqualTo("warning [recommended-section-missing] No trigger. (Add it.)");
        assertThat(report.errors()).containsExactly(error);
        assertThat(report.warnings()).containsExactly(warning);
        assertThat(report.errorCount()).isEqualTo(1);
        assertThat(report.warningCount()).isEqualTo(1);
        assertThat(report.isComplete()).isFalse();
        assertThat(report)
                .hasToString("3:1: error [no-follow-ups] There are no follow-ups.\n"
                        + "warning [recommended-section-missing] No trigger. (Add it.)\n"
                        + "incomplete against profile default: 1 error(s), 1 warning(s)");
        assertThat(Rule.NO_FOLLOW_UPS).hasToString("no-follow-ups");
        assertThat(Rule.fromId("nope")).isEmpty();
    }

    @Test
    void should_find_sections_and_their_headings_when_asking_a_document() {
        // GIVEN a document with a custom heading under a known one
        PostmortemDocument document = PostmortemMarkdown.parse("""
                # T

                Intro.

                ## Summary

                Short.

                ## Security review

                None.
                """);
        // THEN positions and the section of each line come from the headings
        assertThat(document.position(Section.SUMMARY)).contains(Position.line(5));
        assertThat(document.position(Section.custom("Security", "security review")))
                .contains(Position.line(9));
        assertThat(document.position(Section.IMPACT)).isEmpty();
        assertThat(document.sectionAt(3)).isEmpty();
        assertThat(document.sectionAt(5)).contains(Section.SUMMARY);
        assertThat(document.sectionAt(8)).contains(Section.SUMMARY);
        assertThat(document.sectionAt(9)).contains(Section.custom("Security review"));
        assertThat(Section.known()).hasSize(15).contains(Section.SUMMARY, Section.WHAT_HAPPENED);
        assertThat(Section.named(" Quotes ")).isEqualTo(Section.custom("Quotes"));
        assertThat(Section.named("TL;DR")).isEqualTo(Section.SUMMARY);
        assertThat(Section.SUMMARY.matches("  ")).isFalse();
        assertThat(Section.SUMMARY).hasToString("Summary");
        assertThat(Section.TRIGGER.names()).containsExactly("Trigger", "triggers", "what triggered it");
    }
}
