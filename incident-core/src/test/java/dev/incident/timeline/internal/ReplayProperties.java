package dev.incident.timeline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Lifecycle;
import dev.incident.testing.IncidentGenerators;
import org.junit.jupiter.api.Test;

class ReplayProperties {

    @Test
    void should_agree_with_the_incident_after_every_event() {
        qt().withExamples(200).forAll(IncidentGenerators.incidents()).checkAssert(incident -> {
            // GIVEN
            Replay replay = Replay.of(incident);

            // WHEN / THEN every prefix replayed by the lifecycle agrees with the replay's state
            for (int i = 0; i < incident.events().size(); i++) {
                Incident prefix =
                        Lifecycle.withDefaults().replay(incident.events().subList(0, i + 1));
                Replay.State state = replay.after(i);
                assertThat(state.phase()).isEqualTo(prefix.phase());
                assertThat(state.status()).isEqualTo(prefix.publicStatus());
                assertThat(state.severity()).isEqualTo(prefix.severity());
                assertThat(state.userFacing()).isEqualTo(prefix.isUserFacing());
            }
        });
    }
}
