package dev.incident.cli.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CliFindingTest {

    @Test
    void should_hold_position_rule_and_suggestion_when_built() {
        // WHEN
        CliFinding finding = CliFinding.of("a.md", 3, 4, "rule", Severity.WARNING, "message")
                .withEnd(3, 9)
                .withSuggestion("do this");

        // THEN
        assertThat(finding.file()).isEqualTo("a.md");
        assertThat(finding.line()).isEqualTo(3);
        assertThat(finding.column()).isEqualTo(4);
        assertThat(finding.endLine()).hasValue(3);
        assertThat(finding.endColumn()).hasValue(9);
        assertThat(finding.suggestion()).contains("do this");
    }

    @Test
    void should_treat_a_blank_suggestion_as_none_when_given_one() {
        // WHEN
        CliFinding finding =
                CliFinding.of("a.md", 1, 1, "rule", Severity.NOTE, "message").withSuggestion("  ");

        // THEN
        assertThat(finding.suggestion()).isEmpty();
    }

    @Test
    void should_reject_zero_based_positions_when_built() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CliFinding.of("a.md", 0, 1, "rule", Severity.NOTE, "message"))
                .withMessageContaining("1-based")
                .withMessageContaining("a.md");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CliFinding.of("a.md", 1, 0, "rule", Severity.NOTE, "message"));
    }

    @Test
    void should_reject_an_end_before_the_start_when_built() {
        CliFinding finding = CliFinding.of("a.md", 5, 5, "rule", Severity.NOTE, "message");
        assertThatIllegalArgumentException().isThrownBy(() -> finding.withEnd(4, 9));
        assertThatIllegalArgumentException().isThrownBy(() -> finding.withEnd(5, 4));
        assertThat(finding.withEnd(6, 1).endColumn()).hasValue(1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CliFinding(
                        "a.md",
                        5,
                        5,
                        OptionalInt.empty(),
                        OptionalInt.of(7),
                        "rule",
                        Severity.NOTE,
                        "message",
                        Optional.empty()))
                .withMessageContaining("endColumn needs endLine");
    }

    @Test
    void should_reject_null_and_blank_text_naming_it_when_built() {
        assertThatNullPointerException()
                .isThrownBy(() -> CliFinding.of("a.md", 1, 1, null, Severity.NOTE, "message"))
                .withMessage("rule");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CliFinding.of("a.md", 1, 1, "rule", Severity.NOTE, " "))
                .withMessage("message must not be blank");
    }

    @Test
    void should_reject_a_finding_for_a_file_that_was_not_checked_when_building_a_report() {
        CliFinding finding = CliFinding.of("other.md", 1, 1, "rule", Severity.NOTE, "message");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Report(
                        new ToolInfo("incident", "1", ""),
                        "lint",
                        java.util.List.of("a.md"),
                        java.util.List.of(finding),
                        java.util.List.of()))
                .withMessageContaining("other.md");
    }
}
