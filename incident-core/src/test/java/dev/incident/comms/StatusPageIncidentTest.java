package dev.incident.comms;

import static dev.incident.testing.Incidents.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.lifecycle.Incident;
import dev.incident.model.PublicStatus;
import dev.incident.model.Severity;
import dev.incident.testing.Golden;
import dev.incident.testing.Incidents;
import org.junit.jupiter.api.Test;

class StatusPageIncidentTest {

    @Test
    void should_show_public_updates_newest_first_with_component_changes() {
        // GIVEN
        Incident incident = Incidents.lesson();

        // WHEN
        StatusPageIncident page = StatusPageIncident.of(incident);

        // THEN
        assertThat(page.name()).isEqualTo("Checkout errors after deploy 8812");
        assertThat(page.status()).isEqualTo(PublicStatus.RESOLVED);
        assertThat(page.impact()).isEqualTo(StatusPageImpact.MAJOR);
        assertThat(page.resolvedAt()).contains(at(152));
        assertThat(page.incidentUpdates())
                .extracting(StatusPageIncident.Update::status)
                .containsExactly(
                        PublicStatus.RESOLVED,
                        PublicStatus.MONITORING,
                        PublicStatus.IDENTIFIED,
                        PublicStatus.INVESTIGATING);
        StatusPageIncident.Update first = page.incidentUpdates().get(3);
        assertThat(first.affectedComponents())
                .containsExactly(new StatusPageIncident.ComponentChange(
                        "checkout", ComponentStatus.OPERATIONAL, ComponentStatus.PARTIAL_OUTAGE));
        StatusPageIncident.Update monitoring = page.incidentUpdates().get(1);
        assertThat(monitoring.affectedComponents())
                .containsExactly(new StatusPageIncident.ComponentChange(
                        "checkout", ComponentStatus.PARTIAL_OUTAGE, ComponentStatus.OPERATIONAL));
        assertThat(page.components())
                .containsExactly(new StatusPageIncident.Component("checkout", ComponentStatus.OPERATIONAL));
    }

    @Test
    void should_use_the_severity_at_the_time_of_each_update() {
        // GIVEN an incident escalated from SEV3 to SEV1 between two updates
        Incident incident = Incidents.scenario("INC-1", Severity.SEV3)
                .commander("marco", 1)
                .impact(0, true, 2, "api")
                .publicUpdate(PublicStatus.INVESTIGATING, 3)
                .severity(Severity.SEV1, 4)
                .publicUpdate(PublicStatus.INVESTIGATING, 5)
                .build();

        // WHEN
        StatusPageIncident page = StatusPageIncident.of(incident);

        // THEN
        assertThat(page.incidentUpdates().get(1).affectedComponents().get(0).newStatus())
                .isEqualTo(ComponentStatus.DEGRADED_PERFORMANCE);
        assertThat(page.incidentUpdates().get(0).affectedComponents().get(0).newStatus())
                .isEqualTo(ComponentStatus.MAJOR_OUTAGE);
        assertThat(page.impact()).isEqualTo(StatusPageImpact.CRITICAL);
        assertThat(page.resolvedAt()).isEmpty();
    }

    @Test
    void should_accept_a_custom_component_rule() {
        StatusPageIncident page =
                StatusPageIncident.of(Incidents.lesson(), (severity, status) -> ComponentStatus.MAJOR_OUTAGE);
        assertThat(page.components())
                .extracting(StatusPageIncident.Component::status)
                .containsOnly(ComponentStatus.MAJOR_OUTAGE);
    }

    @Test
    void should_write_statuspage_field_names_when_rendered_as_json() {
        String json = StatusPageIncident.of(Incidents.lesson()).toJson();
        assertThat(json)
                .contains(
                        "\"incident_updates\":[",
                        "\"display_at\":\"2026-03-04T16:32:00Z\"",
                        "\"old_status\":\"partial_outage\"",
                        "\"new_status\":\"operational\"",
                        "\"impact\":\"major\"");
        Golden.assertMatches(json + "\n", "comms/lesson-statuspage.json");
    }

    @Test
    void should_escape_quotes_and_control_characters_in_json() {
        Incident incident = Incidents.scenario("INC-1", Severity.SEV3)
                .title("The \"big\" one\\ with\ttabs")
                .build();
        assertThat(StatusPageIncident.of(incident).toJson())
                .contains("\"name\":\"The \\\"big\\\" one\\\\ with\\ttabs\"")
                .contains("\"resolved_at\":null");
    }
}
