package dev.incident.jackson;

import static dev.incident.jackson.Fixtures.JSON;
import static dev.incident.jackson.Fixtures.STRICT;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.incident.lifecycle.Incident;
import dev.incident.postmortem.Postmortem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the readers: whatever the bytes, the only outcomes are an incident or a postmortem (which
 * then writes and reads back equal) or an {@link IncidentJsonException} with a one-line message. Under plain {@code
 * mvn test} Jazzer runs the committed seeds in {@code IncidentReaderFuzzTestInputs/<method>/};
 * fuzz with {@code JAZZER_FUZZ=1 mvn test -Dtest=IncidentReaderFuzzTest}.
 */
class IncidentReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readIncident(byte[] input) {
        for (IncidentJson json : List.of(JSON, STRICT)) {
            try {
                Incident incident = json.readIncident(input);
                assertThat(json.readIncident(json.writeIncident(incident))).isEqualTo(incident);
            } catch (IncidentJsonException expected) {
                assertThat(expected.getMessage())
                        .doesNotContain("\n")
                        .startsWith(expected.reason().code());
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void readPostmortem(byte[] input) {
        for (IncidentJson json : List.of(JSON, STRICT)) {
            try {
                Postmortem postmortem = json.read(input, Postmortem.class);
                assertThat(json.readPostmortem(json.writePostmortem(postmortem)))
                        .isEqualTo(postmortem);
            } catch (IncidentJsonException expected) {
                assertThat(expected.getMessage())
                        .doesNotContain("\n")
                        .startsWith(expected.reason().code());
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void readArchive(byte[] input) throws IOException {
        List<IncidentJsonException> errors = new ArrayList<>();
        try (IncidentArchiveReader reader =
                JSON.archiveReader(new ByteArrayInputStream(input), ErrorPolicy.skip(errors::add))) {
            long read = reader.stream().count();
            assertThat(read + errors.size()).isLessThanOrEqualTo(reader.lineNumber());
        }
        assertThat(errors).allSatisfy(error -> assertThat(error.line()).isPresent());
    }
}
