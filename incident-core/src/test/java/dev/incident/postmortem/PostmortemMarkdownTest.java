package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.timeline.EntryKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostmortemMarkdownTest {

    @Test
    void should_read_times_in_common_forms_when_parsing_a_timeline() {
        // GIVEN a timeline with times in several forms, in a document dated 2026-03-04
        String markdown = """
                # Outage

                Date: 2026-03-04

                #### TIMELINE
                - 14:02 Alert fired
                - 14:05 UTC: SEV2 declared
                - 2026-03-05 09:10 — Rolled back the config
                - **09:20:30** [resolution] All good
                - 10:30+01:00 Backlog drained
                - later that day, someone noticed
                """;
        // WHEN parsed
        PostmortemDocument document = PostmortemMarkdown.parse(markdown);
        List<TimelineRow> rows = document.postmortem().timeline();
        // THEN every time is read, dates carried forward, kinds inferred or stated, offsets converted to UTC
        assertThat(rows)
                .extracting(TimelineRow::time)
                .containsExactly(
                        LocalTime.of(14, 2),
                        LocalTime.of(14, 5),
                        LocalTime.of(9, 10),
                        LocalTime.of(9, 20, 30),
                        LocalTime.of(9, 30));
        assertThat(rows)
                .extracting(row -> row.date().orElseThrow())
                .containsExactly(
                        LocalDate.of(2026, 3, 4),
                        LocalDate.of(2026, 3, 4),
                        LocalDate.of(2026, 3, 5),
                        LocalDate.of(2026, 3, 5),
                        LocalDate.of(2026, 3, 5));
        assertThat(rows)
                .extracting(TimelineRow::kind)
                .containsExactly(
                        EntryKind.DETECTION,
                        EntryKind.DECLARATION,
                        EntryKind.MITIGATION,
                        EntryKind.RESOLUTION,
                        EntryKind.MITIGATION);
        assertThat(rows.get(3).kindInferred()).isFalse();
        assertThat(rows.get(3).text()).isEqualTo("All good");
        assertThat(document.untimedTimelineRows()).containsExactly(Position.line(11));
        assertThat(document.timelinePositions()).extracting(Position::line).containsExactly(6, 7, 8, 9, 10);
    }

    @Test
    void should_keep_rows_undated_when_the_document_has_no_date() {
        // GIVEN bare times and no date anywhere WHEN parsed THEN the rows have no date and no instant
        TimelineRow row = PostmortemMarkdown.parse("## Timeline\n\n- 14:02 Alert fired\n")
                .postmortem()
                .timeline()
                .get(0);
        assertThat(row.date()).isEmpty();
        assertThat(row.instant()).isEmpty();
    }

    @Test
    void should_match_headings_by_synonym_at_any_level_and_in_any_order() {
        // GIVEN sections under synonyms, at mixed levels, out of the usual order
        String markdown = """
                # Title
                ### Remediation
                - Add an alert on lag, owner: data team, due 2026-05-01
                # TL;DR
                Short.
                ## Causes
                The lag check had no alert.
                ##### What we learned
                Alerts matter.
                ## Responders
                - @kim
                """;
        // WHEN parsed
        Postmortem postmortem = PostmortemMarkdown.parse(markdown).postmortem();
        // THEN each lands in its place; unknown-but-known sections are kept by heading
        assertThat(postmortem.title()).isEqualTo("Title");
        assertThat(postmortem.summary()).contains("Short.");
        assertThat(postmortem.rootCauses()).containsExactly("The lag check had no alert.");
        assertThat(postmortem.lessonsLearned()).contains("Alerts matter.");
        assertThat(postmortem.additionalSection(Section.RESPONDERS)).contains("- @kim");
        assertThat(postmortem.followUps()).singleElement().satisfies(followUp -> {
            assertThat(followUp.title()).isEqualTo("Add an alert on lag");
            assertThat(followUp.owner()).contains("data team");
            assertThat(followUp.due()).contains(LocalDate.of(2026, 5, 1));
            assertThat(followUp.kind()).contains(FollowUpKind.DETECT);
            assertThat(followUp.kindInferred()).isTrue();
        });
    }

    @Test
    void should_render_follow_ups_as_a_table_with_stated_kinds_only() {
        // GIVEN a stated and an inferred follow-up WHEN rendered
        Postmortem postmortem = Postmortem.builder()
                .title("T")
                .addFollowUp(FollowUp.builder()
                        .title("Reject | in names")
                        .kind(FollowUpKind.PREVENT)
                        .owner("@a")
                        .build())
                .addFollowUp(FollowUp.builder()
                        .title("Add an alert")
                        .kind(FollowUpKind.DETECT)
                        .kindInferred(true)
                        .status(FollowUpStatus.WONT_DO)
                        .statusReason("covered by the SLO alert")
                        .build())
                .build();
        String markdown = PostmortemMarkdown.render(postmortem);
        // THEN the table escapes pipes, leaves inferred kinds blank, and reads back equal
        assertThat(markdown)
                .contains("| Reject \\| in names | prevent | @a |  |  |  | open |")
                .contains("| Add an alert |  |  |  |  |  | won't do: covered by the SLO alert |");
        assertThat(PostmortemMarkdown.parse(markdown).postmortem()).isEqualTo(postmortem);
        assertThat(PostmortemMarkdown.gantt(postmortem)).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "Impact and severity|Impact",
                "Why did it happen?|Root causes",
                "How was it detected?|Detection",
                "Timeline (all times UTC)|Timeline",
                "Corrective and Preventative Measures|Follow-ups",
                "Follow-up actions|Follow-ups",
                "3. Incident Timeline and Response|Timeline"
            })
    void should_match_a_heading_by_its_core_word_when_no_synonym_matches_exactly(String heading, String section) {
        // GIVEN a heading as other templates write it WHEN it is looked up THEN its core word decides
        assertThat(Section.find(heading)).map(Section::title).hasValue(section);
    }

    @Test
    void should_not_match_a_heading_without_a_core_word() {
        assertThat(Section.find("Background")).isEmpty();
        assertThat(Section.find("Appendix: glossary")).isEmpty();
    }
}
