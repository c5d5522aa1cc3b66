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

        // THEN it ends resolved, shows the early resolution refused, and replay rebuilds the incident
        assertThat(incident.phase()).isEqualTo(Phase.RESOLVED);
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
        assertThat(lines)
                .contains(
                        incident.events().size() + " events recorded; replaying them rebuilds an equal incident: true");
    }
}
