package dev.incident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.cli.CliRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    @TempDir
    Path dir;

    @Test
    void should_print_a_draft_with_the_timeline_table_and_its_mermaid_chart_when_given_an_incident() {
        // GIVEN
        Samples.copyTo(dir, "incident.json");

        // WHEN
        Result result = CliRun.in(dir).execute("render", "incident.json");

        // THEN
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .startsWith("# Checkout errors after deploy 8812\n")
                .contains("## Timeline\n\n| Time (UTC) | Kind | Event |")
                .contains("```mermaid\ngantt\n")
                .doesNotContain("## Local times");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void should_add_the_timeline_in_that_zone_when_a_zone_is_given() {
        // GIVEN
        Samples.copyTo(dir, "incident.json");

        // WHEN
        Result result = CliRun.in(dir).execute("render", "--zone", "Europe/Berlin", "incident.json");

        // THEN the impact started at 14:00 UTC, 15:00 in Berlin
        assertThat(result.out())
                .contains("## Local times (Europe/Berlin)")
                .contains("| time (Europe/Berlin) |")
                .contains("| 2026-03-04 15:00 |");
    }

    @Test
    void should_write_the_file_and_print_nothing_when_an_output_is_given() throws IOException {
        // GIVEN
        Samples.copyTo(dir, "incident.json");
        Result printed = CliRun.in(dir).execute("render", "incident.json");

        // WHEN
        Result result = CliRun.in(dir).execute("render", "incident.json", "-o", "draft.md");

        // THEN
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(dir.resolve("draft.md"), StandardCharsets.UTF_8))
                .isEqualTo(printed.out());
    }

    @Test
    void should_exit_2_with_the_json_error_on_one_line_when_the_incident_is_invalid() throws IOException {
        // GIVEN
        Files.writeString(dir.resolve("broken.json"), "{\"format\": \"incident/1\", \"id\": \n");

        // WHEN
        Result result = CliRun.in(dir).execute("render", "broken.json");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .startsWith("incident render: broken.json: truncated at /id: ");
    }

    @Test
    void should_exit_2_when_given_more_than_one_file_or_an_unknown_zone() {
        // GIVEN
        Samples.copyTo(dir, "incident.json", "incidents.ndjson");

        // WHEN
        Result two = CliRun.in(dir).execute("render", "incident.json", "incidents.ndjson");
        Result zone = CliRun.in(dir).execute("render", "--zone", "Mars/Olympus", "incident.json");

        // THEN
        assertThat(two.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(two.err().lines()).singleElement().asString().startsWith("incident render: render takes one");
        assertThat(zone.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(zone.err().lines()).singleElement().asString().contains("'--zone'");
    }

    @Test
    void should_show_an_example_when_asked_for_help() {
        // WHEN
        Result result = CliRun.in(dir).execute("render", "--help");

        // THEN
        assertThat(result.out()).contains("--zone=ZONE", "-o, --output=OUT", "Examples:", "incident render ");
    }
}
