package dev.incident.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.lifecycle.Lifecycle;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WalkthroughTimelineTest {

    @Test
    void should_print_timeline_chart_durations_and_status_history_when_run() {
        // GIVEN
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        // WHEN
        PrintWriter out = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
        new Walkthrough(out, Lifecycle.withDefaults()).run();
        out.flush();

        // THEN
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(output)
                .contains("14 events recorded; replaying them rebuilds an equal incident: true")
                .contains("| time (UTC) | phase | source | what happened |")
                .contains("| 2026-03-04 14:03 | — | pagerduty | Alert fired: checkout 5xx rate above 5% |")
                .contains("```mermaid\ngantt\n")
                .contains("User impact :crit, impact, 2026-03-04 14:00:00, 18m")
                .contains("time to mitigate       18 min    (impact_started -> mitigated)")
                .contains("DORA recovery time     18 min")
                .contains("2026-03-04 14:12  status is now identified    (trigger identified)")
                .contains("next update due: none (resolved and announced)");
    }
}
