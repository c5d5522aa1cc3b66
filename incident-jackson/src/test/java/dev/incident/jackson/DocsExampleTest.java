package dev.incident.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Lifecycle;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example and the JSON of the README's JSON section, run and checked so they never rot. */
class DocsExampleTest {

    @Test
    void should_run_the_documented_example_when_reading_what_was_written() {
        Lifecycle lifecycle = Fixtures.LIFECYCLE;
        Incident incident = Fixtures.walkthrough();
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        Incident[] read = new Incident[1];
        try {
            // --- as in the README's JSON section ---
            IncidentJson json = IncidentJson.builder().lifecycle(lifecycle).build();
            String text = json.writeIncident(incident);
            try {
                Incident back = json.readIncident(text); // equal to incident
                read[0] = back;
            } catch (IncidentJsonException e) {
                System.err.println(e.reason() + " at " + e.path() + ": " + e.detail());
            }
            // --- end ---
        } finally {
            System.setErr(stderr);
        }
        assertThat(read[0]).isEqualTo(incident);
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void should_read_the_documented_tiny_json_as_the_tiny_incident() throws Exception {
        String documented = "{\"format\": \"incident/1\", \"id\": \"INC-7\", \"events\": [\n"
                + "  {\"type\": \"declared\", \"at\": \"2026-03-04T14:00:00Z\", \"id\": \"INC-7\", \"title\": \"Login page slow\",\n"
                + "   \"severity\": {\"label\": \"SEV3\", \"rank\": 3}, \"declared_by\": \"priya\"}]}";

        assertThat(Fixtures.JSON.readIncident(documented)).isEqualTo(Fixtures.tiny());
        ObjectMapper plain = new ObjectMapper();
        assertThat(plain.readTree(documented)).isEqualTo(plain.readTree(Fixtures.resource("/golden/tiny.json")));
    }
}
