package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Timeline rows are in UTC: the reader converts the times a postmortem writes in another zone, named
 * after the time, in the timeline's heading or time column, or in the document's note or header.
 */
class PostmortemTimeZonesTest {

    private static PostmortemDocument parse(String markdown) {
        return PostmortemMarkdown.parse(markdown);
    }

    @Test
    void should_convert_rows_to_utc_and_move_their_date_when_a_note_names_the_zone() {
        // GIVEN a debrief whose times are in CET, with a row just after midnight and one before
        PostmortemDocument document = parse("""
                # Debrief

                All times in CET (UTC+1) on Wednesday 04/03/2026 unless noted. Debrief held 25/03/2026.

                ## Timeline

                - **00:30** — Disk alert fired
                - **10:41** — Read-only block removed. *Mitigated.*
                """);
        // THEN the rows are in UTC, the first on the day before, and the text is as written
        assertThat(document.postmortem().timeline())
                .extracting(TimelineRow::date, TimelineRow::time, TimelineRow::text)
                .containsExactly(
                        tuple(
                                java.util.Optional.of(LocalDate.of(2026, 3, 3)),
                                LocalTime.of(23, 30),
                                "Disk alert fired"),
                        tuple(
                                java.util.Optional.of(LocalDate.of(2026, 3, 4)),
                                LocalTime.of(9, 41),
                                "Read-only block removed. *Mitigated.*"));
        // AND the document tells the zone it read them in
        assertThat(document.timeZone()).contains(ZoneOffset.ofHours(1));
        assertThat(document.unconvertedTimelineRows()).isEmpty();
    }

    @Test
    void should_prefer_the_zone_written_on_a_row_to_the_documents() {
        // GIVEN a document in PDT with one row in UTC and one in ET ("unless noted")
        Postmortem postmortem = parse("""
                # Outage

                **Date:** 2026-03-24

                Times are Pacific (PDT) unless noted.

                ## Timeline

                - 1:52 PM — Broadcast started
                - 21:14 UTC — Queue depth alert fired
                - 5:40 PM ET — Failed over to the secondary provider
                """).postmortem();
        // THEN each row is converted from its own zone
        assertThat(postmortem.timeline())
                .extracting(TimelineRow::time)
                .containsExactly(LocalTime.of(20, 52), LocalTime.of(21, 14), LocalTime.of(21, 40));
    }

