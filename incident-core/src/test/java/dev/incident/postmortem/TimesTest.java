package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.postmortem.internal.Text;
import dev.incident.postmortem.internal.Times;
import dev.incident.postmortem.internal.Zones;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The times, durations, periods and text helpers the reader, the writer and the rules share. */
class TimesTest {

    @ParameterizedTest
    @CsvSource({
        "18 minutes, PT18M",
        "2h 15m, PT2H15M",
        "1 hour and 5 minutes, PT1H5M",
        "1.5 hours, PT1H30M",
        "1 day 2 hours, PT26H",
        "45 seconds, PT45S",
        "PT18M, PT18M",
        "pt1h, PT1H",
    })
    void should_read_a_duration_when_written_in_words_or_iso(String text, Duration expected) {
        assertThat(Times.duration(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "18 minutes or so", "PT", "P1X", "99999999999999 days"})
    void should_read_no_duration_when_the_text_is_not_one(String text) {
        assertThat(Times.duration(text)).isEmpty();
    }

    @Test
    void should_read_no_duration_when_the_text_is_longer_than_200_characters() {
        // GIVEN a valid but over-long duration WHEN read THEN it is refused, while a shorter one is read
        String part = "1m ";
        assertThat(Times.duration(part.repeat(66) + "1m")).contains(Duration.ofMinutes(67));
        assertThat(Times.duration(part.repeat(67) + "1m")).isEmpty();
    }

    @Test
    void should_read_a_duration_up_to_the_largest_allowed_when_near_the_limit() {
        // 1e12 seconds is allowed, one more second is not
        assertThat(Times.duration("1000000000000 s")).contains(Duration.ofSeconds(1_000_000_000_000L));
        assertThat(Times.duration("1000000000001 s")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "PT0S, 0m",
        "PT45S, 45s",
        "PT18M, 18m",
        "PT2H, 2h",
        "PT2H15M, 2h 15m",
        "PT1M30S, 1m 30s",
        "PT26H, 1d 2h",
        "PT24H, 1d",
        "PT24H5S, 1d 5s",
        "PT3H0M7S, 3h 7s",
    })
    void should_write_a_duration_in_short_units_when_rendering(Duration duration, String expected) {
        assertThat(Times.duration(duration)).isEqualTo(expected);
        assertThat(Times.duration(expected)).contains(duration);
    }

    @ParameterizedTest
    @CsvSource({
        "PT0S, 0 seconds",
        "PT59S, 59 seconds",
        "PT1M, 1 minute",
        "PT18M, 18 minutes",
        "PT1H, 1 hour",
        "PT1H1M, 1 hour 1 minute",
        "PT2H15M, 2 hours 15 minutes",
    })
    void should_write_a_duration_for_people_when_describing_the_impact(Duration duration, String expected) {
        assertThat(Times.humanDuration(duration)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "30 days, P30D",
        "1 day, P1D",
        "4 weeks, P28D",
        "1w, P7D",
        "2 months, P2M",
        "P30D, P30D",
        "p1y, P1Y",
    })
    void should_read_a_period_when_written_in_words_or_iso(String text, Period expected) {
        assertThat(Times.period(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "1234567 days", "P", "30 fortnights", "-3 days"})
    void should_read_no_period_when_the_text_is_not_one(String text) {
        assertThat(Times.period(text)).isEmpty();
    }

    @Test
    void should_read_a_six_digit_period_when_at_the_length_limit() {
        assertThat(Times.period("123456 days")).contains(Period.ofDays(123456));
    }

    @ParameterizedTest
    @CsvSource({
        "P56D, 8 weeks",
        "P7D, 1 week",
        "P1D, 1 day",
        "P1M, 1 month",
        "P30D, 30 days",
        "P0D, 0 days",
        "P2M, 2 months",
        "P1Y, P1Y",
        "P1M3D, P1M3D",
        "P1Y2M, P1Y2M"
    })
    void should_write_a_period_in_weeks_days_months_or_iso_when_rendering(Period period, String expected) {
        assertThat(Times.period(period)).isEqualTo(expected);
    }

    @Test
    void should_read_a_leading_time_with_its_date_and_offset_when_a_row_starts_with_one() {
        // GIVEN rows starting with times in several forms WHEN read THEN the time, date and length are right
        assertThat(Times.leadingTime("14:02 Alert fired")).hasValueSatisfying(time -> {
            assertThat(time.time()).isEqualTo(LocalTime.of(14, 2));
            assertThat(time.date()).isEmpty();
            assertThat("14:02 Alert fired".substring(time.length())).isEqualTo("Alert fired");
        });
        // the time is as written, with its zone: the reader converts it once the row has its date
        assertThat(Times.leadingTime("2026-03-04 23:30-02:00 — late")).hasValueSatisfying(time -> {
            assertThat(time.time()).isEqualTo(LocalTime.of(23, 30));
            assertThat(time.date()).contains(LocalDate.of(2026, 3, 4));
            assertThat(time.zone().flatMap(Zones.Zone::id)).contains(ZoneOffset.ofHours(-2));
        });
        assertThat(Times.leadingTime("00:15+0130 early")).hasValueSatisfying(time -> {
            assertThat(time.time()).isEqualTo(LocalTime.of(0, 15));
            assertThat(time.date()).isEmpty();
            assertThat(time.zone().flatMap(Zones.Zone::id)).contains(ZoneOffset.ofHoursMinutes(1, 30));
        });
        assertThat(Times.leadingTime("09:10:05 UTC: x"))
                .hasValueSatisfying(time -> assertThat(time.time()).isEqualTo(LocalTime.of(9, 10, 5)));
        assertThat(Times.leadingTime("25:00 x")).isEmpty();
        assertThat(Times.leadingTime("2026-02-30 10:00 x")).isEmpty();
        assertThat(Times.leadingTime("no time")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2:14 PM — Alert fired|14:14",
                "2:14 p.m. — Alert fired|14:14",
                "2:14pm Alert fired|14:14",
                "2:14 P.M.: Alert fired|14:14",
                "12:05 AM — Alert fired|00:05",
                "12:05 am Alert fired|00:05",
                "12:30 PM — Alert fired|12:30",
                "11:59 p.m. — Alert fired|23:59",
                "9:03 a.m. UTC — Alert fired|09:03",
                "**2:14 PM** — Alert fired|14:14",
                "`01:58` — Alert fired|01:58",
                "**07:48** — Alert fired|07:48",
                "__07:48__ Alert fired|07:48",
                "*07:48* — Alert fired|07:48",
                "`2026-02-25 01:58 UTC` — Alert fired|01:58",
            })
    void should_read_a_twelve_hour_or_wrapped_leading_time_and_leave_only_the_text(String row, LocalTime expected) {
        // GIVEN a row starting with a 12-hour time, or a time in bold, italics or code
        // WHEN its leading time is read
        Optional<Times.LeadingTime> time = Times.leadingTime(row);
        // THEN the time is on the 24-hour clock and no markup or AM/PM is left before the text
        assertThat(time).hasValueSatisfying(read -> {
            assertThat(read.time()).isEqualTo(expected);
            assertThat(row.substring(read.length())).isEqualTo("Alert fired");
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "14:52 UTC — Alert fired|Z",
                "14:52Z Alert fired|Z",
                "2:14 PM PDT — Alert fired|-07:00",
                "09:03 CET — Alert fired|+01:00",
                "**09:03 CET** — Alert fired|+01:00",
                "10:00 UTC+2 — Alert fired|+02:00",
                "10:00 UTC−7: Alert fired|-07:00",
                "10:00 GMT+5:30 Alert fired|+05:30",
                "10:00 +02:00 — Alert fired|+02:00",
                "10:00 (UTC-7) — Alert fired|-07:00",
                "10:00 (-07:00) Alert fired|-07:00",
                "10:00 CET (UTC+1) — Alert fired|+01:00",
                "12:05 ET — Alert fired|America/New_York",
                "10:00 Europe/Berlin — Alert fired|Europe/Berlin",
                "`2026-02-25T01:58:00-05:00` Alert fired|-05:00",
            })
    void should_read_the_zone_written_after_a_leading_time(String row, String zone) {
        // GIVEN a row whose time is followed by a zone: an abbreviation, an offset, an IANA id
        // WHEN its leading time is read
        Optional<Times.LeadingTime> time = Times.leadingTime(row);
        // THEN the zone is read, and only the text is left
        assertThat(time).hasValueSatisfying(read -> {
            assertThat(read.zone().flatMap(Zones.Zone::id)).contains(ZoneId.of(zone));
            assertThat(row.substring(read.length())).isEqualTo("Alert fired");
        });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "14:02 DB failover started|DB failover started",
                "14:02 Zookeeper restarted|Zookeeper restarted",
                "14:00-14:18 Errors|14:18 Errors",
                "14:02 A deploy started|A deploy started",
            })
    void should_read_no_zone_when_the_words_after_the_time_are_not_one(String row, String text) {
        // GIVEN a time followed by a capital word that no zone table has, or a range with a hyphen
        // WHEN its leading time is read
        Optional<Times.LeadingTime> time = Times.leadingTime(row);
        // THEN there is no zone, and the words stay in the text
        assertThat(time).hasValueSatisfying(read -> {
            assertThat(read.zone()).isEmpty();
            assertThat(row.substring(read.length())).isEqualTo(text);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"14:02 IST — Alert fired", "14:02 CST — Alert fired", "14:02 CET (UTC+2) — Alert fired"})
    void should_read_an_unknown_zone_when_the_abbreviation_is_ambiguous_or_contradicted(String row) {
        // GIVEN a zone that names several offsets, or a name and an offset that disagree WHEN read
        // THEN the zone is there but unknown: the time is not converted on a guess
        assertThat(Times.leadingTime(row)).hasValueSatisfying(read -> {
            assertThat(read.zone())
                    .hasValueSatisfying(zone -> assertThat(zone.known()).isFalse());
            assertThat(row.substring(read.length())).isEqualTo("Alert fired");
        });
    }

    @Test
    void should_read_an_instant_in_the_zone_written_or_given() {
        // GIVEN impact times with and without a zone WHEN read, with CET as the document's zone
        Optional<Zones.Zone> cet = Zones.value("CET");
        // THEN a written zone wins, the given one comes next, and UTC last
        assertThat(Times.instant("2026-03-24 14:02 PDT", cet)).contains(Instant.parse("2026-03-24T21:02:00Z"));
        assertThat(Times.instant("2026-03-04 14:02", cet)).contains(Instant.parse("2026-03-04T13:02:00Z"));
        assertThat(Times.instant("2026-03-04 14:02")).contains(Instant.parse("2026-03-04T14:02:00Z"));
        assertThat(Times.instant("2026-03-04T14:02:30Z")).contains(Instant.parse("2026-03-04T14:02:30Z"));
        // AND a zone that cannot be converted from gives no instant
        assertThat(Times.instant("2026-03-04 14:02 IST")).isEmpty();
        assertThat(Times.instant("2026-03-04 14:02 and more")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"14:02 PM — x", "0:30 AM — x", "13:00 a.m. x", "00:15 pm x"})
    void should_read_no_time_when_the_am_or_pm_contradicts_the_hour(String row) {
        // GIVEN an hour a 12-hour clock does not have, marked AM or PM WHEN read THEN no time is guessed
        assertThat(Times.leadingTime(row)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"14:02 Amazon paged us, 14:02, Amazon paged us", "9:00 a message arrived, 09:00, a message arrived"})
    void should_not_read_am_or_pm_when_the_text_only_starts_with_those_letters(
            String row, LocalTime expected, String text) {
        // GIVEN a 24-hour time followed by a word starting with "am" or "a m" WHEN read
        Optional<Times.LeadingTime> time = Times.leadingTime(row);
        // THEN the word is text, not a clock marker
        assertThat(time).hasValueSatisfying(read -> {
            assertThat(read.time()).isEqualTo(expected);
            assertThat(row.substring(read.length())).isEqualTo(text);
        });
    }

    @Test
    void should_find_the_first_real_date_when_an_impossible_one_comes_first() {
        assertThat(Times.firstDate("from 2026-02-30 to 2026-03-01")).hasValueSatisfying(match -> {
            assertThat(match.date()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(match.start()).isEqualTo(19);
            assertThat(match.end()).isEqualTo(29);
        });
        assertThat(Times.date(" 2026-03-01 ")).contains(LocalDate.of(2026, 3, 1));
        assertThat(Times.date("2026-03-01 noon")).isEmpty();
        assertThat(Times.date("on 2026-03-01")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "due Mar 12, 2026|2026-03-12",
                "on March 4, 2026, at noon|2026-03-04",
                "Thursday, April 9, 2026|2026-04-09",
                "held 4 March 2026|2026-03-04",
                "by 4th March 2026|2026-03-04",
                "Sept 30, 2026|2026-09-30",
                "due 2026-03-04|2026-03-04",
                "due 25/03/2026|2026-03-25",
                "due 04/30/2026|2026-04-30",
                "due 03/03/2026|2026-03-03",
            })
    void should_read_a_date_that_says_everything_when_the_document_gives_no_context(String text, LocalDate expected) {
        // GIVEN a date written with its month in words, or numeric with a part only a day can be
        // WHEN read without knowing how the document orders numeric dates THEN it is the date written
        assertThat(Times.findDate(text, Times.DateContext.NONE))
                .hasValueSatisfying(match -> assertThat(match.date()).isEqualTo(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "due 04/03/2026|DAY_FIRST|2026-03-04",
                "due 04/03/2026|MONTH_FIRST|2026-04-03",
                "due 11/03/2026|DAY_FIRST|2026-03-11",
                "due 04/10/2026|MONTH_FIRST|2026-04-10",
            })
    void should_read_a_numeric_date_in_the_documents_order_when_its_parts_do_not_tell(
            String text, Times.DateOrder order, LocalDate expected) {
        // GIVEN a numeric date whose day and month could be either way round, and the document's order
        Times.DateContext context = new Times.DateContext(order, Optional.empty());
        // WHEN read THEN it is read in that order
        assertThat(Times.findDate(text, context).map(Times.DateMatch::date)).contains(expected);
    }

    @Test
    void should_read_no_date_when_a_numeric_date_is_ambiguous_and_not_take_a_later_one_instead() {
        // GIVEN a numeric date the document's order does not settle, before an ISO date
        String text = "due 04/03/2026 (was 2026-02-27)";
        // WHEN read THEN there is no date: neither a guess nor the later date, and why is explained
        assertThat(Times.findDate(text, Times.DateContext.NONE)).isEmpty();
        assertThat(Times.unreadableDate(text, Times.DateContext.NONE))
                .contains("\"04/03/2026\" could be day/month or month/day");
        assertThat(Times.unreadableDate("due 2026-03-04", Times.DateContext.NONE))
                .isEmpty();
        assertThat(Times.unreadableDate("no date here", Times.DateContext.NONE)).isEmpty();
    }

    @Test
    void should_read_a_date_without_a_year_only_on_or_after_the_reference_date() {
        // GIVEN dates without a year, and a document dated 2026-03-12
        Times.DateContext dated =
                new Times.DateContext(Times.DateOrder.UNKNOWN, Optional.of(LocalDate.of(2026, 3, 12)));
        // WHEN read THEN they are in its year when that is not before it; otherwise they are not read
        assertThat(Times.findDate("(@kevin.l, by Mar 19)", dated).map(Times.DateMatch::date))
                .contains(LocalDate.of(2026, 3, 19));
        assertThat(Times.findDate("done Mar 12", dated).map(Times.DateMatch::date))
                .contains(LocalDate.of(2026, 3, 12));
        assertThat(Times.findDate("by 2 April", dated).map(Times.DateMatch::date))
                .contains(LocalDate.of(2026, 4, 2));
        assertThat(Times.findDate("by Jan 5", dated)).isEmpty();
        assertThat(Times.findDate("by Mar 19", Times.DateContext.NONE)).isEmpty();
        assertThat(Times.unreadableDate("by Mar 19", Times.DateContext.NONE))
                .hasValueSatisfying(why -> assertThat(why).startsWith("\"Mar 19\" has no year"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Marching orders 4",
                "May 2026",
                "may 3 be late",
                "at 12:30 Mar",
                "Feb 30, 2026",
                "13/13/2026",
                "Mar 12:30",
                "v1/2/2026",
            })
    void should_read_no_date_when_the_text_only_looks_like_one(String text) {
        assertThat(Times.findDate(
                        text, new Times.DateContext(Times.DateOrder.DAY_FIRST, Optional.of(LocalDate.of(2026, 1, 1)))))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Deployed 04/03/2026, reviewed 25/03/2026|DAY_FIRST",
                "Due 04/10/2026 and 04/30/2026|MONTH_FIRST",
                "Due 04/10/2026 and 05/03/2026|UNKNOWN",
                "Due 25/03/2026 and 04/30/2026|UNKNOWN",
                "No numeric dates, only 2026-03-04|UNKNOWN",
            })
    void should_decide_the_numeric_date_order_from_a_date_that_can_only_be_read_one_way(
            String text, Times.DateOrder expected) {
        // GIVEN a document's numeric dates WHEN their order is decided THEN one date proves it, or none
        // does (or they disagree) and it is unknown
        assertThat(Times.dateOrder(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Mar 12, 2026|2026-03-12",
                "Thursday, April 9, 2026|2026-04-09",
                "2026-01-22|2026-01-22",
                "March 24, 2026 (Tuesday)|2026-03-24",
                "17–18 March 2026 (crossed midnight UTC)|",
                "2026-03-04 or 2026-03-05|",
                "around Mar 12, 2026|",
            })
    void should_read_a_whole_field_value_as_a_date_only_when_it_is_one_date(String text, LocalDate expected) {
        // GIVEN a header field's value WHEN read as a date THEN only a single date (perhaps after a weekday,
        // before a note) is read; a range or a date among words is not
        assertThat(Times.wholeDate(text, Times.DateContext.NONE)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void should_read_and_write_instants_in_utc_when_given_a_date_and_time() {
        assertThat(Times.instant("2026-03-04 14:02")).contains(Instant.parse("2026-03-04T14:02:00Z"));
        assertThat(Times.instant("2026-03-04T14:02:30Z")).contains(Instant.parse("2026-03-04T14:02:30Z"));
        assertThat(Times.instant("2026-03-04 24:02")).isEmpty();
        assertThat(Times.instant("14:02")).isEmpty();
        assertThat(Times.instant(Instant.parse("2026-03-04T14:02:30Z"))).isEqualTo("2026-03-04 14:02:30 UTC");
        assertThat(Times.instant(Instant.parse("2026-03-04T04:05:00Z"))).isEqualTo("2026-03-04 04:05 UTC");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "TBD",
                "N/A",
                "<!-- write here -->",
                "[Describe the impact]",
                "<who was affected>",
                "{summary}",
                "**TODO**",
                "TBD - will fill in later",
                "todo: one two three four five",
                "**TBD.**\n\nWhat we know so far:\n\n- The load balancer returned 502s with healthy targets.",
                "To be determined — waiting for AWS support to confirm or rule out a fault on their side.",
                "Unknown. We suspect the keep-alive change, but the test in staging has not run yet."
            })
    void should_treat_a_section_as_trivial_when_it_is_a_placeholder(String markdown) {
        assertThat(Text.isTrivial(markdown)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The cache was cold.",
                "todo: one two three four five six",
                "Nothing was lost, but checkout failed",
                "[Describe] the impact",
                "Todo lists were not checked. The deploy skipped the canary.",
                "Unknown callers flooded the API. Rate limits were per key, not per client.",
                "The cause is still TBD. We know the ALB returned 502s."
            })
    void should_not_treat_a_section_as_trivial_when_it_says_something(String markdown) {
        assertThat(Text.isTrivial(markdown)).isFalse();
    }

    @Test
    void should_key_headings_without_numbering_case_or_punctuation_when_matching() {
        assertThat(Text.headingKey("2.1) Root Cause(s)!")).isEqualTo("root cause s");
        assertThat(Text.headingKey("iv. Lessons")).isEqualTo("lessons");
        assertThat(Text.oneLine("  a \n\t b  ")).isEqualTo("a b");
        assertThat(Text.uncell(Text.cell("a | b"))).isEqualTo("a | b");
        assertThat(Text.cell("a | b")).isEqualTo("a \\| b");
    }
}
