package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.incident.timeline.EntryKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the reader takes apart headers, impact fields, timelines and follow-ups as people write them. */
class PostmortemReaderTest {

    private static Postmortem parse(String markdown) {
        return PostmortemMarkdown.parse(markdown).postmortem();
    }

    @Test
    void should_read_the_header_fields_when_the_preamble_lists_them() {
        // GIVEN a preamble of fields, one of them not a header field
        Postmortem postmortem = parse("""
                # Outage

                Incident ID: INC-7
                Postmortem status: Final
                Incident date: 2026-03-04
                Written by: priya and marco, kim
                Link: https://docs.example/INC-7
                Severity: SEV2
                """);
        // THEN the known fields are read, the rest is the summary
        assertThat(postmortem.incidentReference()).contains("INC-7");
        assertThat(postmortem.status()).isEqualTo(PostmortemStatus.PUBLISHED);
        assertThat(postmortem.date()).contains(LocalDate.of(2026, 3, 4));
        assertThat(postmortem.authors()).containsExactly("priya", "marco", "kim");
        assertThat(postmortem.location()).contains("https://docs.example/INC-7");
        assertThat(postmortem.summary()).contains("Severity: SEV2");
    }

    @ParameterizedTest
    @CsvSource({
        "Published, PUBLISHED",
        "publishing, PUBLISHED",
        "complete, PUBLISHED",
        "Completed, PUBLISHED",
        "In review, IN_REVIEW",
        "under review, IN_REVIEW",
        "Draft, DRAFT",
        "finalising, DRAFT",
        "'Complete, action items in progress', PUBLISHED",
        "'Published (follow-ups open)', PUBLISHED",
        "'In review; comments due Friday', IN_REVIEW",
        "'Draft — not yet reviewed', DRAFT",
    })
    void should_read_the_status_when_written_in_common_words(String written, PostmortemStatus status) {
        assertThat(parse("# T\n\nStatus: " + written + "\n").status()).isEqualTo(status);
    }

    @Test
    void should_keep_fields_in_the_summary_when_their_values_cannot_be_read() {
        // GIVEN header fields with blank or unreadable values
        Postmortem postmortem = parse("""
                # Outage

                Incident:
                Date: yesterday
                Location:
                """);
        // THEN they are not read, and stay in the summary
        assertThat(postmortem.incidentReference()).isEmpty();
        assertThat(postmortem.date()).isEmpty();
        assertThat(postmortem.location()).isEmpty();
        assertThat(postmortem.summary()).contains("Incident:\nDate: yesterday\nLocation:");
    }

    @Test
    void should_take_the_title_from_front_matter_when_there_is_no_heading() {
        // GIVEN YAML front matter closed by "...", and no H1
        Postmortem postmortem = parse("""
                ---
                author: kim
                title: "Queue backlog"
                title: ignored
                ...
                ## Summary

                The queue backed up.
                """);
        // THEN its title is used and the front matter is not part of any section
        assertThat(postmortem.title()).isEqualTo("Queue backlog");
        assertThat(postmortem.summary()).contains("The queue backed up.");
        assertThat(postmortem.authors()).isEmpty();
    }

    @Test
    void should_call_a_postmortem_untitled_when_nothing_names_it() {
        assertThat(parse("## Summary\n\nShort.\n").title()).isEqualTo("Untitled postmortem");
        assertThat(parse("---\ntitle: \n---\n## Summary\n\nShort.\n").title()).isEqualTo("Untitled postmortem");
        // an unclosed "---" is not front matter
        assertThat(parse("---\ntitle: x\n\n# Real title\n").title()).isEqualTo("Real title");
    }

    @Test
    void should_read_every_impact_field_when_the_impact_section_lists_them() {
        // GIVEN an impact section written as a list of fields, then a description
        PostmortemImpact impact = parse("""
                # Outage

                ## Impact

                - Impact start: 2026-03-04 14:00 UTC
                - Impact ended: 2026-03-04 14:18
                - Resolved at: 2026-03-04T16:31:00Z
                - Impact duration: 18 minutes
                - Services affected: checkout, payments ,
                - Affected users: 12,000
                - Failed requests: 1_500
                - **Users affected**: 12000

                About 8% of checkouts failed.
                """).impact().orElseThrow();
        // THEN each field is read
        assertThat(impact.startedAt()).contains(Instant.parse("2026-03-04T14:00:00Z"));
        assertThat(impact.mitigatedAt()).contains(Instant.parse("2026-03-04T14:18:00Z"));
        assertThat(impact.resolvedAt()).contains(Instant.parse("2026-03-04T16:31:00Z"));
        assertThat(impact.duration()).contains(Duration.ofMinutes(18));
        assertThat(impact.affectedServices()).containsExactly("checkout", "payments");
        assertThat(impact.usersAffected()).hasValue(12_000);
        assertThat(impact.requestsAffected()).hasValue(1_500);
        assertThat(impact.description()).isEqualTo("About 8% of checkouts failed.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "- Started: yesterday",
                "- Mitigated: soon",
                "- Resolved: later",
                "- Duration: a while",
                "- Users: many",
                "- Requests: lots",
                "- Colour: red",
                "- just a bullet",
            })
    void should_keep_the_impact_list_as_text_when_an_item_is_not_a_readable_field(String item) {
        // GIVEN an impact list with a readable field and one that is not
        String body = "- Users affected: 10\n" + item;
        PostmortemImpact impact =
                parse("# T\n\n## Impact\n\n" + body + "\n").impact().orElseThrow();
        // THEN nothing is read as a field, and the list is the description
        assertThat(impact.usersAffected()).isEmpty();
        assertThat(impact.description()).isEqualTo(body);
    }

