package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timelines written the way people write them: date-only rows, date labels, nested days, chat logs. */
class PostmortemTimelineShapesTest {
    private static final LocalDate MAY_2 = LocalDate.of(2031, 5, 2);
    private static final LocalDate MAY_3 = LocalDate.of(2031, 5, 3);

    private static PostmortemDocument parse(String timeline) {
        return PostmortemMarkdown.parse("# Outage\n\n## Timeline\n\n" + timeline);
    }

    @Test
    void should_read_a_list_row_stamped_with_a_date_only_at_day_precision() {
        // GIVEN list rows stamped with dates and no times, then a row with a time
        PostmortemDocument document = parse("""
                - 2031-04-20: Certificate renewal reminder sent to the team alias
                - 2031-04-27 — Second reminder, same alias
                - 2031-05-02 09:15 Certificate expired
                """);
        List<TimelineRow> rows = document.postmortem().timeline();
        // THEN every row is timed, the first two at day precision
        assertThat(document.untimedTimelineRows()).isEmpty();
        assertThat(rows).extracting(TimelineRow::timeKnown).containsExactly(false, false, true);
        assertThat(rows.get(0).date()).contains(LocalDate.of(2031, 4, 20));
        assertThat(rows.get(0).time()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(rows.get(1).text()).isEqualTo("Second reminder, same alias");
    }

    @Test
    void should_read_a_table_row_whose_time_cell_is_a_date() {
        // GIVEN a table whose first rows give only a day
        PostmortemDocument document = parse("""
                | When | What |
                |---|---|
                | 2031-05-02 | Quota raised for the batch tenant |
                | 2031-05-03 10:00 | Queue depth alert fired |
                """);
        // THEN the dated row is a row at day precision, not a row without a time
        assertThat(document.untimedTimelineRows()).isEmpty();
        assertThat(document.postmortem().timeline())
                .extracting(TimelineRow::date, TimelineRow::timeKnown)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(MAY_2), false),
                        org.assertj.core.groups.Tuple.tuple(java.util.Optional.of(MAY_3), true));
    }

    @Test
    void should_date_nested_rows_from_a_list_item_that_is_only_a_date() {
        // GIVEN days as list items, with the day's rows nested under them, one with its own details
        PostmortemDocument document = parse("""
                - 2031-05-02
                  - 22:40 — migration started
                    - ran against the primary
                    - no dry run
                  - 23:55 — lag alert fired
                - 2031-05-03
                  - 00:20 — writes paused
                """);
        List<TimelineRow> rows = document.postmortem().timeline();
        // THEN the nested rows take their day, and the deeper bullets are part of their row's text
        assertThat(document.untimedTimelineRows()).isEmpty();
        assertThat(rows)
                .extracting(TimelineRow::time)
                .containsExactly(LocalTime.of(22, 40), LocalTime.of(23, 55), LocalTime.of(0, 20));
        assertThat(rows).extracting(row -> row.date().orElseThrow()).containsExactly(MAY_2, MAY_2, MAY_3);
        assertThat(rows.get(0).text()).isEqualTo("migration started - ran against the primary - no dry run");
        assertThat(document.timelinePositions()).extracting(Position::line).containsExactly(6, 9, 11);
    }

    @Test
    void should_take_the_date_of_a_date_label_and_skip_a_date_range_label() {
        // GIVEN a bold range label over dated rows, then bold and plain date labels over bare times
        PostmortemDocument document = parse("""
                **2031-04-20 to 2031-05-01 (leadup)**

                - 2031-04-20: Alias lost its last member

                **2031-05-02**

                - 18:00 Certificate expired
                - 18:05 Alert fired

                2031-05-03 (all times UTC)

                - 09:00 Review held
                """);
        List<TimelineRow> rows = document.postmortem().timeline();
        // THEN the labels are not rows, and the bare times take the date of the label above them
        assertThat(document.untimedTimelineRows()).isEmpty();
        assertThat(rows).hasSize(4);
        assertThat(rows)
                .extracting(row -> row.date().orElseThrow())
                .containsExactly(LocalDate.of(2031, 4, 20), MAY_2, MAY_2, MAY_3);
    }

    @Test
    void should_not_report_a_day_precision_row_as_out_of_order_against_times_on_its_day() {
        // GIVEN a timed row, then a day-precision row for the same day, then the next day
        PostmortemDocument document = parse("""
                - 2031-05-02 10:00 Alert fired
                - 2031-05-02: Rollback prepared during the day
                - 2031-05-01: The change that caused it was merged
                """);
        // WHEN validated
        CompletenessReport report = CompletenessValidator.of(CompletenessProfile.DEFAULT, markdown -> List.of())
                .validate(document);
        // THEN only the row from an earlier day is out of order, described by its date
        assertThat(report.findings())
                .filteredOn(finding -> finding.rule() == Rule.TIMELINE_OUT_OF_ORDER)
                .extracting(Finding::message)
                .containsExactly("The row at 2031-05-01 comes after a row at 2031-05-02.");
    }

    @Test
    void should_render_a_day_precision_row_as_its_date_and_read_it_back_equal() {
        // GIVEN a postmortem with a day-precision row
        Postmortem postmortem = Postmortem.builder()
                .title("T")
                .addTimeline(TimelineRow.builder()
                        .date(MAY_2)
                        .time(LocalTime.NOON)
                        .timeKnown(false)
                        .kind(dev.incident.timeline.EntryKind.NOTE)
                        .text("Reminder sent")
                        .build())
                .build();
        // WHEN rendered and read back THEN the row shows its date only, at midnight, and survives the round trip
        assertThat(postmortem.timeline().get(0).time()).isEqualTo(LocalTime.MIDNIGHT);
        String markdown = PostmortemMarkdown.render(postmortem);
        assertThat(markdown).contains("| 2031-05-02 | note | Reminder sent |");
        assertThat(PostmortemMarkdown.parse(markdown).postmortem()).isEqualTo(postmortem);
    }

    @Test
    void should_reject_a_row_without_time_of_day_or_date() {
        // GIVEN a row of day precision without a date WHEN built THEN it is rejected
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> TimelineRow.builder()
                        .time(LocalTime.MIDNIGHT)
                        .timeKnown(false)
                        .kind(dev.incident.timeline.EntryKind.NOTE)
                        .text("x")
                        .build())
                .withMessageContaining("must have a date");
    }

    @Test
    void should_read_a_chat_log_in_a_fenced_block_as_rows_at_their_own_lines() {
        // GIVEN a chat excerpt with bracketed stamps, a line without a stamp, and a note above it
        PostmortemDocument document = PostmortemMarkdown.parse("""
                # Outage

                Date: 2031-05-02

                ## Timeline (chat excerpt)

                Copied from the incident channel.

                ```text
                [23:58:10] @deploy-bot: web v2.4 rollout started by @ines
                [00:03:45] @ines: errors climbing, rolled back
                   (continued) checking the dashboards
                [00:09:00] @ines: resolved, error rate back to baseline
                ```
                """);
        List<TimelineRow> rows = document.postmortem().timeline();
        // THEN each stamped line is a row with its speaker kept, dated across midnight, at its own line
        assertThat(rows)
                .extracting(TimelineRow::time)
                .containsExactly(LocalTime.of(23, 58, 10), LocalTime.of(0, 3, 45), LocalTime.of(0, 9));
        assertThat(rows).extracting(row -> row.date().orElseThrow()).containsExactly(MAY_2, MAY_3, MAY_3);
        assertThat(rows.get(1).text()).isEqualTo("@ines: errors climbing, rolled back");
        assertThat(rows.get(1).kind()).isEqualTo(dev.incident.timeline.EntryKind.MITIGATION);
        assertThat(document.timelinePositions()).extracting(Position::line).containsExactly(10, 11, 13);
        assertThat(document.untimedTimelineRows()).isEmpty();
    }

    @Test
    void should_read_irc_style_and_iso_stamped_log_lines_in_a_fenced_block() {
        // GIVEN an IRC-style log and a log export with ISO instants, fractional seconds included
        PostmortemDocument document = parse("""
                ```
                22:10:05 <ines> failover started
                2031-05-03T01:30:02Z deploy of api 7.1 started
                2031-05-03T01:31:00.250Z health checks failing
                [2031-05-03 01:32] pager fired
                ```
                """);
        List<TimelineRow> rows = document.postmortem().timeline();
        // THEN every line is a row with its time, and the ISO lines carry their date
        assertThat(rows)
                .extracting(TimelineRow::text)
                .containsExactly(
                        "<ines> failover started", "deploy of api 7.1 started", "health checks failing", "pager fired");
        assertThat(rows.get(0).date()).isEmpty();
        assertThat(rows.get(2).time()).isEqualTo(LocalTime.of(1, 31));
        assertThat(rows.get(3).date()).contains(MAY_3);
        assertThat(document.timelinePositions()).extracting(Position::line).containsExactly(6, 7, 8, 9);
    }

    @Test
    void should_not_read_rows_from_a_fenced_block_outside_the_timeline() {
        // GIVEN a log excerpt in an appendix WHEN parsed THEN it adds no timeline rows
        PostmortemDocument document = PostmortemMarkdown.parse(
                "# Outage\n\n## Timeline\n\n- 10:00 Alert fired\n\n## Appendix\n\n```\n[10:01:00] noise\n```\n");
        assertThat(document.postmortem().timeline()).hasSize(1);
    }
}
