package dev.incident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incident.cli.CliRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void should_print_only_the_summary_and_exit_0_when_the_incident_is_valid() {
        // GIVEN
        Samples.copyTo(dir, "incident.json");

        // WHEN
        Result result = CliRun.in(dir).execute("validate", "incident.json");

        // THEN
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("No findings in 1 file.\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void should_name_the_line_of_the_bad_record_when_an_archive_has_a_malformed_line() {
        // GIVEN
        Samples.copyTo(dir, "incidents.ndjson");

        // WHEN
        Result result = CliRun.in(dir).execute("validate", "incidents.ndjson");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out())
                .startsWith("incidents.ndjson:" + SampleFiles.MALFORMED_LINE_NUMBER + ":"
                        + (SampleFiles.MALFORMED_LINE.length() + 1) + ": error json/truncated: at /events/0/at: ")
                .endsWith("1 finding (1 error, 0 warnings, 0 notes) in 1 of 1 file\n");
    }

    @Test
    void should_report_every_bad_line_when_an_archive_has_several() throws IOException {
        // GIVEN a valid line, a lifecycle violation, a blank line and a missing field
        String valid = IncidentJsonLines.declared("INC-1", "2026-03-04T14:00:00Z");
        String resolvedAtOnce =
                valid.replace("]}", ",{\"type\":\"resolved\",\"at\":\"2026-03-04T14:05:00Z\",\"summary\":\"done\"}]}");
        write("archive.jsonl", valid + "\n" + resolvedAtOnce + "\n\n{\"format\":\"incident/1\",\"events\":[]}\n");

        // WHEN
        Result result = CliRun.in(dir).execute("validate", "--format", "json", "archive.jsonl");

        // THEN
        JsonNode findings = JSON.readTree(result.out()).get("findings");
        assertThat(findings.findValuesAsText("line")).containsExactly("2", "4");
        assertThat(findings.get(0).get("rule").asText()).startsWith("lifecycle/");
        assertThat(findings.get(0).get("message").asText()).startsWith("at /events/1: ");
        assertThat(findings.get(1).get("rule").asText()).isEqualTo("json/missing_field");
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void should_point_at_the_line_and_column_of_the_json_path_when_a_document_is_invalid() throws IOException {
        // GIVEN the pretty-printed sample with a title made blank
        String sample = Files.readString(SampleFiles.DIRECTORY.resolve("incident.json"));
        write("incident.json", sample.replace("\"title\": \"Checkout errors after deploy 8812\"", "\"title\": 42"));
        int line = (int) sample.lines().takeWhile(l -> !l.contains("\"title\"")).count() + 1;
        int column = sample.lines().skip(line - 1).findFirst().orElseThrow().indexOf("\"title\"") + 1;

        // WHEN
        Result result = CliRun.in(dir).execute("validate", "incident.json");

        // THEN
        assertThat(result.out())
                .startsWith("incident.json:" + line + ":" + column + ": error json/wrong_type: at /events/0/title: ");
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void should_exit_0_on_errors_when_fail_on_is_never() {
        // GIVEN
        Samples.copyTo(dir, "incidents.ndjson");

        // WHEN
        Result result = CliRun.in(dir).execute("validate", "--fail-on", "never", "incidents.ndjson");

        // THEN
        assertThat(result.out()).contains("json/truncated");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void should_read_standard_input_as_an_archive_when_archive_is_given() {
        // GIVEN two incidents on two lines: not one document
        String lines = IncidentJsonLines.declared("INC-1", "2026-03-04T14:00:00Z") + "\n"
                + IncidentJsonLines.declared("INC-2", "2026-03-04T15:00:00Z") + "\n";

        // WHEN
        Result asDocument = CliRun.in(dir).stdin(lines).execute("validate", "-");
        Result asArchive = CliRun.in(dir).stdin(lines).execute("validate", "--archive", "-");

        // THEN
        assertThat(asDocument.out()).contains("<stdin>:2:1: error json/malformed_json");
        assertThat(asDocument.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(asArchive.out()).isEqualTo("No findings in 1 file.\n");
        assertThat(asArchive.exitCode()).isZero();
    }

    @Test
    void should_list_the_json_and_lifecycle_rules_when_writing_sarif() throws IOException {
        // GIVEN
        Samples.copyTo(dir, "incident.json");

        // WHEN
        Result result = CliRun.in(dir).execute("validate", "--format", "sarif", "incident.json");

        // THEN
        JsonNode rules = JSON.readTree(result.out()).at("/runs/0/tool/driver/rules");
        assertThat(rules.findValuesAsText("id"))
                .contains("json/malformed_json", "json/missing_field", "lifecycle/not_permitted_in_phase")
                .doesNotContain("json/lifecycle_rejected");
    }

    @Test
    void should_exit_2_with_one_line_when_the_file_is_missing() {
        // WHEN
        Result result = CliRun.in(dir).execute("validate", "incident.json");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("incident validate: incident.json: no such file\n");
    }
}
