package dev.incident.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.lint.LintRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static List<Suppression> scan(String text) {
        List<Suppression> out = new ArrayList<>();
        Suppression.scan(text, 0, text.length(), out);
        return out;
    }

    @Test
    void should_parse_kind_rules_and_position_when_a_next_line_directive_names_rules() {
        // GIVEN
        String text = "x <!-- blameless-disable-next-line judgement, punitive -- quoting a ticket --> y";
        // WHEN
        List<Suppression> found = scan(text);
        // THEN
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.kind).isEqualTo(Suppression.Kind.NEXT_LINE);
            assertThat(s.rules).containsExactlyInAnyOrder(LintRule.JUDGEMENT, LintRule.PUNITIVE);
            assertThat(s.unknownRules).isEmpty();
            assertThat(s.start).isEqualTo(2);
            assertThat(s.end).isEqualTo(text.length() - 2);
            assertThat(s.used).isFalse();
            assertThat(s.targetLine).isEqualTo(-1);
        });
    }

    @Test
    void should_read_disable_and_enable_directives_in_document_order() {
        // GIVEN
        String text = "<!-- blameless-disable hindsight --><!--blameless-enable-->";
        // WHEN
        List<Suppression> found = scan(text);
        // THEN
        assertThat(found).extracting(s -> s.kind).containsExactly(Suppression.Kind.DISABLE, Suppression.Kind.ENABLE);
        assertThat(found.get(0).rules).containsExactly(LintRule.HINDSIGHT);
        assertThat(found.get(0).end).isEqualTo(36);
        assertThat(found.get(1).start).isEqualTo(36);
        assertThat(found.get(1).rules).isEmpty();
        assertThat(found.get(1).end).isEqualTo(text.length());
    }

    @Test
    void should_keep_unknown_rule_ids_when_a_directive_names_them() {
        // WHEN
        List<Suppression> found = scan("<!-- blameless-enable no-such-rule counterfactual -->");
        // THEN
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.kind).isEqualTo(Suppression.Kind.ENABLE);
            assertThat(s.rules).containsExactly(LintRule.COUNTERFACTUAL);
            assertThat(s.unknownRules).containsExactly("no-such-rule");
        });
    }

    @Test
    void should_read_a_reason_right_after_the_keyword_as_all_rules() {
        // WHEN
        List<Suppression> found = scan("<!--blameless-disable--quoted from the chat log-->");
        // THEN
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.kind).isEqualTo(Suppression.Kind.DISABLE);
            assertThat(s.rules).isEmpty();
            assertThat(s.unknownRules).isEmpty();
            assertThat(s.covers(LintRule.JUDGEMENT)).isTrue();
        });
    }

    @Test
    void should_ignore_comments_that_are_not_directives() {
        // WHEN
        List<Suppression> found =
                scan("<!-- blameless-disabled --> <!-- a note --> <!-- blameless-enabled judgement -->"
                        + " <!-- blameless-disable-next-lines -->");
        // THEN
        assertThat(found).isEmpty();
    }

    @Test
    void should_ignore_a_comment_that_is_not_closed_before_the_end_of_the_range() {
        // GIVEN
        String text = "<!-- blameless-disable --> <!-- blameless-enable -->";
        List<Suppression> out = new ArrayList<>();
        // WHEN the range stops one char before the second comment's end, and starts after the first's start
        Suppression.scan(text, 0, text.length() - 1, out);
        Suppression.scan(text, 1, text.length(), out);
        // THEN
        assertThat(out).extracting(s -> s.kind).containsExactly(Suppression.Kind.DISABLE, Suppression.Kind.ENABLE);
        assertThat(out.get(1).start).isEqualTo(27);
    }

    @Test
    void should_find_nothing_when_a_comment_never_closes() {
        // WHEN
        List<Suppression> found = scan("<!-- blameless-disable <!-- still open");
        // THEN
        assertThat(found).isEmpty();
    }

    @Test
    void should_cover_every_rule_when_no_rule_is_named_and_none_when_only_unknown_rules_are_named() {
        // GIVEN
        Suppression all = scan("<!-- blameless-disable -->").get(0);
        Suppression typo = scan("<!-- blameless-disable judgment -->").get(0);
        Suppression one = scan("<!-- blameless-disable judgement -->").get(0);
        // THEN
        assertThat(all.covers(LintRule.PUNITIVE)).isTrue();
        assertThat(typo.covers(LintRule.JUDGEMENT)).isFalse();
        assertThat(typo.covers(LintRule.PUNITIVE)).isFalse();
        assertThat(one.covers(LintRule.JUDGEMENT)).isTrue();
        assertThat(one.covers(LintRule.PUNITIVE)).isFalse();
    }
}
