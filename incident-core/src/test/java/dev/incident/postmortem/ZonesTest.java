package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.postmortem.internal.Zones;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Time zones as postmortems write them: in notes on their times, in labels and fields, and their offsets. */
class ZonesTest {

    private static final LocalTime NOON = LocalTime.NOON;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "All times UTC.|Z",
                "All times UTC, 2026-02-25.|Z",
                "2026-02-11 (all times UTC)|Z",
                "All times in CET (UTC+1) on Wednesday 04/03/2026 unless noted.|+01:00",
                "All times ET, Mar 12.|America/New_York",
                "All times below are Pacific Daylight Time (PDT, UTC−7).|-07:00",
                "Times are Pacific (PDT).|-07:00",
                "_All timestamps are in Europe/Berlin._|Europe/Berlin",
                "All times in this document are UTC+05:30.|+05:30",
                "Times are all in Eastern Time.|America/New_York",
            })
    void should_read_the_zone_a_note_on_the_times_names(String line, String zone) {
        // GIVEN a line with a note on the document's times WHEN read THEN its zone is the one named
        assertThat(Zones.note(line).flatMap(Zones.Zone::id)).contains(ZoneId.of(zone));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "All times are approximate.",
                "We keep the search index fresh at all times, and the team knows it.",
                "Times are hard to reconstruct from Slack.",
                "A line with nothing about times"
            })
    void should_read_no_note_when_the_line_names_no_zone(String line) {
        // GIVEN a line that says something about times but names no zone WHEN read THEN there is no note
        assertThat(Zones.note(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"All times IST.", "All times in CST.", "All times local.", "All times XYZ."})
    void should_read_an_unknown_zone_when_a_note_names_one_that_cannot_be_read(String line) {
        // GIVEN a note naming an ambiguous abbreviation, local time, or a zone not known
        // WHEN read THEN there is a note, and its zone is unknown rather than guessed
        assertThat(Zones.note(line))
                .hasValueSatisfying(zone -> assertThat(zone.known()).isFalse());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Timeline (PDT)|-07:00",
                "Time (UTC)|Z",
                "Timeline (all times UTC)|Z",
                "UTC|Z",
                "Time, ET|America/New_York",
                "Time (Europe/Berlin)|Europe/Berlin",
            })
    void should_read_the_zone_a_heading_or_column_names(String label, String zone) {
        // GIVEN a timeline heading or a time column's name with a zone WHEN read THEN it is that zone
        assertThat(Zones.label(label).flatMap(Zones.Zone::id)).contains(ZoneId.of(zone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Timeline", "Time", "Event", "Timeline (reconstructed)", "When"})
    void should_read_no_zone_when_a_label_names_none(String label) {
        assertThat(Zones.label(label)).isEmpty();
    }

    @Test
    void should_take_the_offset_of_a_region_from_the_date() {
        // GIVEN ET, a region that keeps summer time from 8 March 2026
        Zones.Zone eastern = Zones.value("ET").orElseThrow();
        // WHEN its offset is asked for dates before and after, without a date, and in the repeated hour
        // THEN it is -5 in February, -4 in March, and not known without a date or in the repeated hour
        assertThat(eastern.offset(Optional.of(LocalDate.of(2026, 2, 12)), NOON)).contains(ZoneOffset.ofHours(-5));
        assertThat(eastern.offset(Optional.of(LocalDate.of(2026, 3, 12)), NOON)).contains(ZoneOffset.ofHours(-4));
        assertThat(eastern.offset(Optional.empty(), NOON)).isEmpty();
        assertThat(eastern.offset(Optional.of(LocalDate.of(2026, 11, 1)), LocalTime.of(1, 30)))
                .isEmpty();
    }

    @Test
    void should_not_convert_a_standard_time_abbreviation_out_of_its_season() {
        // GIVEN PST and CET, which people often write for local time all year
        Zones.Zone pacific = Zones.value("PST").orElseThrow();
        Zones.Zone central = Zones.value("CET").orElseThrow();
        // WHEN their offsets are asked for a winter date, a summer date and no date
        // THEN winter and no date give the abbreviation's offset; summer gives none rather than a wrong hour
        assertThat(pacific.offset(Optional.of(LocalDate.of(2026, 1, 15)), NOON)).contains(ZoneOffset.ofHours(-8));
        assertThat(pacific.offset(Optional.of(LocalDate.of(2026, 7, 15)), NOON)).isEmpty();
        assertThat(pacific.offset(Optional.empty(), NOON)).contains(ZoneOffset.ofHours(-8));
        assertThat(central.offset(Optional.of(LocalDate.of(2026, 8, 1)), NOON)).isEmpty();
        // AND an offset written with it is taken as written, in any season
        assertThat(Zones.value("CET (UTC+1)").orElseThrow().offset(Optional.of(LocalDate.of(2026, 8, 1)), NOON))
                .contains(ZoneOffset.ofHours(1));
        // AND MST, kept all year in Arizona, is -7 in summer too
        assertThat(Zones.value("MST").orElseThrow().offset(Optional.of(LocalDate.of(2026, 7, 15)), NOON))
                .contains(ZoneOffset.ofHours(-7));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CST (UTC-6)|-06:00",
                "IST (UTC+5:30)|+05:30",
                "India Standard Time|+05:30",
                "CDT|-05:00",
                "BST|+01:00",
                "Europe/Berlin|Europe/Berlin",
                "Central European Summer Time|+02:00",
            })
    void should_read_a_field_value_as_a_zone_an_offset_settles(String value, String zone) {
        // GIVEN a "Timezone:" field's value WHEN read THEN an ambiguous abbreviation is settled by an offset
        assertThat(Zones.value(value).flatMap(Zones.Zone::id)).contains(ZoneId.of(zone));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IST", "CST", "AST", "CET (UTC+2)", "PDT (UTC-8)", "America/Springfield", "XYZ"})
    void should_read_an_unknown_zone_when_the_value_is_ambiguous_contradicted_or_not_a_zone(String value) {
        assertThat(Zones.value(value))
                .hasValueSatisfying(zone -> assertThat(zone.known()).isFalse());
    }
}
