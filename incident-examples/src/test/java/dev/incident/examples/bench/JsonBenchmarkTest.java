package dev.incident.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incident.examples.bench.JsonBenchmark.FiftyEvents;
import dev.incident.examples.bench.JsonBenchmark.IncidentPojo;
import dev.incident.jackson.IncidentJson;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Phase;
import org.junit.jupiter.api.Test;

/** Keeps the JSON benchmark's inputs honest: the incident is valid and the POJO binds the same JSON. */
class JsonBenchmarkTest {

    @Test
    void should_build_a_closed_incident_of_fifty_events_when_asked() {
        Incident incident = FiftyEvents.incident();

        assertThat(incident.events()).hasSize(FiftyEvents.SIZE);
        assertThat(incident.phase()).isEqualTo(Phase.CLOSED);
    }

    @Test
    void should_bind_the_same_document_to_the_pojo_when_read_by_plain_databind() throws Exception {
        // GIVEN the incident's document
        IncidentJson json =
                IncidentJson.builder().lifecycle(FiftyEvents.LIFECYCLE).build();
        String document = json.writeIncident(FiftyEvents.incident());
        ObjectMapper plain = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        // WHEN bound to the POJO and written again
        IncidentPojo pojo = plain.readValue(document, IncidentPojo.class);

        // THEN every field is bound and the POJO writes an equal document (field order aside)
        assertThat(pojo.events).hasSize(FiftyEvents.SIZE);
        assertThat(plain.readTree(plain.writeValueAsString(pojo))).isEqualTo(plain.readTree(document));
    }

    @Test
    void should_round_trip_both_sides_when_the_benchmark_methods_run() throws Exception {
        // GIVEN the benchmark as JMH sets it up
        JsonBenchmark benchmark = new JsonBenchmark();
        benchmark.setUp();

        // WHEN each side runs once THEN ours rebuilds the closed incident and the baseline its POJO
        assertThat(benchmark.writeReadIncident()).isEqualTo(FiftyEvents.incident());
        assertThat(benchmark.writeReadPojoBaseline().events).hasSize(FiftyEvents.SIZE);
    }
}
