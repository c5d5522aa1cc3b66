package dev.incident.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code incident} command-line tool: the main class of {@code incident.jar} and the top
 * command, which holds the subcommands. {@code --help} and {@code --version} work on every command.
 *
 * <p>Exit codes are those of {@link ExitCode}. To add a command, write its class (usually a {@link
 * FileCheckingCommand}) and add it to {@code subcommands} below.
 *
 * <pre>{@code
 * int exitCode = IncidentCli.commandLine(CliEnvironment.system()).execute("demo");
 * }</pre>
 *
 * <p>Not thread-safe: build one {@link CommandLine} per run.
 */
@Command(
        name = "incident",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Incident response from the command line.",
        subcommands = {
            DemoCommand.class,
            LintCommand.class,
            CheckCommand.class,
            ValidateCommand.class,
            RenderCommand.class,
            MetricsCommand.class
        },
        synopsisSubcommandLabel = "COMMAND",
        footer = {
            "",
            "Exit codes:",
            "  0  nothing at or above --fail-on",
            "  1  findings at or above --fail-on",
            "  2  usage or input error (one line on standard error)",
            "  3  internal error (--verbose prints the stack trace)",
            "",
            "Examples:",
            "  incident demo",
            "  incident check --format sarif postmortems/*.md > check.sarif",
            "  incident validate incidents.ndjson"
        })
public final class IncidentCli implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final CliEnvironment environment;

    /**
     * Creates the top command.
     *
     * @param environment standard input, interactivity and working directory for this run
     * @throws NullPointerException if {@code environment} is null
     */
    public IncidentCli(CliEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * Runs the tool and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        CommandLine commandLine = commandLine(CliEnvironment.system());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(exitCode);
    }

    /**
     * The tool's command line, configured: case-insensitive enum values, one-line error messages,
     * the exit codes of {@link ExitCode}. Tests add test-only subcommands to it and set its out and
     * err writers.
     *
     * @param environment standard input, interactivity and working directory for this run
     * @return a new command line
     * @throws NullPointerException if {@code environment} is null
     */
    public static CommandLine commandLine(CliEnvironment environment) {
        ErrorReporter errors = new ErrorReporter();
        return new CommandLine(new IncidentCli(environment))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    /**
     * The environment this run uses.
     *
     * @return the environment
     */
    public CliEnvironment environment() {
        return environment;
    }

    /**
     * Without a command there is nothing to do: a usage error.
     *
     * @return never returns normally
     * @throws ParameterException always, naming the commands there are
     */
    @Override
    public Integer call() {
        throw new ParameterException(
                spec.commandLine(),
                "missing command; choose one of "
                        + String.join(", ", spec.subcommands().keySet()));
    }
}
