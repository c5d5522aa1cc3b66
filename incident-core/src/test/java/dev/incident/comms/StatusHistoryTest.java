package dev.incident.comms;

import static dev.incident.testing.Incidents.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.event.EventType;
import dev.incident.lifecycle.Incident;
import dev.incident.model.PublicStatus;
import dev.incident.model.Severity;
import dev.incident.testing.Golden;
import dev.incident.testing.Incidents;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StatusHistoryTest {

    @Test
    void should_list_status_changes_in_order_when_the_lesson_runs() {
        // GIVEN
        Incident incident = Incidents.lesson();

        // WHEN
        StatusHistory history = StatusHistory.of(incident);

        // THEN
        assertThat(history.changes())
                .extracting(StatusHistory.Change::status)
                .containsExactly(
                        PublicStatus.INVESTIGATING,
                        PublicStatus.IDENTIFIED,
                        PublicStatus.MONITORING,
                        PublicStatus.RESOLVED);
        assertThat(history.changes())
                .extracting(StatusHistory.Change::cause)
                .containsExactly(
                        EventType.DECLARED,
                        EventType.TRIGGER_IDENTIFIED,
                        EventType.IMPACT_MITIGATED,
                        EventType.RESOLVED);
        assertThat(history.publicUpdates()).hasSize(4);
        assertThat(history.statusAt(at(13))).contains(PublicStatus.IDENTIFIED);
        assertThat(history.statusAt(at(4))).isEmpty();
    }

    @Test
    void should_go_back_to_identified_when_reopened() {
        // GIVEN
        Incident reopened = Incidents.scenario("INC-1", Severity.SEV2)
                .commander("marco", 1)
                .deployTrigger(2)
                .rollback(3)
                .mitigated(4)
                .fix(5)
                .verify(6)
                .resolve(7)
                .reopen(8)
                .build();

        // WHEN
        StatusHistory history = StatusHistory.of(reopened);

        // THEN
        assertThat(history.changes().get(history.changes().size() - 1).status())
                .isEqualTo(PublicStatus.IDENTIFIED)
                .isEqualTo(reopened.publicStatus());
    }

    @Test
    void should_render_the_lesson_as_plain_text() {
        Golden.assertMatches(
                StatusHistory.of(Incidents.lesson()).toPlainText(ZoneOffset.UTC), "comms/lesson-status.txt");
    }
}
