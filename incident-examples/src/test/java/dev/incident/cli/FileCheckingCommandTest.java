package dev.incident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incident.cli.CliRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The file-checking framework, driven through the test-only {@code markers} command. */
class FileCheckingCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void should_exit_0_and_say_so_when_there_are_no_findings() throws IOException {
        // GIVEN
        write("clean.md", "All good.\n");

        // WHEN
        Result result = CliRun.in(dir).execute("markers", "clean.md");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(result.out()).isEqualTo("No findings in 1 file.\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void should_print_compiler_style_lines_when_the_format_is_text() throws IOException {
        // GIVEN
        write("notes.md", "first\nsee TODO here\nNB: fine\n");

        // WHEN
        Result result = CliRun.in(dir).execute("markers", "notes.md");

        // THEN
        assertThat(result.out())
                .isEqualTo("notes.md:2:5: warning marker-todo: TODO left in the text\n"
                        + "    suggestion: resolve the TODO\n"
                        + "notes.md:3:1: note marker-nb: NB left in the text\n"
                        + "\n"
                        + "2 findings (0 errors, 1 warning, 1 note) in 1 of 1 file\n");
    }

    @ParameterizedTest(name = "{0} with --fail-on {1} exits {2}")
    @CsvSource({
        "FIXME, error, 1",
        "FIXME, never, 0",
        "TODO, '', 1",
        "TODO, warning, 1",
        "TODO, error, 0",
        "TODO, WARNING, 1",
        "NB, '', 0",
        "NB, warning, 0",
        "NB, note, 1",
        "NB, never, 0",
        "clean, note, 0",
    })
    void should_exit_1_only_when_a_finding_is_at_or_above_fail_on(String marker, String failOn, int exitCode)
            throws IOException {
        // GIVEN a file with one marker (the default --fail-on of markers is warning)
        write("file.md", "text with " + marker + "\n");
        List<String> args = new ArrayList<>(List.of("markers", "file.md"));
        if (!failOn.isEmpty()) {
            args.addAll(List.of("--fail-on", failOn));
        }

        // WHEN
        Result result = CliRun.in(dir).execute(args.toArray(String[]::new));

        // THEN
        assertThat(result.exitCode()).isEqualTo(exitCode);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void should_exit_2_with_one_line_naming_the_file_when_it_does_not_exist() throws IOException {
        // GIVEN
        write("present.md", "TODO\n");

        // WHEN
        Result result = CliRun.in(dir).execute("markers", "present.md", "missing.md", "gone.md");

        // THEN the first problem in input order is reported, and nothing goes to stdout
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("incident markers: missing.md: no such file\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void should_exit_2_when_the_file_is_a_directory() throws IOException {
        // GIVEN
        Files.createDirectories(dir.resolve("docs"));

        // WHEN
        Result result = CliRun.in(dir).execute("markers", "docs");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("incident markers: docs: is a directory, not a file\n");
    }

    @Test
    void should_exit_2_when_the_file_is_not_utf8() throws IOException {
        // GIVEN
        Files.write(dir.resolve("latin1.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});

        // WHEN
        Result result = CliRun.in(dir).execute("markers", "latin1.md");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("incident markers: latin1.md: is not UTF-8 text\n");
    }

    @Test
    void should_exit_2_with_the_adapters_message_when_the_content_cannot_be_checked() throws IOException {
        // GIVEN
        write("odd.md", "BROKEN\n");

        // WHEN
        Result result = CliRun.in(dir).execute("markers", "odd.md");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).isEqualTo("incident markers: odd.md: has no markers section\n");
    }

    @Test
    void should_print_no_stack_trace_unless_verbose_when_a_file_is_missing() {
        // WHEN
        Result quiet = CliRun.in(dir).execute("markers", "missing.md");
        Result verbose = CliRun.in(dir).execute("markers", "--verbose", "missing.md");

        // THEN
        assertThat(quiet.err().lines()).hasSize(1);
        assertThat(verbose.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(verbose.err()).startsWith("incident markers: missing.md: no such file\n");
        assertThat(verbose.err()).contains("NoSuchFileException").contains("\tat ");
    }

    @Test
    void should_exit_3_with_one_line_when_the_command_has_a_bug() throws IOException {
        // GIVEN
        write("crash.md", "CRASH\n");

        // WHEN
        Result quiet = CliRun.in(dir).execute("markers", "crash.md");
        Result verbose = CliRun.in(dir).execute("markers", "crash.md", "--verbose");

        // THEN
        assertThat(quiet.exitCode()).isEqualTo(ExitCode.INTERNAL);
        assertThat(quiet.err())
                .isEqualTo("incident markers: internal error: java.lang.IllegalStateException: adapter bug on"
                        + " purpose (--verbose prints the stack trace)\n");
        assertThat(verbose.exitCode()).isEqualTo(ExitCode.INTERNAL);
        assertThat(verbose.err()).contains("\tat dev.incident.cli.MarkerCheckCommand.check");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "markers|Missing required parameter",
                "markers --format xml a.md|Invalid value for option '--format'",
                "markers --fail-on sometimes a.md|Invalid value for option '--fail-on'",
                "markers --no-such-option a.md|Unknown option: '--no-such-option'",
            })
    void should_exit_2_with_one_line_when_the_usage_is_wrong(String commandLine, String message) {
        // WHEN
        Result result = CliRun.in(dir).execute(commandLine.split(" "));

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .startsWith("incident markers: ")
                .contains(message)
                .endsWith("(see 'incident markers --help')");
    }

    @Test
    void should_read_standard_input_when_the_file_is_a_dash() {
        // WHEN
        Result result = CliRun.in(dir).stdin("one\ntwo FIXME\n").execute("markers", "-");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out()).startsWith("<stdin>:2:5: error marker-fixme: FIXME left in the text\n");
    }

    @Test
    void should_count_columns_after_a_byte_order_mark_when_the_file_has_one() throws IOException {
        // GIVEN
        write("bom.md", "\uFEFFTODO first\n");

        // WHEN
        Result result = CliRun.in(dir).execute("markers", "bom.md");

        // THEN
        assertThat(result.out()).startsWith("bom.md:1:1: warning marker-todo:");
    }

    @Test
    void should_keep_input_order_when_many_files_are_read_in_parallel() throws IOException {
        // GIVEN 40 files, named so that neither name order nor size order is input order
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = (i * 17) % 40;
            String name = "dir" + (n % 3) + "/file-" + n + ".md";
            write(name, "x\n".repeat(n * 50) + "TODO " + n + "\n");
            names.add(name);
        }
        List<String> args = new ArrayList<>(List.of("markers", "--format", "json"));
        args.addAll(names);

        // WHEN
        Result result = CliRun.in(dir).execute(args.toArray(String[]::new));

        // THEN
        JsonNode report = JSON.readTree(result.out());
        assertThat(report.get("files").findValuesAsText("file")).containsExactlyElementsOf(names);
        assertThat(report.get("findings").findValuesAsText("file")).containsExactlyElementsOf(names);
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void should_read_a_file_once_when_it_is_named_twice() throws IOException {
        // GIVEN
        write("a.md", "TODO\n");

        // WHEN
        Result result = CliRun.in(dir).execute("markers", "--format", "json", "a.md", "a.md");

        // THEN
        JsonNode report = JSON.readTree(result.out());
        assertThat(report.at("/summary/files").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/findings").asInt()).isEqualTo(1);
    }

    @Test
    void should_show_progress_on_stderr_only_when_interactive_and_never_in_the_output() throws IOException {
        // GIVEN
        List<String> args = new ArrayList<>(List.of("markers", "--format", "sarif"));
        for (int i = 0; i < 5; i++) {
            write("f" + i + ".md", "TODO\n");
            args.add("f" + i + ".md");
        }

        // WHEN
        Result watched = CliRun.in(dir).interactive().execute(args.toArray(String[]::new));
        Result piped = CliRun.in(dir).execute(args.toArray(String[]::new));

        // THEN
        assertThat(watched.err()).contains("\rincident markers: 5/5 files").endsWith("\r");
        assertThat(piped.err()).isEmpty();
        assertThat(watched.out()).isEqualTo(piped.out());
        assertThat(JSON.readTree(watched.out()).at("/runs/0/results")).hasSize(5);
    }

    @Test
    void should_write_relative_forward_slash_uris_when_the_format_is_sarif() throws IOException {
        // GIVEN
        write("docs/post mortem.md", "ok\nFIXME\n");

        // WHEN
        Result result = CliRun.in(dir)
                .execute(
                        "markers",
                        "--format=sarif",
                        dir.resolve("docs/post mortem.md").toString());

        // THEN
        JsonNode location = JSON.readTree(result.out()).at("/runs/0/results/0/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("docs/post%20mortem.md");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(2);
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void should_show_the_options_their_defaults_and_an_example_when_asked_for_help() {
        // WHEN
        Result result = CliRun.in(dir).execute("markers", "--help");

        // THEN
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("--format=FORMAT", "(default: text)")
                .contains("--fail-on=LEVEL", "(default: warning)")
                .contains("--verbose")
                .contains("Example:", "  incident markers notes.md");
    }

    @Test
    void should_number_findings_in_file_order_when_a_file_has_several() throws IOException {
        // GIVEN markers reported by the command in reverse order
        write("many.md", IntStream.rangeClosed(1, 5).mapToObj(i -> "TODO " + i).reduce("", (a, b) -> a + b + "\n"));

        // WHEN
        Result result = CliRun.in(dir).execute("markers", "--format", "json", "many.md");

        // THEN
        assertThat(JSON.readTree(result.out()).get("findings").findValuesAsText("line"))
                .containsExactly("1", "2", "3", "4", "5");
    }
}
