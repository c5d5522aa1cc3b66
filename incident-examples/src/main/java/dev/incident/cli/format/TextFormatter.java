package dev.incident.cli.format;

import dev.incident.cli.findings.CliFinding;
import dev.incident.cli.findings.Report;
import dev.incident.cli.findings.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The {@code text} format: compiler-style lines a terminal (and most editors) can jump to.
 *
 * <pre>
 * postmortem.md:12:5: warning blame-word: "careless" judges a person
 *     suggestion: describe what happened and what made it possible
 *
 * 1 finding (0 errors, 1 warning, 0 notes) in 1 of 2 files
 * </pre>
 *
 * <p>Files with findings are separated by a blank line; files without findings print nothing.
 * Stateless and thread-safe.
 */
public final class TextFormatter implements FindingsFormatter {

    /** Creates the formatter. */
    public TextFormatter() {}

    @Override
    public void write(Report report, Writer out) throws IOException {
        int filesWithFindings = 0;
        for (Map.Entry<String, List<CliFinding>> entry : report.byFile().entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            filesWithFindings++;
            for (CliFinding finding : entry.getValue()) {
                out.write(finding.file() + ":" + finding.line() + ":" + finding.column() + ": "
                        + finding.severity().label() + " " + finding.rule() + ": " + oneLine(finding.message())
                        + "\n");
                if (finding.suggestion().isPresent()) {
                    out.write("    suggestion: " + oneLine(finding.suggestion().get()) + "\n");
                }
            }
            out.write("\n");
        }
        out.write(summary(report, filesWithFindings) + "\n");
    }

    private static String summary(Report report, int filesWithFindings) {
        int files = report.files().size();
        String checked = files + (files == 1 ? " file" : " files");
        if (report.findings().isEmpty()) {
            return "No findings in " + checked + ".";
        }
        int total = report.findings().size();
        return total + (total == 1 ? " finding" : " findings")
                + " (" + count(report, Severity.ERROR, "error") + ", " + count(report, Severity.WARNING, "warning")
                + ", " + count(report, Severity.NOTE, "note") + ") in " + filesWithFindings + " of " + checked;
    }

    private static String count(Report report, Severity severity, String noun) {
        long count = report.count(severity);
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** Keeps one finding on one line, whatever the message contains. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
