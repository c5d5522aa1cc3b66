package dev.incident.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lint value types: findings, reports, configuration, terms, rules and severities. */
class LintModelTest {

    private static LintFinding finding(LintRule rule, FindingSeverity severity, int offset, String matched) {
        return LintFinding.builder()
                .rule(rule)
                .severity(severity)
                .message("m " + matched)
                .suggestion(rule.suggestion())
                .matchedText(matched)
                .offset(offset)
                .length(matched.length())
                .line(1)
                .column(offset + 1)
                .build();
    }

    private static LintFinding.Builder valid() {
        return LintFinding.builder()
                .rule(LintRule.JUDGEMENT)
                .severity(FindingSeverity.ERROR)
                .message("m")
                .suggestion("s")
                .matchedText("x")
                .offset(0)
                .length(1)
                .line(1)
                .column(1);
    }

    @Test
    void should_accept_the_smallest_valid_position_and_reject_each_invalid_one() {
        // GIVEN / WHEN / THEN
        assertThat(valid().build().ruleId()).isEqualTo("judgement");
        assertThat(valid().matchedText("").length(0).build().length()).isZero();
        assertThatThrownBy(() -> valid().offset(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("finding position must have offset >= 0, length >= 0, line >= 1 and column >= 1,"
                        + " got offset -1, length 1, line 1, column 1");
        assertThatThrownBy(() -> valid().length(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("length -1");
        assertThatThrownBy(() -> valid().line(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 0");
        assertThatThrownBy(() -> valid().column(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column 0");
        assertThatThrownBy(() -> valid().length(2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("finding length 2 does not match the matched text's length 1");
    }

    @Test
    void should_count_and_filter_findings_by_rule_and_severity() {
        // GIVEN
        LintReport report = LintReport.of(List.of(
                finding(LintRule.JUDGEMENT, FindingSeverity.ERROR, 0, "careless"),
                finding(LintRule.HINDSIGHT, FindingSeverity.WARNING, 10, "clearly"),
                finding(LintRule.HINDSIGHT, FindingSeverity.INFO, 20, "simply")));
        // WHEN / THEN
        assertThat(report.count()).isEqualTo(3);
        assertThat(report.isClean()).isFalse();
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.count(FindingSeverity.ERROR)).isEqualTo(1);
        assertThat(report.count(FindingSeverity.WARNING)).isEqualTo(1);
        assertThat(report.count(FindingSeverity.INFO)).isEqualTo(1);
        assertThat(report.count(LintRule.HINDSIGHT)).isEqualTo(2);
        assertThat(report.count(LintRule.JUDGEMENT)).isEqualTo(1);
        assertThat(report.count(LintRule.PUNITIVE)).isZero();
        assertThat(report.findingsAtOrAbove(FindingSeverity.WARNING))
                .extracting(LintFinding::matchedText)
                .containsExactly("careless", "clearly");
        assertThat(report.findingsAtOrAbove(FindingSeverity.INFO)).hasSize(3);
        assertThat(report.findingsAtOrAbove(FindingSeverity.ERROR)).hasSize(1);
    }

    @Test
    void should_have_no_errors_when_only_warnings_are_reported() {
        // GIVEN
        LintReport warnings = LintReport.of(List.of(finding(LintRule.HINDSIGHT, FindingSeverity.WARNING, 0, "x")));
        // THEN
        assertThat(warnings.hasErrors()).isFalse();
        assertThat(LintReport.empty().isClean()).isTrue();
        assertThat(LintReport.empty().hasErrors()).isFalse();
        assertThat(LintReport.empty().count()).isZero();
    }

    @Test
    void should_sort_findings_by_offset_rule_length_and_message_when_built_out_of_order() {
        // GIVEN
        LintFinding late = finding(LintRule.JUDGEMENT, FindingSeverity.ERROR, 9, "b");
        LintFinding punitive = finding(LintRule.PUNITIVE, FindingSeverity.ERROR, 0, "a");
        LintFinding judgementLong = finding(LintRule.JUDGEMENT, FindingSeverity.ERROR, 0, "ab");
        LintFinding judgementShort = finding(LintRule.JUDGEMENT, FindingSeverity.ERROR, 0, "a");
        // WHEN
        LintReport report = LintReport.of(List.of(late, punitive, judgementLong, judgementShort));
        LintReport sorted = LintReport.of(List.of(judgementShort, judgementLong, punitive, late));
        // THEN
        assertThat(report.findings()).containsExactly(judgementShort, judgementLong, punitive, late);
        assertThat(sorted.findings()).containsExactly(judgementShort, judgementLong, punitive, late);
        assertThat(report).isEqualTo(sorted);
    }

    @Test
    void should_compare_severities_from_error_down_to_info() {
        assertThat(FindingSeverity.ERROR.isAtLeast(FindingSeverity.WARNING)).isTrue();
        assertThat(FindingSeverity.WARNING.isAtLeast(FindingSeverity.WARNING)).isTrue();
        assertThat(FindingSeverity.INFO.isAtLeast(FindingSeverity.WARNING)).isFalse();
        assertThatThrownBy(() -> FindingSeverity.ERROR.isAtLeast(null)).hasMessageContaining("other");
    }

    @Test
    void should_answer_severity_and_enablement_from_the_configuration() {
        // GIVEN
        LintConfig config = LintConfig.builder()
                .addDisabledRule(LintRule.HINDSIGHT)
                .putSeverityOverride(LintRule.JUDGEMENT, FindingSeverity.INFO)
                .build();
        // THEN
        assertThat(config.isEnabled(LintRule.HINDSIGHT)).isFalse();
        assertThat(config.isEnabled(LintRule.JUDGEMENT)).isTrue();
        assertThat(config.severityOf(LintRule.JUDGEMENT)).isEqualTo(FindingSeverity.INFO);
        assertThat(config.severityOf(LintRule.PUNITIVE)).isEqualTo(FindingSeverity.ERROR);
        assertThat(LintConfig.defaults().disabledRules()).isEmpty();
    }

    @Test
    void should_accept_phrases_up_to_200_chars_and_reject_longer_ones() {
        // GIVEN
        String max = "a".repeat(200);
        String tooLong = "a".repeat(201);
        // THEN
        assertThat(LintConfig.builder().addAllowedPhrase(max).build().allowedPhrases())
                .containsExactly(max);
        assertThat(LintConfig.builder().addParticipant(max).build().participants())
                .containsExactly(max);
        assertThat(LintTerm.of(LintRule.JUDGEMENT, max).phrase()).isEqualTo(max);
        assertThatThrownBy(() -> LintConfig.builder().addAllowedPhrase(tooLong).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allowed phrase must be at most 200 chars");
        assertThatThrownBy(() -> LintConfig.builder().addParticipant(tooLong).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("participant name must be at most 200 chars");
        assertThatThrownBy(() -> LintTerm.of(LintRule.JUDGEMENT, tooLong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("term phrase must be at most 200 chars");
        assertThatThrownBy(() -> LintConfig.builder().addAllowedPhrase("--").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allowed phrase must contain a letter or digit, got \"--\"");
        assertThat(LintTerm.of(LintRule.PUNITIVE, "7").rule()).isEqualTo(LintRule.PUNITIVE);
    }

    @Test
    void should_describe_every_rule_with_a_default_severity_and_advice() {
        assertThat(LintRule.HUMAN_ERROR.defaultSeverity()).isEqualTo(FindingSeverity.ERROR);
        assertThat(LintRule.COUNTERFACTUAL.defaultSeverity()).isEqualTo(FindingSeverity.WARNING);
        assertThat(LintRule.UNUSED_SUPPRESSION.defaultSeverity()).isEqualTo(FindingSeverity.WARNING);
        assertThat(LintRule.JUDGEMENT.description()).startsWith("A judgement of a person");
        assertThat(LintRule.PUNITIVE.suggestion()).startsWith("Make the follow-up a change to the system");
        for (LintRule rule : LintRule.values()) {
            assertThat(LintRule.fromId(rule.id())).contains(rule);
            assertThat(rule.description()).isNotBlank();
            assertThat(rule.suggestion()).isNotBlank();
        }
        assertThatThrownBy(() -> LintRule.fromId(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void should_expose_its_configuration_when_built_from_one() {
        // GIVEN
        LintConfig config =
                LintConfig.builder().addDisabledRule(LintRule.PUNITIVE).build();
        // WHEN
        BlamelessLinter linter = BlamelessLinter.of(config);
        // THEN
        assertThat(linter.config()).isSameAs(config);
        assertThat(linter.toString()).startsWith("BlamelessLinter").contains("PUNITIVE");
        assertThat(linter.lintText("He was reprimanded.").isClean()).isTrue();
        assertThat(BlamelessLinter.withDefaults()
                        .lintText("He was reprimanded.")
                        .count())
                .isEqualTo(1);
        assertThat(BlamelessLinter.withDefaults().config()).isEqualTo(LintConfig.defaults());
        assertThatThrownBy(() -> BlamelessLinter.of(null)).hasMessageContaining("config");
    }

    @Test
    void should_read_participant_names_from_an_iterable_and_override_severities() {
        // GIVEN
        BlamelessLinter linter = BlamelessLinter.builder()
                .participants(List.of("Agnes Varda"))
                .severity(LintRule.PERSON_FAILURE, FindingSeverity.INFO)
                .build();
        // WHEN
        LintReport report = linter.lintText("Agnes forgot to renew the certificate.");
        // THEN
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(LintRule.PERSON_FAILURE);
            assertThat(f.severity()).isEqualTo(FindingSeverity.INFO);
            assertThat(f.matchedText()).isEqualTo("forgot");
        });
        assertThat(linter.config().participants()).containsExactly("Agnes Varda");
    }
}
