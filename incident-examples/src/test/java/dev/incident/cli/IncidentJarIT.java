package dev.incident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the shaded {@code target/incident.jar} run as a separate process, after {@code
 * package} (Failsafe). The shipped commands run with {@code java -jar}; the file-checking framework
 * inside the jar runs on real files through the test-only {@code markers} command, with the test
 * classes added to the class path.
 */
class IncidentJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path jar;
    private static Path testClasses;

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {}

    @BeforeAll
    static void findTheJar() {
        jar = Path.of(System.getProperty("incident.jar", "target/incident.jar"));
        testClasses = Path.of(System.getProperty("incident.testClasses", "target/test-classes"));
        assertThat(jar)
                .as("the shaded jar; run `mvn verify`, which packages first")
                .isRegularFile();
    }

    private Run run(List<String> command) throws IOException, InterruptedException {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        int exitCode = process.waitFor();
        return new Run(
                exitCode, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run incident(String... args) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(java(), "-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    private Run incidentWithTestCommands(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                java(),
                "-cp",
                jar.toAbsolutePath() + File.pathSeparator + testClasses.toAbsolutePath(),
                TestCli.class.getName()));
        command.addAll(List.of(args));
        return run(command);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void should_run_the_demo_and_report_its_version_when_started_as_a_jar() throws Exception {
        // WHEN
        Run demo = incident("demo");
        Run version = incident("--version");

        // THEN
        assertThat(demo.exitCode()).isZero();
        assertThat(demo.out())
                .startsWith("== The lesson's incident, step by step ==")
                .contains("replaying them rebuilds an equal incident: true");
        assertThat(demo.err()).isEmpty();
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("incident " + System.getProperty("incident.version", ""));
        assertThat(version.out()).doesNotContain("${");
    }

    @Test
    void should_exit_2_with_one_line_and_no_stack_trace_when_the_usage_is_wrong() throws Exception {
        // WHEN
        Run run = incident("demo", "--no-such-option");

        // THEN
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString().startsWith("incident demo: Unknown option");
    }

    @Test
    void should_check_real_files_and_write_sarif_when_the_framework_runs_in_the_jar() throws Exception {
        // GIVEN real files in a working directory, one of them in a subdirectory
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/postmortem.md"), "# Postmortem\n\nThe cache TODO\n");
        Files.writeString(dir.resolve("notes.md"), "nothing to see\n");

        // WHEN
        Run sarif = incidentWithTestCommands("markers", "--format", "sarif", "docs/postmortem.md", "notes.md");
        Run text = incidentWithTestCommands("markers", "--fail-on", "error", "docs/postmortem.md", "notes.md");

        // THEN findings exit 1 at the default --fail-on (warning), 0 with --fail-on error
        assertThat(sarif.exitCode()).isEqualTo(1);
        assertThat(sarif.err()).isEmpty();
        JsonNode result = JSON.readTree(sarif.out()).at("/runs/0/results/0");
        assertThat(result.get("ruleId").asText()).isEqualTo("marker-todo");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .isEqualTo("docs/postmortem.md");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(3);
        assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt())
                .isEqualTo(11);
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("docs/postmortem.md:3:11: warning marker-todo: TODO left in the text\n");
    }

    @Test
    void should_exit_2_naming_the_file_when_a_real_file_is_missing() throws Exception {
        // WHEN
        Run run = incidentWithTestCommands("markers", "missing.md");

        // THEN
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("incident markers: missing.md: no such file\n");
    }

    private void copySamples(String... names) throws IOException {
        Path samples = SampleFiles.DIRECTORY; // Failsafe runs in the module directory
        for (String name : names) {
            Files.copy(samples.resolve(name), dir.resolve(name));
        }
    }

    @Test
    void should_find_blaming_language_and_exit_1_when_linting_the_blaming_sample() throws Exception {
        // GIVEN
        copySamples("blaming-postmortem.md");

        // WHEN
        Run run = incident("lint", "blaming-postmortem.md");

        // THEN
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("blaming-postmortem.md:8:43: error human-error: ")
                .contains("error judgement: \"careless\" judges a person");
    }

    @Test
    void should_write_valid_sarif_and_exit_0_when_checking_the_good_sample() throws Exception {
        // GIVEN
        copySamples("postmortem.md", "blaming-postmortem.md");

        // WHEN
        Run good = incident("check", "--format", "sarif", "postmortem.md");
        Run blaming = incident("check", "--format", "sarif", "--profile", "atlassian", "blaming-postmortem.md");

        // THEN
        assertThat(good.exitCode()).isZero();
        assertThat(good.err()).isEmpty();
        JsonNode sarif = JSON.readTree(good.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("$schema").asText()).contains("sarif-2.1.0");
        assertThat(sarif.at("/runs/0/tool/driver/name").asText()).isEqualTo("incident");
        assertThat(sarif.at("/runs/0/tool/driver/rules").findValuesAsText("id"))
                .contains("section-missing", "blaming-language");
        assertThat(sarif.at("/runs/0/results").isArray()).isTrue();
        assertThat(sarif.at("/runs/0/results")).isEmpty();
        assertThat(blaming.exitCode()).isEqualTo(1);
        JsonNode result = JSON.readTree(blaming.out()).at("/runs/0/results/0");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .isEqualTo("blaming-postmortem.md");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isPositive();
    }

    @Test
    void should_name_the_line_and_exit_1_when_validating_an_archive_with_a_malformed_line() throws Exception {
        // GIVEN
        copySamples("incident.json", "incidents.ndjson");

        // WHEN
        Run run = incident("validate", "incident.json", "incidents.ndjson");

        // THEN
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("incidents.ndjson:3:")
                .contains("error json/truncated")
                .endsWith("1 finding (1 error, 0 warnings, 0 notes) in 1 of 2 files\n");
    }

    @Test
    void should_print_a_draft_with_a_mermaid_chart_when_rendering_the_sample_incident() throws Exception {
        // GIVEN
        copySamples("incident.json");

        // WHEN
        Run run = incident("render", "incident.json");
        Run broken = incident("render", "missing.json");

        // THEN
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# Checkout errors after deploy 8812").contains("```mermaid");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).isEqualTo("incident render: missing.json: no such file\n");
    }

    @Test
    void should_print_a_table_with_a_sev2_row_when_measuring_the_sample_archive() throws Exception {
        // GIVEN
        copySamples("incidents.ndjson");

        // WHEN
        Run run = incident("metrics", "--skip-invalid", "incidents.ndjson");

        // THEN
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).first().asString().startsWith("severity  measure");
        assertThat(run.out()).containsPattern("(?m)^SEV2 +time to mitigate +2 +0 ");
        assertThat(run.err()).startsWith("incident metrics: incidents.ndjson:3: skipped: ");
    }
}