    @Test
    void should_take_a_regions_offset_from_each_rows_date() {
        // GIVEN rows in ET on both sides of the US change to summer time (8 March 2026)
        Postmortem postmortem = parse("""
                # Outage

                ## Timeline

                | Date | Time (ET) | Event |
                |---|---|---|
                | 2026-03-07 | 22:00 | Alert fired |
                | 2026-03-09 | 22:00 | Incident resolved |
                """).postmortem();
        // THEN the first is five hours behind UTC and the second four, both on the next day in UTC
        assertThat(postmortem.timeline())
                .extracting(row -> row.instant().orElseThrow())
                .containsExactly(Instant.parse("2026-03-08T03:00:00Z"), Instant.parse("2026-03-10T02:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            value = {
                "**Timezone:** Europe/Berlin\\n\\n## Timeline\\n\\n- 10:00 Alert fired => Europe/Berlin => 09:00",
                "## Timeline (PDT)\\n\\n- 10:00 Alert fired => -07:00 => 17:00",
                "## Timeline\\n\\n| Time (UTC+2) | Event |\\n|---|---|\\n| 10:00 | Alert fired | => +02:00 => 08:00",
                "## Timeline\\n\\n2026-03-24 (all times UTC)\\n\\n- 10:00 Alert fired => Z => 10:00",
            })
    void should_read_the_zone_from_a_header_field_the_timeline_heading_or_its_time_column(
            String body, String zone, LocalTime utc) {
        // GIVEN a document dated 24 March 2026 whose zone is in a header field, a heading or a column
        PostmortemDocument document = parse("# Outage\n\n**Date:** 2026-03-24\n\n" + body.replace("\\n", "\n") + "\n");
        // THEN its rows are converted from that zone, and the document says which it was
        assertThat(document.timeZone()).contains(ZoneId.of(zone));
        assertThat(document.postmortem().timeline())
                .singleElement()
                .satisfies(row -> assertThat(row.time()).isEqualTo(utc));
    }

    @Test
    void should_keep_times_as_written_and_say_so_when_the_zone_is_ambiguous() {
        // GIVEN a document "in IST" (India, Ireland or Israel) with one row in UTC
        PostmortemDocument document = parse("""
                # Outage

                **Date:** 2026-03-04

                All times IST.

                ## Timeline

                - 10:00 — Alert fired
                - 05:00 UTC — Rolled back
                - 11:00 — Incident resolved
                """);
        // THEN the rows in IST keep their times, are listed as unconverted, and the document claims no zone
        assertThat(document.postmortem().timeline())
                .extracting(TimelineRow::time)
                .containsExactly(LocalTime.of(10, 0), LocalTime.of(5, 0), LocalTime.of(11, 0));
        assertThat(document.unconvertedTimelineRows())
                .extracting(Position::line)
                .containsExactly(9, 11);
        assertThat(document.timeZone()).isEmpty();
        // AND the default profile reports each of them, as a row without a time in UTC
        assertThat(CompletenessValidator.of(CompletenessProfile.DEFAULT)
                        .validate(document)
                        .findings(Rule.TIMELINE_ROW_WITHOUT_TIME))
                .extracting(finding -> finding.position().orElseThrow().line(), Finding::severity)
                .containsExactly(tuple(9, FindingSeverity.WARNING), tuple(11, FindingSeverity.WARNING));
    }

    @Test
    void should_keep_times_as_written_when_a_region_has_no_date_to_decide_its_offset() {
        // GIVEN times in ET and no date anywhere
        PostmortemDocument document = parse("# Outage\n\nAll times ET.\n\n## Timeline\n\n- 12:05 — Alert fired\n");
        // THEN the row keeps 12:05 and is listed, rather than taking a season at random
        assertThat(document.postmortem().timeline())
                .singleElement()
                .satisfies(row -> assertThat(row.time()).isEqualTo(LocalTime.of(12, 5)));
        assertThat(document.unconvertedTimelineRows())
                .extracting(Position::line)
                .containsExactly(7);
        assertThat(document.timeZone()).contains(ZoneId.of("America/New_York"));
    }

    @Test
    void should_convert_undated_rows_in_a_fixed_zone_by_their_time_alone() {
        // GIVEN no date, and times in PDT (always seven hours behind UTC)
        PostmortemDocument document =
                parse("# Outage\n\n## Timeline\n\n- 5:30 PM PDT — Alert fired\n- 9:15 PM PDT — Resolved\n");
        // THEN the times are in UTC, past midnight, and the rows stay undated
        assertThat(document.postmortem().timeline())
                .extracting(TimelineRow::time)
                .containsExactly(LocalTime.of(0, 30), LocalTime.of(4, 15));
        assertThat(document.postmortem().timeline())
                .allSatisfy(row -> assertThat(row.date()).isEmpty());
    }

    @Test
    void should_read_times_as_utc_and_claim_no_zone_when_the_document_names_none() {
        // GIVEN a document that says nothing about zones
        PostmortemDocument document = parse("# Outage\n\n**Date:** 2026-03-04\n\n## Timeline\n\n- 10:00 Alert fired\n");
        // THEN its times are taken as they are, as UTC, and no zone is claimed
        assertThat(document.postmortem().timeline())
                .singleElement()
                .satisfies(row -> assertThat(row.time()).isEqualTo(LocalTime.of(10, 0)));
        assertThat(document.timeZone()).isEmpty();
        assertThat(document.unconvertedTimelineRows()).isEmpty();
    }

    @Test
    void should_read_the_impact_window_in_the_documents_zone() {
        // GIVEN impact fields without a zone, one with a zone, in a document in CET
        PostmortemImpact impact = parse("""
                # Outage

                All times CET.

                ## Impact

                - Started: 2026-03-04 07:48
                - Mitigated: 2026-03-04 10:41 CET
                - Resolved: 2026-03-04 11:30 UTC
                """).postmortem().impact().orElseThrow();
        // THEN they are instants in UTC
        assertThat(impact.startedAt()).contains(Instant.parse("2026-03-04T06:48:00Z"));
        assertThat(impact.mitigatedAt()).contains(Instant.parse("2026-03-04T09:41:00Z"));
        assertThat(impact.resolvedAt()).contains(Instant.parse("2026-03-04T11:30:00Z"));
    }
}
