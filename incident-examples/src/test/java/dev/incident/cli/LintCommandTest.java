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

class LintCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void should_report_each_finding_with_its_place_and_exit_1_when_a_file_blames() throws IOException {
        // GIVEN
        write("pm.md", "# Outage\n\nThe engineer was careless.\n");

        // WHEN
        Result result = CliRun.in(dir).execute("lint", "pm.md");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out())
                .startsWith("pm.md:3:18: error judgement: \"careless\" judges a person\n    suggestion: ")
                .endsWith("1 finding (1 error, 0 warnings, 0 notes) in 1 of 1 file\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void should_exit_0_with_the_summary_only_when_the_writing_is_blameless() throws IOException {
        // GIVEN
        write("pm.md", "# Outage\n\nThe readiness probe failed to detect the hang.\n");

        // WHEN
        Result result = CliRun.in(dir).execute("lint", "pm.md");

        // THEN
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("No findings in 1 file.\n");
    }

    @Test
    void should_fail_on_warnings_by_default_and_not_when_fail_on_is_error() throws IOException {
        // GIVEN a counterfactual, a warning
        write("pm.md", "The on-call should have checked the replica lag.\n");

        // WHEN
        Result byDefault = CliRun.in(dir).execute("lint", "pm.md");
        Result onErrors = CliRun.in(dir).execute("lint", "--fail-on", "error", "pm.md");

        // THEN
        assertThat(byDefault.out()).contains("warning counterfactual");
        assertThat(byDefault.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(onErrors.exitCode()).isZero();
    }

    @Test
    void should_skip_code_in_markdown_but_not_in_plain_text() throws IOException {
        // GIVEN the same code block as Markdown and as text
        String text = "Notes\n\n```\nit was human error\n```\n";
        write("notes.md", text);
        write("notes.txt", text);

        // WHEN
        Result result = CliRun.in(dir).execute("lint", "--format", "json", "notes.md", "notes.txt");

        // THEN
        JsonNode findings = JSON.readTree(result.out()).get("findings");
        assertThat(findings.findValuesAsText("file")).containsExactly("notes.txt");
        assertThat(findings.get(0).get("rule").asText()).isEqualTo("human-error");
        assertThat(findings.get(0).get("line").asInt()).isEqualTo(4);
    }

    @Test
    void should_read_standard_input_as_markdown_when_the_file_is_a_dash() {
        // WHEN
        Result result = CliRun.in(dir)
                .stdin("`human error` is fine in code.\n\nIt was Tomasz's fault.\n")
                .execute("lint", "-");

        // THEN
        assertThat(result.out())
                .startsWith("<stdin>:3:")
                .contains("blame-attribution")
                .doesNotContain("human-error");
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void should_treat_the_named_people_as_people_when_people_are_given() throws IOException {
        // GIVEN a name that looks like a plural at the start of a sentence, so not a person unless named
        write("pm.txt", "Jules ignored the warning.\n");

        // WHEN
        Result without = CliRun.in(dir).execute("lint", "pm.txt");
        Result with = CliRun.in(dir).execute("lint", "--people", "Priya,Jules", "pm.txt");

        // THEN
        assertThat(without.out()).doesNotContain("person-failure");
        assertThat(with.out()).contains("pm.txt:1:7: warning person-failure");
        assertThat(with.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void should_mark_the_end_of_the_matched_text_when_writing_sarif() throws IOException {
        // GIVEN
        write("pm.md", "It was sloppy work.\n");

        // WHEN
        Result result = CliRun.in(dir).execute("lint", "--format", "sarif", "pm.md");

        // THEN
        JsonNode run = JSON.readTree(result.out()).at("/runs/0");
        JsonNode region = run.at("/results/0/locations/0/physicalLocation/region");
        assertThat(region.get("startColumn").asInt()).isEqualTo(8);
        assertThat(region.get("endColumn").asInt()).isEqualTo(14);
        assertThat(run.at("/tool/driver/rules").findValuesAsText("id"))
                .contains("human-error", "judgement", "counterfactual", "unused-suppression");
    }

    @Test
    void should_exit_2_with_one_line_when_a_file_is_missing() {
        // WHEN
        Result result = CliRun.in(dir).execute("lint", "nope.md");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("incident lint: nope.md: no such file\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void should_exit_2_naming_the_option_when_a_person_is_not_a_name() throws IOException {
        // GIVEN
        write("pm.md", "fine\n");

        // WHEN
        Result result = CliRun.in(dir).execute("lint", "--people", "Priya,???", "pm.md");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err().lines()).singleElement().asString().startsWith("incident lint: --people: ");
    }

    @Test
    void should_show_the_options_and_an_example_when_asked_for_help() {
        // WHEN
        Result result = CliRun.in(dir).execute("lint", "--help");

        // THEN
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("--people=NAME", "--fail-on=LEVEL", "(default: warning)", "Examples:", "incident lint ");
    }
}
