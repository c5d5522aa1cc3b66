package dev.incident.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.cli.findings.CliFinding;
import dev.incident.cli.findings.Report;
import dev.incident.cli.findings.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFormatterTest {

    @Test
    void should_match_the_golden_file_when_formatting_the_sample_report() {
        // WHEN
        String text = Reports.format(new TextFormatter(), Reports.sample());

        // THEN
        assertThat(text).isEqualTo(Reports.golden("report.txt"));
    }

    @Test
    void should_group_by_file_and_indent_the_suggestion_when_formatting() {
        // WHEN
        List<String> lines =
                Reports.format(new TextFormatter(), Reports.sample()).lines().toList();

        // THEN
        assertThat(lines.get(0)).isEqualTo("docs/postmortem.md:12:5: warning blame-word: \"careless\" judges a person");
        assertThat(lines.get(1)).isEqualTo("    suggestion: describe what happened and what made it possible");
        assertThat(lines.get(2)).startsWith("docs/postmortem.md:30:1: error missing-section:");
        assertThat(lines.get(3)).isEmpty();
        assertThat(lines.get(4)).startsWith("runbook.md:3:7: note passive-voice:");
        assertThat(lines).last().isEqualTo("3 findings (1 error, 1 warning, 1 note) in 2 of 3 files");
    }

    @Test
    void should_print_only_a_summary_when_there_are_no_findings() {
        // WHEN
        String text = Reports.format(new TextFormatter(), Reports.empty());

        // THEN
        assertThat(text).isEqualTo("No findings in 2 files.\n");
    }

    @Test
    void should_keep_a_finding_on_one_line_when_its_message_has_line_breaks() {
        // GIVEN
        Report report = new Report(
                Reports.TOOL,
                "lint",
                List.of("a.md"),
                List.of(CliFinding.of("a.md", 1, 1, "r", Severity.ERROR, "first\n  second\r\nthird")),
                List.of());

        // WHEN
        String text = Reports.format(new TextFormatter(), report);

        // THEN
        assertThat(text).startsWith("a.md:1:1: error r: first second third\n\n1 finding (1 error,");
    }
}
