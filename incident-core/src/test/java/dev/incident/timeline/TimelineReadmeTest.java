package dev.incident.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.comms.CommunicationPolicy;
import dev.incident.lifecycle.Incident;
import dev.incident.metrics.IncidentMetrics;
import dev.incident.testing.Incidents;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs the code of the README's timeline section; keep the two identical. */
class TimelineReadmeTest {

    @Test
    void should_run_the_readme_example() {
        // GIVEN an incident built through the lifecycle, and all incidents of the quarter
        Incident incident = Incidents.lesson();
        List<Incident> incidents = List.of(incident);
        Instant now = Instant.parse("2026-03-04T16:40:00Z");

        // WHEN (the README code, verbatim)
        Timeline timeline = Timeline.of(
                incident,
                List.of(ExternalEntry.of(
                        "pagerduty", Instant.parse("2026-03-04T14:03:00Z"), "Alert fired: checkout 5xx above 5%")));
        String table = timeline.toMarkdown(ZoneOffset.UTC); // | time (UTC) | phase | source | what happened |
        String chart = timeline.toMermaid(ZoneOffset.UTC); // a gantt chart GitHub renders
        Optional<Duration> ttm = timeline.durations().timeToMitigate(); // impact started -> impact mitigated

        IncidentMetrics metrics = incidents.stream().collect(IncidentMetrics.collector());
        Optional<Duration> p90 = metrics.overall().get(Measure.TIME_TO_MITIGATE).p90(); // nearest rank

        CommunicationPolicy policy = CommunicationPolicy.defaults(); // SEV1 15 min, SEV2 30, SEV3 60
        boolean late = policy.overdue(incident, now);

        // THEN
        assertThat(table).startsWith("| time (UTC) | phase | source | what happened |");
        assertThat(chart).startsWith("gantt\n");
        assertThat(ttm).contains(Duration.ofMinutes(18));
        assertThat(p90).contains(Duration.ofMinutes(18));
        assertThat(late).isFalse();
    }
}