    @Test
    void should_read_a_timeline_table_when_it_has_date_time_kind_and_event_columns() {
        // GIVEN a table with a date column, a time column, a kind column and an event column
        String markdown = """
                # Outage

                ## Timeline

                | Date | Time | Type | Description |
                | --- | --- | --- | --- |
                | 2026-03-04 | 14:02 | detection | Queue depth alert |
                | | 14:10 | role-change | kim took command |
                |  |  |  |  |
                | 2026-03-05 | later | note | no time |
                | 2026-03-05 | 09:00 | nonsense | Rolled back \\| reverted |
                """;
        Postmortem postmortem = parse(markdown);
        // THEN the rows are read with their dates and stated kinds, and the untimed one is reported
        assertThat(postmortem.timeline())
                .extracting(TimelineRow::date, TimelineRow::time, TimelineRow::kind, TimelineRow::text)
                .containsExactly(
                        tuple(
                                Optional.of(LocalDate.of(2026, 3, 4)),
                                LocalTime.of(14, 2),
                                EntryKind.DETECTION,
                                "Queue depth alert"),
                        tuple(
                                Optional.of(LocalDate.of(2026, 3, 4)),
                                LocalTime.of(14, 10),
                                EntryKind.ROLE_CHANGE,
                                "kim took command"),
                        tuple(
                                Optional.of(LocalDate.of(2026, 3, 5)),
                                LocalTime.of(9, 0),
                                EntryKind.MITIGATION,
                                "Rolled back | reverted"));
        assertThat(postmortem.timeline()).extracting(TimelineRow::kindInferred).containsExactly(false, false, true);
        assertThat(PostmortemMarkdown.parse(markdown).untimedTimelineRows()).containsExactly(Position.line(10));
        assertThat(PostmortemMarkdown.parse(PostmortemMarkdown.render(postmortem))
                        .postmortem())
                .isEqualTo(postmortem);
    }

    @Test
    void should_guess_the_columns_when_a_timeline_table_has_no_usual_headers() {
        // GIVEN tables without a time header: one with a date column first, one with nothing known
        Postmortem dated = parse("""
                ## Timeline

                | Day | At | Kind | Happened |
                | --- | --- | --- | --- |
                | 2026-03-04 14:02 | x | | Alert fired |
                """);
        Postmortem bare = parse("""
                ## Timeline

                | A | B |
                | --- | --- |
                | 14:02 | Alert fired |
                """);
        // THEN the date column holds the time, and otherwise the first column is the time
        assertThat(dated.timeline()).singleElement().satisfies(row -> {
            assertThat(row.date()).contains(LocalDate.of(2026, 3, 4));
            assertThat(row.time()).isEqualTo(LocalTime.of(14, 2));
            assertThat(row.text()).isEqualTo("x");
        });
        assertThat(bare.timeline()).singleElement().satisfies(row -> {
            assertThat(row.time()).isEqualTo(LocalTime.of(14, 2));
            assertThat(row.text()).isEqualTo("Alert fired");
            assertThat(row.kind()).isEqualTo(EntryKind.DETECTION);
        });
    }

    @Test
    void should_read_paragraph_rows_and_stated_kinds_when_the_timeline_is_plain_text() {
        // GIVEN a timeline written as lines of a paragraph, one with a kind tag that is not a kind
        Postmortem postmortem = parse("""
                # Outage

                Date: 2026-03-04

                ## Timeline

                14:02 [role change] kim took command
                14:07
                14:05 [later] Alert fired
                """);
        // THEN each line with a time and text is a row
        assertThat(postmortem.timeline())
                .extracting(TimelineRow::kind, TimelineRow::text, TimelineRow::kindInferred)
                .containsExactly(
                        tuple(EntryKind.ROLE_CHANGE, "kim took command", false),
                        tuple(EntryKind.DETECTION, "[later] Alert fired", true));
    }

