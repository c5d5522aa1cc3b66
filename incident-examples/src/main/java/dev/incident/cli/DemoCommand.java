package dev.incident.cli;

import dev.incident.examples.Walkthrough;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code incident demo}: plays the lesson's incident, end to end ({@link Walkthrough}). */
@Command(
        name = "demo",
        description = "Play the lesson's incident end to end: declare, command, mitigate first,"
                + " find the root cause, fix, verify, resolve. Prints each step.",
        footer = {"", "Example:", "  incident demo"})
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Walkthrough.play(spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
