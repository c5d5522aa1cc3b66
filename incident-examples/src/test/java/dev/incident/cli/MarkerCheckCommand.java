package dev.incident.cli;

import dev.incident.cli.findings.CliFinding;
import dev.incident.cli.findings.FailOn;
import dev.incident.cli.findings.Rule;
import dev.incident.cli.findings.Severity;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * Test-only adapter that exercises the file-checking framework without any library part: it
 * reports the markers {@code FIXME} (error), {@code TODO} (warning) and {@code NB} (note) at their
 * line and column, and throws on {@code CRASH} (an adapter bug) and {@code BROKEN} (unusable
 * content). Never registered in the shipped tool.
 */
@Command(
        name = "markers",
        description = "Test only: report FIXME, TODO and NB markers.",
        footer = {"", "Example:", "  incident markers notes.md"})
final class MarkerCheckCommand extends FileCheckingCommand {

    static final List<Rule> RULES = List.of(
            new Rule("marker-fixme", "A FIXME marker", "Fix it before merging.", Severity.ERROR),
            new Rule("marker-todo", "A TODO marker", "Finish the sentence or track a follow-up.", Severity.WARNING),
            new Rule("marker-nb", "An NB marker", "", Severity.NOTE));

    MarkerCheckCommand() {
        super(FailOn.WARNING);
    }

    @Override
    protected List<CliFinding> check(SourceFile file) {
        if (file.text().contains("CRASH")) {
            throw new IllegalStateException("adapter bug on purpose");
        }
        if (file.text().contains("BROKEN")) {
            throw new InputException(file.name(), "has no markers section");
        }
        List<CliFinding> findings = new ArrayList<>();
        String[] lines = file.text().split("\\R", -1);
        // reported in reverse so the framework's sorting by line and column is exercised
        for (int i = lines.length - 1; i >= 0; i--) {
            find(file, lines[i], i + 1, "FIXME", "marker-fixme", Severity.ERROR, findings);
            find(file, lines[i], i + 1, "TODO", "marker-todo", Severity.WARNING, findings);
            find(file, lines[i], i + 1, "NB", "marker-nb", Severity.NOTE, findings);
        }
        return findings;
    }

    @Override
    protected List<Rule> rules() {
        return RULES;
    }

    private static void find(
            SourceFile file,
            String line,
            int number,
            String marker,
            String rule,
            Severity severity,
            List<CliFinding> findings) {
        int at = line.indexOf(marker);
        if (at >= 0) {
            CliFinding finding = file.finding(number, at + 1, rule, severity, marker + " left in the text")
                    .withEnd(number, at + 1 + marker.length());
            findings.add(severity == Severity.NOTE ? finding : finding.withSuggestion("resolve the " + marker));
        }
    }
}
