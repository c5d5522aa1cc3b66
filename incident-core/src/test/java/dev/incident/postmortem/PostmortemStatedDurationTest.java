package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The impact's duration as a postmortem states it, in its impact section, a header field or its
 * summary, when no impact window is read; never from other sections.
 */
class PostmortemStatedDurationTest {

    private static PostmortemImpact impact(String markdown) {
        return PostmortemMarkdown.parse(markdown).postmortem().impact().orElseThrow();
    }

    @Test
    void should_fill_the_duration_from_the_impact_section_when_it_states_one() {
        // GIVEN an impact section that says how long, in a list of prose items
        PostmortemImpact impact = impact("""
                # Outage

                ## Impact

                - **26 min** full outage of checkout (web + iOS + Android)
                - **~1,140** failed checkouts
                """);
        // THEN the impact has that duration, and no window
        assertThat(impact.duration()).contains(Duration.ofMinutes(26));
        assertThat(impact.startedAt()).isEmpty();
    }

    @Test
    void should_take_a_duration_header_field_when_the_impact_section_states_none() {
        // GIVEN a "Duration:" field in the header and an impact section without a duration
        PostmortemDocument document = PostmortemMarkdown.parse("""
                # Outage

                **Duration:** 26 min (12:05–12:31 ET)

                ## Impact

                About 1,140 checkouts failed.
                """);
        // THEN the impact has the header's duration, and the field is read, not left in the summary
        assertThat(document.postmortem().impact().orElseThrow().duration()).contains(Duration.ofMinutes(26));
        assertThat(document.postmortem().summary()).isEmpty();
    }

    @Test
    void should_take_the_summarys_duration_when_neither_the_impact_nor_a_field_states_one() {
        // GIVEN a summary that says how long the resolver stopped answering
        PostmortemImpact impact = impact("""
                # Outage

                ## Summary

                The resolver stopped answering queries in 41 of our 53 locations for 35 minutes.

                ## Impact

                About 3.1 billion queries failed.
                """);
        // THEN that is the impact's duration
        assertThat(impact.duration()).contains(Duration.ofMinutes(35));
    }

    @Test
    void should_prefer_the_window_from_the_timeline_to_a_stated_duration() {
        // GIVEN rows that say when the outage began and ended, and a summary that rounds it
        PostmortemImpact impact = impact("""
                # Outage

                **Date:** 2026-02-11

                ## Summary

                The outage lasted about an hour, or for 60 minutes.

                ## Impact

                About 9,800 customers.

                ## Timeline

                - 14:04 — 5xx ratio rises. **OUTAGE BEGINS**
                - 14:58 — Error ratio back to baseline. **OUTAGE ENDS**
                """);
        // THEN the window is the one read, and its 54 minutes are the duration
        assertThat(impact.startedAt()).contains(Instant.parse("2026-02-11T14:04:00Z"));
        assertThat(impact.duration()).isEmpty();
        assertThat(impact.effectiveDuration()).contains(Duration.ofMinutes(54));
    }

    @Test
    void should_read_no_duration_from_other_sections_or_other_wording() {
        // GIVEN durations in the impact that are not the incident's, and an outage's length only in the
        // root cause section
        PostmortemImpact impact = impact("""
                # Outage

                ## Impact

                The retry waits 5 minutes; the longest delay was 4 hours 10 minutes. About 6,200 sites.

                ## Root cause

                The outage lasted 41 minutes because the batch took longer than the poll interval.
                """);
        // THEN the impact has no duration
        assertThat(impact.duration()).isEmpty();
        assertThat(impact.effectiveDuration()).isEmpty();
    }
}
