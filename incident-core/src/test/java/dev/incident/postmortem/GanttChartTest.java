package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Mermaid gantt chart of the impact window. */
class GanttChartTest {
    private static final Instant START = Instant.parse("2026-03-04T14:00:00Z");
    private static final String HEADER = "gantt\n"
            + "    title Impact window (UTC)\n"
            + "    dateFormat YYYY-MM-DD HH:mm:ss\n"
            + "    axisFormat %H:%M\n"
            + "    section Incident\n";

    private static Optional<String> gantt(PostmortemImpact.Builder impact) {
        return PostmortemMarkdown.gantt(
                Postmortem.builder().title("T").impact(impact.build()).build());
    }

    @Test
    void should_draw_no_chart_when_the_window_is_not_known() {
        assertThat(PostmortemMarkdown.gantt(Postmortem.builder().title("T").build()))
                .isEmpty();
        assertThat(gantt(PostmortemImpact.builder().mitigatedAt(START))).isEmpty();
        assertThat(gantt(PostmortemImpact.builder().startedAt(START))).isEmpty();
        assertThat(gantt(PostmortemImpact.builder().startedAt(START).mitigatedAt(START.minusSeconds(60))))
                .isEmpty();
    }

    @Test
    void should_draw_impact_until_resolution_when_there_is_no_mitigation() {
        assertThat(gantt(PostmortemImpact.builder()
                        .startedAt(START)
                        .mitigatedAt(START.minusSeconds(1))
                        .resolvedAt(START.plusSeconds(3600))))
                .hasValue(HEADER
                        + "    User impact until resolved :crit, impact, 2026-03-04 14:00:00, 2026-03-04 15:00:00\n");
    }

    @Test
    void should_draw_impact_and_recovery_when_mitigated_then_resolved() {
        assertThat(gantt(PostmortemImpact.builder()
                        .startedAt(START)
                        .mitigatedAt(START)
                        .resolvedAt(START)))
                .hasValue(HEADER
                        + "    User impact until mitigated :crit, impact, 2026-03-04 14:00:00, 2026-03-04 14:00:00\n"
                        + "    Mitigated until resolved :active, recovery, 2026-03-04 14:00:00, 2026-03-04 14:00:00\n");
    }

    @Test
    void should_leave_out_a_resolution_when_it_comes_before_the_mitigation() {
        assertThat(gantt(PostmortemImpact.builder()
                        .startedAt(START)
                        .mitigatedAt(START.plusSeconds(600))
                        .resolvedAt(START.plusSeconds(300))))
                .hasValue(HEADER
                        + "    User impact until mitigated :crit, impact, 2026-03-04 14:00:00, 2026-03-04 14:10:00\n");
    }
}
