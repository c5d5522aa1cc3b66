package dev.incident.cli;

import dev.incident.cli.findings.CliFinding;
import dev.incident.cli.findings.FailOn;
import dev.incident.cli.findings.Report;
import dev.incident.cli.findings.Rule;
import dev.incident.cli.findings.ToolInfo;
import dev.incident.cli.format.OutputFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Option;

/**
 * The base of every command that turns files into findings ({@code lint}, {@code check}, {@code
 * validate}): on top of {@link FileCommand}'s files and {@code --verbose} it adds {@code --format
 * text|json|sarif} and {@code --fail-on error|warning|note|never}, writes the report to standard
 * output and returns the exit code.
 *
 * <p>An adapter implements {@link #check(SourceFile)} (one file to findings, thread-safe) and
 * optionally {@link #rules()}, and passes its default {@code --fail-on} to the constructor:
 *
 * <pre>{@code
 * @Command(name = "lint", description = "...", footer = {"", "Example:", "  incident lint postmortem.md"})
 * final class LintCommand extends FileCheckingCommand {
 *     LintCommand() { super(FailOn.WARNING); }
 *     @Override protected List<CliFinding> check(SourceFile file) { ... }
 * }
 * }</pre>
 */
public abstract class FileCheckingCommand extends FileCommand {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Output: text, json or sarif (default: ${DEFAULT-VALUE}).")
    private OutputFormat format = OutputFormat.TEXT;

    @Option(
            names = "--fail-on",
            paramLabel = "LEVEL",
            description = "Exit with 1 if a finding is at or above LEVEL: error, warning, note or never"
                    + " (default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    /**
     * Creates the command.
     *
     * @param defaultFailOn the {@code --fail-on} level when the option is not given
     * @throws NullPointerException if {@code defaultFailOn} is null
     */
    protected FileCheckingCommand(FailOn defaultFailOn) {
        this.failOn = Objects.requireNonNull(defaultFailOn, "defaultFailOn");
    }

    /**
     * Checks one file. Called on several threads at once for different files, so it must be
     * thread-safe. Every finding must be made for this file ({@link SourceFile#finding}).
     *
     * @param file the file, read and decoded
     * @return its findings, in any order
     * @throws InputException if the content cannot be checked at all
     */
    protected abstract List<CliFinding> check(SourceFile file);

    /**
     * The rules this command checks, for SARIF's rule list. Findings may name other rules too.
     *
     * @return the rules; empty by default
     */
    protected List<Rule> rules() {
        return List.of();
    }

    /**
     * Checks the files, writes the report in the chosen format and returns the exit code.
     *
     * @return {@link ExitCode#FINDINGS} if a finding is at or above {@code --fail-on}, else {@link
     *     ExitCode#OK}
     * @throws InputException if a file cannot be read
     */
    @Override
    public final Integer call() {
        List<List<CliFinding>> perFile = forEachFile(file -> inOrder(file, check(file)));
        List<CliFinding> findings = new ArrayList<>();
        perFile.forEach(findings::addAll);
        Report report = new Report(ToolInfo.current(), spec.name(), fileNames(), findings, rules());
        try {
            format.formatter(environment().workingDirectory()).write(report, out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out().flush();
        return failOn.failsOn(report.findings()) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private List<CliFinding> inOrder(SourceFile file, List<CliFinding> findings) {
        for (CliFinding finding : findings) {
            if (!finding.file().equals(file.name())) {
                throw new IllegalStateException(spec.name() + " returned a finding for " + finding.file()
                        + " while checking " + file.name() + "; use SourceFile.finding(...)");
            }
        }
        return findings.stream()
                .sorted(Comparator.comparingInt(CliFinding::line).thenComparingInt(CliFinding::column))
                .toList();
    }
}
