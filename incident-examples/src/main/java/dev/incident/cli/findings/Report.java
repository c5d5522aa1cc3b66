package dev.incident.cli.findings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one run of a file-checking command: the tool and command, the files in the order
 * given, their findings (grouped by file in that order, then by line and column) and the rules the
 * command checks. Every output format writes a report.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tool the tool's name, version and home page
 * @param command the subcommand that ran, such as {@code lint}
 * @param files the files checked, in the order given
 * @param findings the findings, grouped by file in {@code files} order
 * @param rules the rules the command checks (findings may name other rules too)
 */
public record Report(ToolInfo tool, String command, List<String> files, List<CliFinding> findings, List<Rule> rules) {

    /**
     * Checks the report and copies its lists.
     *
     * @throws NullPointerException if any argument or element is null
     * @throws IllegalArgumentException if a finding names a file that is not in {@code files}
     */
    public Report {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(command, "command");
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        for (CliFinding finding : findings) {
            if (!files.contains(finding.file())) {
                throw new IllegalArgumentException("finding for " + finding.file() + ", which was not checked");
            }
        }
    }

    /**
     * How many findings have this severity.
     *
     * @param severity the severity to count
     * @return the number of findings with exactly that severity
     */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * The findings of each file, in file order; a file without findings maps to an empty list.
     *
     * @return an unmodifiable, ordered map from file to its findings
     */
    public Map<String, List<CliFinding>> byFile() {
        Map<String, List<CliFinding>> byFile = new LinkedHashMap<>();
        files.forEach(file -> byFile.put(file, new ArrayList<>()));
        findings.forEach(finding -> byFile.get(finding.file()).add(finding));
        byFile.replaceAll((file, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(byFile);
    }
}
