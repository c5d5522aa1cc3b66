package dev.incident.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Lifecycle;
import dev.incident.lifecycle.Phase;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkthroughTest {

    @Test
    void should_print_every_step_the_rejected_resolution_and_replay_equality_when_run() {
        // GIVEN the walkthrough printing into a buffer
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8), true);

        // WHEN it runs with the default lifecycle
        Incident incident = new Walkthrough(out, Lifecycle.withDefaults()).run();
        out.flush();
        List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();

        // THEN it ends closed, shows the early resolution and the early closing refused, and replay
        // rebuilds the incident
        assertThat(incident.phase()).isEqualTo(Phase.CLOSED);
        assertThat(Lifecycle.withDefaults().replay(incident.events())).isEqualTo(incident);
        assertThat(lines.get(0)).isEqualTo("== The lesson's incident, step by step ==");
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).contains("DECLARED", "INVESTIGATING", "declared (SEV2)"))
                .anySatisfy(line -> assertThat(line).contains("MITIGATED", "MONITORING", "stopped the impact"))
                .anySatisfy(line -> assertThat(line)
                        .contains("rejected [RECOVERY_NOT_VERIFIED]", "cannot resolve INC-42")
                        .contains("record a recovery verification first"))
                .anySatisfy(line -> assertThat(line).contains("nothing changed: still MITIGATED"))
                .anySatisfy(line -> assertThat(line).contains("RESOLVED", "resolved"));
        assertThat(lines.stream().filter(line -> line.startsWith("16:3")).toList())
                .last()
                .asString()
                .contains("RESOLVED", "status: resolved");
        assertThat(lines).contains("14 events recorded; replaying them rebuilds an equal incident: true");
        assertThat(lines)
                .anySatisfy(line -> assertThat(line).contains("closing now is rejected [POSTMORTEM_REQUIRED]"))
                .anySatisfy(line -> assertThat(line).startsWith("the draft from the history alone: incomplete"))
                .contains("with the people's part written: complete (0 errors, 0 warnings)", "## Follow-ups");
        assertThat(lines.get(lines.size() - 1)).contains("CLOSED", "closed");
    }
}
