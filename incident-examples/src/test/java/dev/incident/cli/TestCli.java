package dev.incident.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The packaged tool plus the test-only {@code markers} command, as a main class: the end-to-end
 * test runs it with {@code java -cp incident.jar:test-classes} to drive the framework in the
 * shaded jar on real files in a separate process.
 */
public final class TestCli {
    private TestCli() {}

    public static void main(String[] args) {
        CommandLine commandLine = CliRun.withTestCommands(IncidentCli.commandLine(CliEnvironment.system()));
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(commandLine.execute(args));
    }
}
