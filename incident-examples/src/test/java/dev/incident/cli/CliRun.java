package dev.incident.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the tool in-process, with the test-only {@code markers} command added, and captures it. */
final class CliRun {

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {}

    private final Path workingDirectory;
    private String stdin = "";
    private boolean interactive;

    private CliRun(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    static CliRun in(Path workingDirectory) {
        return new CliRun(workingDirectory);
    }

    CliRun stdin(String text) {
        this.stdin = text;
        return this;
    }

    CliRun interactive() {
        this.interactive = true;
        return this;
    }

    Result execute(String... args) {
        CliEnvironment environment = new CliEnvironment(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), interactive, workingDirectory);
        CommandLine commandLine = withTestCommands(IncidentCli.commandLine(environment));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    static CommandLine withTestCommands(CommandLine commandLine) {
        return commandLine.addSubcommand(new MarkerCheckCommand());
    }
}