    @Test
    void should_read_owner_due_priority_tracker_kind_and_status_when_a_follow_up_item_states_them() {
        // GIVEN follow-ups written as list items in many ways
        List<FollowUp> followUps = parse("""
                # Outage

                ## Action items

                - [x] prevent: Validate configs, owner: platform team due by 2026-04-01 priority: high ticket: OPS-12
                - Add an alert on lag (detect) @kim deadline 2026-04-02 P2 https://tracker.example/1.
                - Write the runbook, kind: process, (won't do: covered by the wiki) jira #42
                - [ ] Rotate keys, status: done PAY-7
                - [mitigate] Shed load earlier issue ABC-9, status: wont-do - too costly
                - ();
                """).followUps();
        // THEN each field is read and removed from the title
        assertThat(followUps).hasSize(5);
        FollowUp first = followUps.get(0);
        assertThat(first.title()).isEqualTo("Validate configs");
        assertThat(first.kind()).contains(FollowUpKind.PREVENT);
        assertThat(first.kindInferred()).isFalse();
        assertThat(first.status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(first.owner()).contains("platform team");
        assertThat(first.due()).contains(LocalDate.of(2026, 4, 1));
        assertThat(first.priority()).contains("high");
        assertThat(first.tracker()).contains("OPS-12");
        FollowUp second = followUps.get(1);
        assertThat(second.title()).isEqualTo("Add an alert on lag");
        assertThat(second.kind()).contains(FollowUpKind.DETECT);
        assertThat(second.kindInferred()).isFalse();
        assertThat(second.owner()).contains("@kim");
        assertThat(second.due()).contains(LocalDate.of(2026, 4, 2));
        assertThat(second.priority()).contains("P2");
        assertThat(second.tracker()).contains("https://tracker.example/1");
        FollowUp third = followUps.get(2);
        assertThat(third.title()).isEqualTo("Write the runbook");
        assertThat(third.kind()).contains(FollowUpKind.PROCESS);
        assertThat(third.status()).isEqualTo(FollowUpStatus.WONT_DO);
        assertThat(third.statusReason()).contains("covered by the wiki");
        assertThat(third.tracker()).contains("#42");
        FollowUp fourth = followUps.get(3);
        assertThat(fourth.title()).isEqualTo("Rotate keys");
        assertThat(fourth.status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(fourth.tracker()).contains("PAY-7");
        assertThat(fourth.kind()).isEmpty();
        FollowUp fifth = followUps.get(4);
        assertThat(fifth.title()).isEqualTo("Shed load earlier");
        assertThat(fifth.kind()).contains(FollowUpKind.MITIGATE);
        assertThat(fifth.status()).isEqualTo(FollowUpStatus.WONT_DO);
        assertThat(fifth.statusReason()).contains("too costly");
        assertThat(fifth.tracker()).contains("ABC-9");
    }

    @Test
    void should_read_a_follow_up_table_when_its_columns_have_other_names() {
        // GIVEN a follow-up table with other column names, in another order
        List<FollowUp> followUps = parse("""
                # Outage

                ## Corrective actions

                | Assignee | Task | Category | ETA | Prio | Jira | State |
                | --- | --- | --- | --- | --- | --- | --- |
                | TBD | Fix the \\| parser | repair | by 2026-04-01 | P1 | OPS-1 | won't do: replaced by OPS-2 |
                | @kim | Add a dashboard | | 2026-04-02 | | | closed |
                | Unassigned | Mitigate faster | mitigation | | | | rejected: |
                |  |  |  |  |  |  |  |
                """).followUps();
        // THEN each column is read by its name
        assertThat(followUps).hasSize(3);
        FollowUp first = followUps.get(0);
        assertThat(first.title()).isEqualTo("Fix the | parser");
        assertThat(first.owner()).isEmpty();
        assertThat(first.kind()).contains(FollowUpKind.FIX);
        assertThat(first.kindInferred()).isFalse();
        assertThat(first.due()).contains(LocalDate.of(2026, 4, 1));
        assertThat(first.priority()).contains("P1");
        assertThat(first.tracker()).contains("OPS-1");
        assertThat(first.status()).isEqualTo(FollowUpStatus.WONT_DO);
        assertThat(first.statusReason()).contains("replaced by OPS-2");
        FollowUp second = followUps.get(1);
        assertThat(second.owner()).contains("@kim");
        assertThat(second.kind()).contains(FollowUpKind.DETECT);
        assertThat(second.kindInferred()).isTrue();
        assertThat(second.status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(second.priority()).isEmpty();
        FollowUp third = followUps.get(2);
        assertThat(third.owner()).isEmpty();
        assertThat(third.kind()).contains(FollowUpKind.MITIGATE);
        assertThat(third.status()).isEqualTo(FollowUpStatus.WONT_DO);
        assertThat(third.statusReason()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"none", "N/A", "nobody", "todo", "''"})
    void should_read_no_owner_when_the_owner_cell_is_a_placeholder(String owner) {
        List<FollowUp> followUps = parse(
                        "## Follow-ups\n\n| Title | Owner |\n| --- | --- |\n| Add a test | " + owner + " |\n")
                .followUps();
        assertThat(followUps)
                .singleElement()
                .satisfies(followUp -> assertThat(followUp.owner()).isEmpty());
    }

    @Test
    void should_take_the_first_free_column_as_the_title_when_no_column_is_named_for_it() {
        List<FollowUp> followUps = parse("""
                ## Follow-ups

                | Owner | Due | Something |
                | --- | --- | --- |
                | @kim | 2026-04-02 | Add a dashboard |
                """).followUps();
        assertThat(followUps).singleElement().satisfies(followUp -> {
            assertThat(followUp.title()).isEqualTo("Add a dashboard");
            assertThat(followUp.owner()).contains("@kim");
            assertThat(followUp.due()).contains(LocalDate.of(2026, 4, 2));
        });
    }

    @Test
    void should_split_labelled_paragraphs_into_sections_when_written_as_bold_fields() {
        // GIVEN sections written as bold labels, two in one paragraph, and an unknown label after them
        String markdown = """
                # Outage

                **Summary:** The queue backed up.
                **Trigger**: A deploy.
                more about the deploy

                **Detection:** An alert.

                **Colour:** not a section
                """;
        Postmortem postmortem = parse(markdown);
        // THEN each label starts its section, and the unknown one stays in the last section
        assertThat(postmortem.summary()).contains("The queue backed up.");
        assertThat(postmortem.trigger()).contains("A deploy.\nmore about the deploy");
        assertThat(postmortem.detection()).contains("An alert.\n**Colour:** not a section");
        assertThat(PostmortemMarkdown.parse(markdown).position(Section.TRIGGER)).contains(Position.line(4));
    }

    @Test
    void should_merge_repeated_sections_and_keep_unknown_ones_when_reading_headings() {
        // GIVEN a summary in two places, an unknown section twice, and an empty one
        Postmortem postmortem = parse("""
                # Outage

                ## Summary

                First part.

                ## Background

                Some history.

                ## Overview

                Second part.

                ## Background

                More history.

                ## Background

                ## Glossary
                """);
        // THEN the summary parts are joined, the unknown sections kept by heading
        assertThat(postmortem.summary()).contains("First part.\n\nSecond part.");
        assertThat(postmortem.additionalSections())
                .containsExactly(Map.entry("Background", "Some history.\n\nMore history."), Map.entry("Glossary", ""));
    }

    @Test
    void should_read_lines_the_same_when_they_end_with_cr_lf_or_cr() {
        String unix = "# T\n\n## Summary\n\nShort.\n\n## Root causes\n\n- A\n- B\n";
        Postmortem expected = parse(unix);
        assertThat(parse(unix.replace("\n", "\r\n"))).isEqualTo(expected);
        assertThat(parse(unix.replace("\n", "\r"))).isEqualTo(expected);
        assertThat(PostmortemMarkdown.parse(unix.replace("\n", "\r\n")).rootCausePositions())
                .containsExactly(Position.line(9), Position.line(10));
    }

    @Test
    void should_start_sections_only_at_the_level_of_the_known_headings_when_reading_deeper_headings() {
        // GIVEN known sections at level 3, an unknown level-3 heading, a level-4 one and an empty one
        Postmortem postmortem = parse("""
                # Outage

                # Second title

                ### Summary

                Short.

                #### Details

                More.

                ###

                ### Background

                Some history.
                """);
        // THEN the level-4 and empty headings stay in the summary; the level-1 and -3 ones are sections
        assertThat(postmortem.title()).isEqualTo("Outage");
        assertThat(postmortem.summary()).contains("Short.\n\n#### Details\n\nMore.\n\n###");
        assertThat(postmortem.additionalSections())
                .containsExactly(Map.entry("Second title", ""), Map.entry("Background", "Some history."));
    }

    @Test
    void should_use_level_two_for_sections_when_no_heading_is_known() {
        // GIVEN only unknown headings
        Postmortem postmortem = parse("""
                Intro.

                # Title after the intro

                ## Background

                Some history.

                ### Detail

                More.
                """);
        // THEN the first H1 is the title even after an intro, level 2 is a section, level 3 is content
        assertThat(postmortem.title()).isEqualTo("Title after the intro");
        assertThat(postmortem.summary()).contains("Intro.");
        assertThat(postmortem.additionalSections())
                .containsExactly(Map.entry("Background", "Some history.\n\n### Detail\n\nMore."));
    }

    @Test
    void should_read_root_causes_as_one_when_written_as_paragraphs() {
        // GIVEN root causes in two paragraphs, a list with an empty item, and an empty section
        Postmortem paragraphs = parse("## Root causes\n\nThe cache was cold.\n\nNo test covered it.\n");
        Postmortem list = parse("## Root causes\n\n- The cache was cold.\n-\n- No test covered it.\n");
        Postmortem empty = parse("## Root causes\n\n## Summary\n\nShort.\n");
        // THEN paragraphs are one cause, list items one each, and nothing is no cause
        assertThat(paragraphs.rootCauses()).containsExactly("The cache was cold. No test covered it.");
        assertThat(list.rootCauses()).containsExactly("The cache was cold.", "No test covered it.");
        assertThat(empty.rootCauses()).isEmpty();
    }

    @Test
    void should_roll_bare_times_over_midnight_when_reading_only_at_twelve_hours_back_or_more() {
        // GIVEN undated rows after a dated document's noon and 11:59 rows
        List<TimelineRow> twelve = parse(
                        "Date: 2026-03-04\n\n## Timeline\n\n- 12:00 Alert fired\n- 00:00 Rolled back\n")
                .timeline();
        List<TimelineRow> less = parse("Date: 2026-03-04\n\n## Timeline\n\n- 11:59 Alert fired\n- 00:00 Rolled back\n")
                .timeline();
        // THEN twelve hours back is the next day, less is the same day
        assertThat(twelve)
                .extracting(row -> row.date().orElseThrow())
                .containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5));
        assertThat(less)
                .extracting(row -> row.date().orElseThrow())
                .containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4));
    }

    @ParameterizedTest
    @CsvSource({
        "Complete, DONE",
        "completed, DONE",
        "x, DONE",
        "Done, DONE",
        "will not do, WONT_DO",
        "wontfix, WONT_DO",
        "in progress, OPEN",
        "open, OPEN",
    })
    void should_read_the_status_cell_when_written_in_common_words(String status, FollowUpStatus expected) {
        assertThat(parse("## Follow-ups\n\n| Action | Status |\n| --- | --- |\n| Add a test | " + status + " |\n")
                        .followUps())
                .singleElement()
                .satisfies(followUp -> assertThat(followUp.status()).isEqualTo(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "fix, FIX",
        "Fixing,",
        "repair, FIX",
        "detection, DETECT",
        "Prevention, PREVENT",
        "process change, PROCESS",
        "mitigate, MITIGATE",
        "other,",
    })
    void should_read_the_kind_cell_when_written_in_common_words(String kind, FollowUpKind expected) {
        assertThat(parse("## Follow-ups\n\n| Action | Kind |\n| --- | --- |\n| Look into it | " + kind + " |\n")
                        .followUps())
                .singleElement()
                .satisfies(followUp -> {
                    assertThat(followUp.kind()).isEqualTo(Optional.ofNullable(expected));
                    assertThat(followUp.kindInferred()).isFalse();
                });
    }

    @Test
    void should_find_columns_by_their_last_word_when_headers_are_longer() {
        List<FollowUp> followUps = parse("""
                ## Follow-ups

                | Action item | Planned due | Task owner |
                | --- | --- | --- |
                | Add a test | 2026-04-03 | @kim |
                """).followUps();
        assertThat(followUps).singleElement().satisfies(followUp -> {
            assertThat(followUp.title()).isEqualTo("Add a test");
            assertThat(followUp.due()).contains(LocalDate.of(2026, 4, 3));
            assertThat(followUp.owner()).contains("@kim");
        });
    }

    @Test
    void should_keep_the_words_around_a_due_date_when_it_has_no_label() {
        assertThat(parse("## Follow-ups\n\n- Add a test 2026-04-03 for JPY\n").followUps())
                .singleElement()
                .satisfies(followUp -> {
                    assertThat(followUp.title()).isEqualTo("Add a test for JPY");
                    assertThat(followUp.due()).contains(LocalDate.of(2026, 4, 3));
                });
    }

    @Test
    void should_read_the_intro_as_the_summary_only_when_there_is_no_summary_section() {
        assertThat(parse("# T\n\nIntro.\n\n## Summary\n\nShort.\n").summary()).contains("Short.");
        assertThat(parse("# T\n\nIntro.\n\n## Impact\n\nSome.\n").summary()).contains("Intro.");
        assertThat(parse("---\ntitle: x\n---\n# T\n\nIntro.\n").summary()).contains("Intro.");
    }

    @Test
    void should_read_headings_and_items_that_span_lines_when_joining_them() {
        // GIVEN a two-line setext heading and a root cause item written over two lines
        Postmortem postmortem = parse("""
                # T

                Lessons
                learned
                -------

                Alerts matter.

                ## Root causes

                - The cache
                  was cold.
                - No test.
                """);
        // THEN the heading is found and the item is one line
        assertThat(postmortem.lessonsLearned()).contains("Alerts matter.");
        assertThat(postmortem.rootCauses()).containsExactly("The cache was cold.", "No test.");
    }

    @Test
    void should_find_the_text_column_when_its_name_is_taken_by_the_time_kind_or_date() {
        // GIVEN tables whose "event" column is also the time, kind or date column by name
        Postmortem time = parse("## Timeline\n\n| Event time | What |\n| --- | --- |\n| 14:02 | Alert fired |\n");
        Postmortem kind = parse(
                "## Timeline\n\n| Time | Event type | Details |\n| --- | --- | --- |\n| 14:02 | detection | Paged |\n");
        Postmortem date = parse(
                "## Timeline\n\n| Event date | Time | Notes |\n| --- | --- | --- |\n| 2026-03-04 | 14:02 | Paged |\n");
        Postmortem dateSecond =
                parse("## Timeline\n\n| At | Date | Event |\n| --- | --- | --- |\n| 14:02 | 2026-03-04 | Paged |\n");
        // THEN the text comes from the next free column
        assertThat(time.timeline()).extracting(TimelineRow::text).containsExactly("Alert fired");
        assertThat(kind.timeline())
                .extracting(TimelineRow::text, TimelineRow::kind)
                .containsExactly(tuple("Paged", EntryKind.DETECTION));
        assertThat(date.timeline())
                .extracting(TimelineRow::text, TimelineRow::date)
                .containsExactly(tuple("Paged", Optional.of(LocalDate.of(2026, 3, 4))));
        assertThat(dateSecond.timeline())
                .extracting(TimelineRow::text, TimelineRow::time, TimelineRow::date)
                .containsExactly(tuple("Paged", LocalTime.of(14, 2), Optional.of(LocalDate.of(2026, 3, 4))));
        // AND a table with only a time column has no text, so no rows
        assertThat(parse("## Timeline\n\n| Time |\n| --- |\n| 14:02 |\n").timeline())
                .isEmpty();
    }

    @Test
    void should_find_the_title_column_when_its_name_is_taken_by_the_kind_or_owner() {
        List<FollowUp> kind = parse(
                        "## Follow-ups\n\n| Task type | Owner | Thing |\n| --- | --- | --- |\n| prevent | @kim | Add a test |\n")
                .followUps();
        List<FollowUp> owner = parse(
                        "## Follow-ups\n\n| Owner of action | Thing |\n| --- | --- |\n| @kim | Add a test |\n")
                .followUps();
        assertThat(kind).singleElement().satisfies(followUp -> {
            assertThat(followUp.title()).isEqualTo("Add a test");
            assertThat(followUp.kind()).contains(FollowUpKind.PREVENT);
            assertThat(followUp.owner()).contains("@kim");
        });
        assertThat(owner).singleElement().satisfies(followUp -> {
            assertThat(followUp.title()).isEqualTo("Add a test");
            assertThat(followUp.owner()).contains("@kim");
        });
    }

    @Test
    void should_read_twelve_hour_and_markdown_wrapped_times_when_timeline_rows_start_with_them() {
        // GIVEN rows whose times are on a 12-hour clock, in code, in bold, or bold lines of a paragraph
        PostmortemDocument document = PostmortemMarkdown.parse("""
                # Outage

                Date: 2026-03-04

                ## Timeline

                - **11:52 AM** — Broadcast started
                - `12:05` — Queue depth alert fired
                - **2:14 p.m.** — Traffic failed over to the secondary provider
                - 12:05am — Incident resolved

                **07:48** — Nightly job started
                """);
        // THEN every row is timed on the 24-hour clock, and no markup or AM/PM is left in the text
        assertThat(document.untimedTimelineRows()).isEmpty();
        assertThat(document.postmortem().timeline())
                .extracting(TimelineRow::time, TimelineRow::text)
                .containsExactly(
                        tuple(LocalTime.of(11, 52), "Broadcast started"),
                        tuple(LocalTime.of(12, 5), "Queue depth alert fired"),
                        tuple(LocalTime.of(14, 14), "Traffic failed over to the secondary provider"),
                        tuple(LocalTime.of(0, 5), "Incident resolved"),
                        tuple(LocalTime.of(7, 48), "Nightly job started"));
    }

    @Test
    void should_leave_a_row_untimed_when_its_am_or_pm_contradicts_the_hour() {
        // GIVEN a row at "14:02 PM", which is no time on either clock
        PostmortemDocument document = PostmortemMarkdown.parse("# Outage\n\n## Timeline\n\n- 14:02 PM — Paged\n");
        // THEN it is reported as a row without a time, not read as 14:02 or 02:02
        assertThat(document.postmortem().timeline()).isEmpty();
        assertThat(document.untimedTimelineRows()).extracting(Position::line).containsExactly(5);
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            value = {
                "Outage => **Date:** Mar 12, 2026",
                "Outage => **Incident date:** Thursday, March 12, 2026",
                "Outage => | | |\\n|---|---|\\n| **Date of Incident** | 2026-03-12 |\\n| **Severity** | SEV-2 |",
                "Debrief: search stopped — 12/03/2026 => Debrief held 20/03/2026.",
                "Incident Review: 2026-03-12 registry push failures => Severity 2",
                "Outage => All times UTC, 2026-03-12.",
                "Outage => All times in CET (UTC+1) on Thursday 12 March 2026 unless noted.",
            })
    void should_read_the_document_date_when_a_label_header_table_title_or_note_on_times_gives_it(
            String title, String preamble) {
        // GIVEN a document whose date is only in a field, a header table, its title or a note on its times
        Postmortem postmortem =
                parse("# " + title + "\n\n" + preamble.replace("\\n", "\n") + "\n\n## Timeline\n\n- 14:02 Paged\n");
        // THEN it is the document's date, and bare timeline times are on it
        assertThat(postmortem.date()).contains(LocalDate.of(2026, 3, 12));
        assertThat(postmortem.timeline())
                .singleElement()
                .satisfies(row -> assertThat(row.date()).contains(LocalDate.of(2026, 3, 12)));
    }

    @Test
    void should_read_no_document_date_when_the_only_date_is_numeric_and_ambiguous() {
        // GIVEN a title date that could be 4 March or 3 April, and no other numeric date to tell
        PostmortemDocument document = PostmortemMarkdown.parse("# Debrief — 04/03/2026\n\nDate: 04/03/2026\n");
        // THEN there is no date rather than a guess, and the unread field stays in the summary
        assertThat(document.postmortem().date()).isEmpty();
        assertThat(document.postmortem().summary()).contains("Date: 04/03/2026");
    }

    @Test
    void should_read_numeric_and_yearless_due_dates_when_the_document_settles_them() {
        // GIVEN a day-first document (25/03 can only be day first) with list follow-ups, and a
        // month-first one (04/30) with a table
        List<FollowUp> dayFirst = parse("""
                # Outage

                **Date:** Mar 12, 2026

                ## Follow-ups

                - Page on disk usage. Owner: Ana, due 11/03/2026
                - Review runbook. Owner: Joost, due 25/03/2026
                - [ ] Add a lock timeout (@kevin, by Mar 19)
                - [x] Re-create the index (@kevin, done Mar 12)
                """).followUps();
        List<FollowUp> monthFirst = parse("""
                # Outage

                ## What we're changing

                | Action | Owner | Due |
                |---|---|---|
                | Exponential backoff on 429s | Hannah Cole | 04/10/2026 |
                | Separate worker pools | Raj Patel | 04/30/2026 |
                """).followUps();
        // THEN each due date is read in the document's order, the one without a year in its year
        assertThat(dayFirst)
                .extracting(FollowUp::title, followUp -> followUp.due().orElseThrow())
                .containsExactly(
                        tuple("Page on disk usage.", LocalDate.of(2026, 3, 11)),
                        tuple("Review runbook.", LocalDate.of(2026, 3, 25)),
                        tuple("Add a lock timeout", LocalDate.of(2026, 3, 19)),
                        tuple("Re-create the index", LocalDate.of(2026, 3, 12)));
        assertThat(monthFirst)
                .extracting(followUp -> followUp.due().orElseThrow())
                .containsExactly(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 30));
    }

    @Test
    void should_keep_an_ambiguous_due_date_in_the_title_and_say_why_it_was_not_read() {
        // GIVEN follow-ups due on dates that could be day/month or month/day, in a list and a table,
        // and one without a year in a document without a date
        PostmortemDocument document = PostmortemMarkdown.parse("""
                # Outage

                ## Follow-ups

                - Page on disk usage. Owner: Ana, due 04/03/2026

                | Action | Owner | Due |
                |---|---|---|
                | Ask the provider for a burst allowance | Luis Ortega | 05/03/2026 |
                | Add a lock timeout | Kevin | by Mar 19 |
                """);
        // THEN no due date is guessed, the written date stays in the title
        assertThat(document.postmortem().followUps())
                .extracting(FollowUp::title, FollowUp::due)
                .containsExactly(
                        tuple("Page on disk usage., due 04/03/2026", Optional.empty()),
                        tuple("Ask the provider for a burst allowance (due 05/03/2026)", Optional.empty()),
                        tuple("Add a lock timeout (due by Mar 19)", Optional.empty()));
        // AND the missing-due-date findings say why
        assertThat(CompletenessValidator.of(CompletenessProfile.DEFAULT).validate(document).findings().stream()
                        .filter(finding -> finding.rule() == Rule.FOLLOW_UP_NO_DUE_DATE)
                        .map(Finding::message))
                .containsExactly(
                        "Follow-up \"Page on disk usage., due 04/03/2026\" has no due date that could be read:"
                                + " \"04/03/2026\" could be day/month or month/day.",
                        "Follow-up \"Ask the provider for a burst allowance (due 05/03/2026)\" has no due date that"
                                + " could be read: \"05/03/2026\" could be day/month or month/day.",
                        "Follow-up \"Add a lock timeout (due by Mar 19)\" has no due date that could be read:"
                                + " \"Mar 19\" has no year, and no document date before it gives one.");
    }

    @Test
    void should_read_counts_from_an_impact_written_as_prose_and_its_window_from_the_timeline() {
        // GIVEN an impact written as a sentence, and a dated timeline that marks where the impact began and ended
        PostmortemImpact impact = parse("""
                # Checkout outage

                **Date:** 2026-02-11

                **Impact:** Approximately 21,400 checkout attempts failed, affecting an estimated 9,800 unique
                customers; about 184,000 failed requests in all.

                ## Timeline

                - 14:02 — Config pushed. **TRIGGER**
                - 14:04 — 5xx ratio begins rising. **OUTAGE BEGINS**
                - 14:11 — Burn-rate alert pages the on-call. **DETECTION**
                - 14:58 — Error ratio back to baseline. **OUTAGE ENDS**
                - 15:30 — Incident closed.
                """).impact().orElseThrow();
        // THEN the counts are read, and the window runs from the row that began the impact to the row that ended it
        assertThat(impact.usersAffected()).hasValue(9_800);
        assertThat(impact.requestsAffected()).hasValue(184_000);
        assertThat(impact.startedAt()).contains(Instant.parse("2026-02-11T14:04:00Z"));
        assertThat(impact.mitigatedAt()).contains(Instant.parse("2026-02-11T14:58:00Z"));
        assertThat(impact.effectiveDuration()).contains(Duration.ofMinutes(54));
    }

    @Test
    void should_take_no_impact_window_from_the_timeline_when_rows_only_detect_or_have_no_date() {
        // GIVEN a dated timeline without rows marking the impact's bounds, and an undated one with them
        String impact = "## Impact\n\nAbout 3.1 billion queries failed.\n\n";
        Postmortem detectedOnly = parse("# Outage\n\nDate: 2026-04-09\n\n" + impact
                + "## Timeline\n\n- 14:56 Alert pages the on-call\n- 15:58 Incident resolved\n");
        Postmortem undated =
                parse("# Outage\n\n" + impact + "## Timeline\n\n- 14:52 Impact begins.\n- 15:27 Impact ends.\n");
        // THEN neither gets a window: detection is not the impact's start, and times need a date
        assertThat(detectedOnly.impact().orElseThrow().effectiveDuration()).isEmpty();
        assertThat(undated.impact().orElseThrow().effectiveDuration()).isEmpty();
        assertThat(undated.impact().orElseThrow().requestsAffected()).hasValue(3_100_000_000L);
    }

    @Test
    void should_read_project_references_team_owners_and_no_ticket_cells_when_follow_ups_state_them() {
        // GIVEN follow-ups as GitLab, blog and PagerDuty templates write them
        List<FollowUp> followUps = parse("""
                # Outage

                ## Corrective actions

                - [ ] Add a synthetic probe with alerting — @mbernal, due 2026-03-06 (infra#18843)
                - [x] Revert !6120 — @tkato, done 2026-02-25 (infra/terraform!6131)
                - [ ] Allow one approver during `severity::1`/`severity::2` incidents — @rsolano, due 2026-03-27
                - **Capacity review.** Add capacity where needed. Owner: Olu Adeyemi (Capacity Planning), due 2026-06-30.

                | Ticket | Description | Owner | Due |
                |---|---|---|---|
                | _no ticket yet_ | Add a scribe to the checklist | Dana Whitfield | 2026-01-29 |
                """).followUps();
        // THEN references are trackers, a team after an owner belongs to the owner, and the titles keep no leftovers
        assertThat(followUps)
                .extracting(FollowUp::title, FollowUp::owner, FollowUp::tracker)
                .containsExactly(
                        tuple(
                                "Add a synthetic probe with alerting",
                                Optional.of("@mbernal"),
                                Optional.of("infra#18843")),
                        tuple("Revert !6120", Optional.of("@tkato"), Optional.of("infra/terraform!6131")),
                        tuple(
                                "Allow one approver during `severity::1`/`severity::2` incidents",
                                Optional.of("@rsolano"),
                                Optional.empty()),
                        tuple(
                                "**Capacity review.** Add capacity where needed.",
                                Optional.of("Olu Adeyemi (Capacity Planning)"),
                                Optional.empty()),
                        tuple("Add a scribe to the checklist", Optional.of("Dana Whitfield"), Optional.empty()));
    }
}
