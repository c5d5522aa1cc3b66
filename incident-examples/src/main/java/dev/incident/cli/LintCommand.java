package dev.incident.cli;

import dev.incident.cli.findings.CliFinding;
import dev.incident.cli.findings.FailOn;
import dev.incident.cli.findings.Rule;
import dev.incident.cli.findings.Severity;
import dev.incident.lint.BlamelessLinter;
import dev.incident.lint.FindingSeverity;
import dev.incident.lint.LintFinding;
import dev.incident.lint.LintReport;
import dev.incident.lint.LintRule;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code incident lint}: the blameless-language linter ({@link BlamelessLinter}) over Markdown or
 * plain-text files. Files named {@code *.md} or {@code *.markdown}, and standard input, are read as
 * Markdown (code, links and HTML skipped, suppression comments honoured); every other file as plain
 * text. Fails on warnings by default.
 */
@Command(
        name = "lint",
        description = {
            "Find blaming language (human error, blame, judgement, counterfactuals about people,"
                    + " hindsight, punitive framing) in postmortems and other writing.",
            "*.md, *.markdown and standard input are read as Markdown; other files as plain text."
        },
        footer = {
            "",
            "Examples:",
            "  incident lint docs/postmortems/*.md",
            "  incident lint --people Priya,@mchen --format sarif postmortem.md > lint.sarif",
            "  pbpaste | incident lint -"
        })
final class LintCommand extends FileCheckingCommand {

    @Mixin
    private PeopleOption people;

    LintCommand() {
        super(FailOn.WARNING);
    }

    @Override
    protected List<CliFinding> check(SourceFile file) {
        BlamelessLinter linter = people.linter();
        LintReport report = isMarkdown(file.name()) ? linter.lintMarkdown(file.text()) : linter.lintText(file.text());
        return report.findings().stream()
                .map(finding -> toCliFinding(file, finding))
                .toList();
    }

    @Override
    protected List<Rule> rules() {
        return Arrays.stream(LintRule.values())
                .map(rule ->
                        new Rule(rule.id(), rule.description(), rule.suggestion(), severity(rule.defaultSeverity())))
                .toList();
    }

    static boolean isMarkdown(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.equals(SourceFile.STDIN) || lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    /** A lint finding with its end worked out from the matched text, which may span lines. */
    static CliFinding toCliFinding(SourceFile file, LintFinding finding) {
        CliFinding cli = file.finding(
                        finding.line(),
                        finding.column(),
                        finding.ruleId(),
                        severity(finding.severity()),
                        message(finding))
                .withSuggestion(finding.suggestion());
        String matched = finding.matchedText();
        if (matched.isEmpty()) {
            return cli;
        }
        int endLine = finding.line();
        int lineStart = -1;
        for (int i = 0; i < matched.length(); i++) {
            char c = matched.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == matched.length() || matched.charAt(i + 1) != '\n'))) {
                endLine++;
                lineStart = i;
            }
        }
        int endColumn = lineStart < 0 ? finding.column() + matched.length() : matched.length() - lineStart;
        return cli.withEnd(endLine, endColumn);
    }

    private static String message(LintFinding finding) {
        return finding.replacement()
                .filter(replacement -> !replacement.isBlank())
                .map(replacement -> finding.message() + " (instead: \"" + replacement + "\")")
                .orElse(finding.message());
    }

    static Severity severity(FindingSeverity severity) {
        return switch (severity) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case INFO -> Severity.NOTE;
        };
    }
}
