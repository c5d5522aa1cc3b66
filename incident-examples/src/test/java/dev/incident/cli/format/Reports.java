package dev.incident.cli.format;

import dev.incident.cli.findings.CliFinding;
import dev.incident.cli.findings.Report;
import dev.incident.cli.findings.Rule;
import dev.incident.cli.findings.Severity;
import dev.incident.cli.findings.ToolInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reports and helpers shared by the formatter tests; the golden files are written from these. */
final class Reports {
    static final ToolInfo TOOL = new ToolInfo("incident", "1.2.3", "https://example.invalid/incident-sdk");

    static final List<Rule> RULES = List.of(
            new Rule(
                    "blame-word",
                    "Words that judge a person",
                    "Describe what happened and what made it possible.",
                    Severity.WARNING),
            new Rule("missing-section", "A required section is missing", "", Severity.ERROR));

    private Reports() {}

    /** Three files: two findings in the first, none in the second, one (non-ASCII, unlisted rule) in the third. */
    static Report sample() {
        return new Report(
                TOOL,
                "lint",
                List.of("docs/postmortem.md", "clean.md", "runbook.md"),
                List.of(
                        CliFinding.of(
                                        "docs/postmortem.md",
                                        12,
                                        5,
                                        "blame-word",
                                        Severity.WARNING,
                                        "\"careless\" judges a person")
                                .withEnd(12, 13)
                                .withSuggestion("describe what happened and what made it possible"),
                        CliFinding.of(
                                "docs/postmortem.md",
                                30,
                                1,
                                "missing-section",
                                Severity.ERROR,
                                "no \"Follow-ups\" section"),
                        CliFinding.of(
                                "runbook.md", 3, 7, "passive-voice", Severity.NOTE, "\"mistakes were made\" (café)")),
                RULES);
    }

    static Report empty() {
        return new Report(TOOL, "check", List.of("a.md", "b.md"), List.of(), RULES);
    }

    static String format(FindingsFormatter formatter, Report report) {
        StringWriter out = new StringWriter();
        try {
            formatter.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String golden(String name) {
        try (InputStream in = Reports.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("golden file " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
