package dev.incident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incident.cli.CliRun.Result;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void should_print_an_aligned_table_by_severity_when_given_an_incident() {
        // GIVEN the walkthrough's SEV2: detected after 3 min, acknowledged 3 min later, mitigated at 18, resolved at
        // 151
        Samples.copyTo(dir, "incident.json");

        // WHEN
        Result result = CliRun.in(dir).execute("metrics", "incident.json");

        // THEN
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines())
                .startsWith(
                        "severity  measure              count  no data  median     p90     max",
                        "SEV2      time to detect           1        0      3m      3m      3m",
                        "SEV2      time to acknowledge      1        0      3m      3m      3m",
                        "SEV2      time to mitigate         1        0     18m     18m     18m",
                        "SEV2      time to resolve          1        0  2h 31m  2h 31m  2h 31m",
                        "all       time to detect           1        0      3m      3m      3m");
        assertThat(result.out()).endsWith("\n1 incident measured in 1 file.\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void should_exit_2_naming_the_file_and_line_when_an_archive_has_a_bad_line() {
        // GIVEN
        Samples.copyTo(dir, "incidents.ndjson");

        // WHEN
        Result result = CliRun.in(dir).execute("metrics", "incidents.ndjson");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .startsWith("incident metrics: incidents.ndjson: line 3: truncated at /events/0/at: ")
                .endsWith("(--skip-invalid leaves bad lines out)");
    }

    @Test
    void should_report_and_leave_out_bad_lines_when_skip_invalid_is_given() {
        // GIVEN
        Samples.copyTo(dir, "incidents.ndjson");

        // WHEN
        Result result = CliRun.in(dir).execute("metrics", "--skip-invalid", "incidents.ndjson");

        // THEN
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).startsWith("incident metrics: incidents.ndjson:3: skipped: truncated at /events/0/at");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.out())
                .contains("SEV1      time to resolve ")
                .contains("SEV2      time to resolve          1        1")
                .contains("4 incidents measured in 1 file; not measured: 1 cancelled, 0 merged as duplicates.");
    }

    @Test
    void should_write_durations_as_iso_8601_when_the_format_is_json() throws IOException {
        // GIVEN
        Samples.copyTo(dir, "incident.json", "incidents.ndjson");

        // WHEN
        Result result = CliRun.in(dir)
                .execute("metrics", "--format", "json", "--skip-invalid", "incidents.ndjson", "incident.json");

        // THEN the walkthrough's incident is counted twice: once in each file
        JsonNode root = JSON.readTree(result.out());
        assertThat(root.get("format").asText()).isEqualTo("incident-metrics/1");
        assertThat(root.get("incidents").asInt()).isEqualTo(5);
        JsonNode sev2 = root.get("bySeverity").get(1);
        assertThat(sev2.get("severity").asText()).isEqualTo("SEV2");
        assertThat(sev2.at("/measures/time_to_mitigate/count").asInt()).isEqualTo(3);
        assertThat(sev2.at("/measures/time_to_mitigate/median").asText()).isEqualTo("PT18M");
        assertThat(sev2.at("/measures/time_to_mitigate/maxSeconds").asLong()).isEqualTo(55 * 60);
        assertThat(root.at("/notMeasured/cancelled").asInt()).isEqualTo(1);
        assertThat(result.exitCode()).isZero();
    }

    @ParameterizedTest
    @CsvSource({
        "-1, -",
        "0, 0s",
        "59, 59s",
        "60, 1m",
        "90, 1m 30s",
        "3600, 1h",
        "9060, 2h 31m",
        "86400, 1d",
        "97200, 1d 3h"
    })
    void should_show_durations_briefly_when_writing_the_table(long seconds, String shown) {
        // WHEN
        String human = MetricsCommand.human(seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds)));

        // THEN
        assertThat(human).isEqualTo(shown);
    }

    @Test
    void should_exit_2_when_the_format_is_sarif() {
        // GIVEN
        Samples.copyTo(dir, "incident.json");

        // WHEN
        Result result = CliRun.in(dir).execute("metrics", "--format", "sarif", "incident.json");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err().lines()).singleElement().asString().contains("--format");
    }

    @Test
    void should_show_an_example_when_asked_for_help() {
        // WHEN
        Result result = CliRun.in(dir).execute("metrics", "--help");

        // THEN
        assertThat(result.out()).contains("--skip-invalid", "--format=FORMAT", "(default: text)", "Examples:");
    }
}
