package dev.incident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.cli.CliRun.Result;
import dev.incident.cli.findings.ToolInfo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IncidentCliTest {

    @TempDir
    Path dir;

    @Test
    void should_print_the_build_version_when_asked_for_version() {
        // WHEN
        Result result = CliRun.in(dir).execute("--version");

        // THEN
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("incident " + ToolInfo.current().version() + System.lineSeparator());
        assertThat(ToolInfo.current().version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void should_list_the_commands_and_exit_codes_when_asked_for_help() {
        // WHEN
        Result result = CliRun.in(dir).execute("--help");

        // THEN
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("Usage: incident")
                .contains("demo")
                .contains("  2  usage or input error")
                .contains("Examples:", "incident check --format sarif")
                .contains("lint", "check", "validate", "render", "metrics");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void should_register_only_commands_that_work_when_built_for_shipping() {
        // GIVEN the shipped command line, without the test-only commands
        CommandLine shipped = IncidentCli.commandLine(new CliEnvironment(System.in, false, dir));

        // THEN
        assertThat(shipped.getSubcommands()).containsOnlyKeys("demo", "lint", "check", "validate", "render", "metrics");
    }

    @Test
    void should_exit_2_with_one_line_when_no_command_is_given() {
        // WHEN
        Result result = CliRun.in(dir).execute();

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement().asString().startsWith("incident: missing command");
    }

    @Test
    void should_exit_2_with_one_line_when_the_command_is_unknown() {
        // WHEN
        Result result = CliRun.in(dir).execute("frobnicate");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .contains("'frobnicate'")
                .endsWith("(see 'incident --help')");
    }

    @Test
    void should_play_the_walkthrough_and_exit_0_when_running_demo() {
        // WHEN
        Result result = CliRun.in(dir).execute("demo");

        // THEN
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .startsWith("== The lesson's incident, step by step ==")
                .contains("rejected [RECOVERY_NOT_VERIFIED]")
                .contains("replaying them rebuilds an equal incident: true");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void should_show_an_example_when_asked_for_demo_help() {
        // WHEN
        Result result = CliRun.in(dir).execute("demo", "--help");

        // THEN
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: incident demo").contains("Example:", "  incident demo");
    }

    @Test
    void should_exit_2_when_demo_gets_an_unknown_option() {
        // WHEN
        Result result = CliRun.in(dir).execute("demo", "--fast");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .startsWith("incident demo: Unknown option: '--fast'");
    }
}
