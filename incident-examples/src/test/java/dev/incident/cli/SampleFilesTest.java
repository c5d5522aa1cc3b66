package dev.incident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The JSON samples the README and the end-to-end test use are what the library writes today. */
class SampleFilesTest {

    @Test
    void should_match_what_the_library_writes_when_the_json_samples_are_committed() throws IOException {
        // WHEN
        String json = Files.readString(SampleFiles.DIRECTORY.resolve("incident.json"), StandardCharsets.UTF_8);
        String ndjson = Files.readString(SampleFiles.DIRECTORY.resolve("incidents.ndjson"), StandardCharsets.UTF_8);

        // THEN (to write them again: run SampleFiles.main from incident-examples)
        assertThat(json).isEqualTo(SampleFiles.incidentJson());
        assertThat(ndjson).isEqualTo(SampleFiles.incidentsNdjson());
        assertThat(ndjson.lines().toList().get(SampleFiles.MALFORMED_LINE_NUMBER - 1))
                .isEqualTo(SampleFiles.MALFORMED_LINE);
    }
}
