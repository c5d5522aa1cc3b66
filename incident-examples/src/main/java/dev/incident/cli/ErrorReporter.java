package dev.incident.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on standard error and an exit code: a bad option or argument
 * and an {@link InputException} exit with {@link ExitCode#USAGE}; anything else is a bug in the tool
 * and exits with {@link ExitCode#INTERNAL}. The stack trace is printed only with {@code --verbose}.
 * Stateless and thread-safe.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        PrintWriter err = command.getErr();
        err.println(name + ": " + oneLine(ex.getMessage()) + " (see '" + name + " --help')");
        if (Arrays.asList(args).contains("--verbose")) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        String name = command.getCommandSpec().qualifiedName();
        PrintWriter err = command.getErr();
        boolean verbose = isVerbose(parseResult);
        int exitCode;
        if (ex instanceof InputException input) {
            err.println(name + ": " + oneLine(input.getMessage()));
            exitCode = ExitCode.USAGE;
        } else {
            err.println(name + ": internal error: " + oneLine(String.valueOf(ex))
                    + (verbose ? "" : " (--verbose prints the stack trace)"));
            exitCode = ExitCode.INTERNAL;
        }
        if (verbose) {
            ex.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    private static boolean isVerbose(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
