package dev.incident.jackson;

import static dev.incident.jackson.Fixtures.JSON;
import static dev.incident.jackson.Fixtures.LIFECYCLE;
import static dev.incident.jackson.Fixtures.PRETTY;
import static dev.incident.jackson.Fixtures.STRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incident.event.EventType;
import dev.incident.event.IncidentDeclared;
import dev.incident.event.IncidentEvent;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Phase;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentJsonProperties {

    @Test
    void should_read_back_an_equal_incident_when_any_valid_incident_is_written() {
        qt().withExamples(300)
                .forAll(IncidentGenerators.incidents(LIFECYCLE, 40))
                .checkAssert(incident -> {
                    String json = JSON.writeIncident(incident);
                    assertThat(uncheckedRead(JSON, json)).isEqualTo(incident);
                    assertThat(uncheckedRead(STRICT, PRETTY.writeIncident(incident)))
                            .isEqualTo(incident);
                });
    }

    @Test
    void should_conform_to_the_schema_when_any_valid_incident_is_written() {
        qt().withExamples(200)
                .forAll(IncidentGenerators.incidents(LIFECYCLE, 40))
                .checkAssert(incident -> SchemaCheck.assertConforms(JSON.writeIncident(incident)));
    }

    @Test
    void should_write_the_same_document_when_an_incident_is_written_twice() {
        qt().withExamples(100)
                .forAll(IncidentGenerators.incidents(LIFECYCLE, 30))
                .checkAssert(incident -> {
                    String once = JSON.writeIncident(incident);
                    assertThat(JSON.writeIncident(uncheckedRead(JSON, once))).isEqualTo(once);
                });
    }

    @Test
    void should_round_trip_every_event_alone_when_written_through_a_plain_mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new IncidentModule(LIFECYCLE));
        qt().withExamples(100)
                .forAll(IncidentGenerators.incidents(LIFECYCLE, 30))
                .checkAssert(incident -> {
                    for (IncidentEvent event : incident.events()) {
                        try {
                            assertThat(mapper.readValue(mapper.writeValueAsString(event), IncidentEvent.class))
                                    .isEqualTo(event);
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    }
                });
    }

    @Test
    void should_cover_every_event_type_and_phase_when_generating_incidents() {
        // The generator is only as good as what it reaches: check that it reaches everything.
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        qt().withFixedSeed(20260304L)
                .withExamples(400)
                .forAll(IncidentGenerators.incidents(LIFECYCLE, 60))
                .checkAssert(incident -> {
                    incident.events().forEach(event -> types.add(event.type()));
                    Incident step = LIFECYCLE.declare(
                            (IncidentDeclared) incident.events().get(0));
                    phases.add(step.phase());
                    for (IncidentEvent event :
                            incident.events().subList(1, incident.events().size())) {
                        step = LIFECYCLE.apply(step, event);
                        phases.add(step.phase());
                    }
                });
        assertThat(types).containsExactlyInAnyOrder(EventType.values());
        assertThat(phases).containsExactlyInAnyOrder(Phase.values());
    }

    private static Incident uncheckedRead(IncidentJson json, String text) {
        try {
            return json.readIncident(text);
        } catch (IncidentJsonException e) {
            throw new AssertionError(e.getMessage() + "\n" + text, e);
        }
    }
}
