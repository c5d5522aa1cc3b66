package dev.incident.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.lint.BlamelessLinter;
import dev.incident.lint.FindingSeverity;
import dev.incident.lint.LintConfig;
import dev.incident.lint.LintFinding;
import dev.incident.lint.LintReport;
import dev.incident.lint.LintRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages, replacements, ordering, allowed phrases and suppression comments, as the engine reports them. */
class EngineTest {
    private static final Engine DEFAULTS = Engine.compile(LintConfig.defaults());

    private static List<LintFinding> text(String text) {
        return DEFAULTS.lintText(text).findings();
    }

    private static List<LintFinding> markdown(String markdown) {
        return DEFAULTS.lintMarkdown(markdown).findings();
    }

    private static List<String> describe(List<LintFinding> findings) {
        return findings.stream()
                .map(f -> f.ruleId() + " '" + f.matchedText() + "' @" + f.offset() + " " + f.line() + ":" + f.column())
                .toList();
    }

    @Test
    void should_explain_each_rule_in_its_own_message_when_it_fires() {
        // GIVEN one sentence per rule
        String text = "It was user error. It was Tomasz's fault. The engineer was careless. Kim should have checked."
                + " Ravi forgot the flag. He clearly just had to restart it. He was reprimanded.";
        // WHEN
        List<LintFinding> findings = text(text);
        // THEN
        assertThat(findings)
                .extracting(LintFinding::message)
                .containsExactly(
                        "\"user error\" names a person's error as the cause",
                        "\"Tomasz's fault\" puts fault or blame on a person",
                        "\"careless\" judges a person",
                        "\"should have\" is a counterfactual about what a person should have done",
                        "\"forgot\" makes a person the subject of a failure",
                        "\"clearly\" is hindsight: it makes the outcome look obvious",
                        "\"just had to\" is hindsight: it makes the outcome look obvious",
                        "\"reprimanded\" frames the follow-up as punishment");
        assertThat(findings)
                .extracting(LintFinding::severity)
                .containsExactly(
                        FindingSeverity.ERROR,
                        FindingSeverity.ERROR,
                        FindingSeverity.ERROR,
                        FindingSeverity.WARNING,
                        FindingSeverity.WARNING,
                        FindingSeverity.WARNING,
                        FindingSeverity.WARNING,
                        FindingSeverity.ERROR);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.suggestion()).isEqualTo(f.rule().suggestion());
            assertThat(text.substring(f.offset(), f.offset() + f.length())).isEqualTo(f.matchedText());
        });
    }

    @Test
    void should_offer_deletion_only_for_a_single_hindsight_adverb() {
        // GIVEN custom hindsight terms: an adverb, a word not ending in -ly and a phrase ending in -ly
        Engine engine = Engine.compile(BlamelessLinter.builder()
                .addTerm(LintRule.HINDSIGHT, "trivially")
                .addTerm(LintRule.HINDSIGHT, "foresaw")
                .addTerm(LintRule.HINDSIGHT, "quite plainly")
                .addTerm(LintRule.PERSON_FAILURE, "sadly")
                .build()
                .config());
        // WHEN
        List<LintFinding> findings = engine.lintText(
                        "Kim trivially fixed it. Kim foresaw it. Kim quite plainly erred. Kim sadly left.")
                .findings();
        // THEN
        assertThat(describe(findings))
                .containsExactly(
                        "hindsight 'trivially' @4 1:5",
                        "hindsight 'foresaw' @28 1:29",
                        "hindsight 'quite plainly' @44 1:45",
                        "person-failure 'sadly' @69 1:70");
        assertThat(findings).extracting(f -> f.replacement().isPresent()).containsExactly(true, false, false, false);
        assertThat(findings.get(0).replacement()).contains("");
    }

    @Test
    void should_order_findings_at_one_offset_by_rule_id_then_length() {
        // GIVEN two more terms that start where "careless" does
        Engine engine = Engine.compile(BlamelessLinter.builder()
                .addTerm(LintRule.PUNITIVE, "careless")
                .addTerm(LintRule.JUDGEMENT, "careless engineer")
                .build()
                .config());
        // WHEN
        List<LintFinding> findings = engine.lintText("The careless engineer.").findings();
        // THEN
        assertThat(describe(findings))
                .containsExactly(
                        "judgement 'careless' @4 1:5",
                        "judgement 'careless engineer' @4 1:5",
                        "punitive 'careless' @4 1:5");
    }

    @Test
    void should_report_every_finding_when_a_text_has_many() {
        // GIVEN twenty findings, more than the collector's first capacity
        String text = "The engineer was careless. ".repeat(20);
        // WHEN
        List<LintFinding> findings = text(text);
        // THEN
        assertThat(findings).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(findings.get(i).offset()).isEqualTo(17 + 27 * i);
            assertThat(findings.get(i).column()).isEqualTo(18 + 27 * i);
        }
    }

    @Test
    void should_drop_a_finding_only_when_the_whole_allowed_phrase_surrounds_it() {
        // GIVEN
        Engine engine = Engine.compile(BlamelessLinter.builder()
                .allowPhrases("the human error budget", "careless AND careless", "human error budget")
                .build()
                .config());
        // WHEN / THEN the phrase would start before the text: reported
        assertThat(describe(engine.lintText("human error was the cause").findings()))
                .containsExactly("human-error 'human error' @0 1:1");
        // WHEN / THEN the phrase would run past the end of the text: reported
        assertThat(describe(engine.lintText("The cause was human error").findings()))
                .containsExactly("human-error 'human error' @14 1:15");
        // WHEN / THEN both occurrences, in any case, inside the phrase: dropped
        assertThat(engine.lintText("The engineer was CARELESS and careless.").findings())
                .isEmpty();
        assertThat(engine.lintText("The engineer was careless.").findings()).hasSize(1);
    }

    @Test
    void should_suppress_the_next_non_blank_line_when_a_next_line_comment_precedes_it() {
        // GIVEN blank lines between the comment and the sentence
        String markdown = "<!-- blameless-disable-next-line -->\n\n\nThe admin was negligent.\n";
        // WHEN / THEN
        assertThat(markdown(markdown)).isEmpty();
    }

    @Test
    void should_suppress_only_the_line_after_an_inline_next_line_comment() {
        // GIVEN
        String markdown = "The admin was negligent. <!-- blameless-disable-next-line -->\nThe reviewer was careless.\n";
        // WHEN / THEN
        assertThat(describe(markdown(markdown))).containsExactly("judgement 'negligent' @14 1:15");
    }

    @Test
    void should_report_a_next_line_comment_at_the_end_of_the_document_as_unused() {
        // WHEN
        List<LintFinding> findings = markdown("Text.\n\n<!-- blameless-disable-next-line -->");
        // THEN
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(LintRule.UNUSED_SUPPRESSION);
            assertThat(f.offset()).isEqualTo(7);
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.column()).isEqualTo(1);
            assertThat(f.message()).isEqualTo("suppression comment suppressed nothing");
            assertThat(f.severity()).isEqualTo(FindingSeverity.WARNING);
            assertThat(f.suggestion()).isEqualTo(LintRule.UNUSED_SUPPRESSION.suggestion());
        });
    }

    @Test
    void should_use_the_innermost_disable_and_report_the_outer_one_unused() {
        // GIVEN an all-rules disable, then a judgement disable, around a judgement finding
        String allThenOne = "<!-- blameless-disable -->\n\n<!-- blameless-disable judgement -->\n\n"
                + "The admin was negligent.\n\n<!-- blameless-enable -->\n";
        String oneThenAll = "<!-- blameless-disable judgement -->\n\n<!-- blameless-disable -->\n\n"
                + "The admin was negligent.\n\n<!-- blameless-enable -->\n";
        // WHEN / THEN
        assertThat(describe(markdown(allThenOne)))
                .containsExactly("unused-suppression '<!-- blameless-disable -->' @0 1:1");
        assertThat(describe(markdown(oneThenAll)))
                .containsExactly("unused-suppression '<!-- blameless-disable judgement -->' @0 1:1");
    }

    @Test
    void should_re_enable_only_the_named_rule_when_an_enable_comment_names_one() {
        // GIVEN
        String markdown = "<!-- blameless-disable judgement punitive -->\n\n<!-- blameless-enable judgement -->\n\n"
                + "The admin was negligent. He was reprimanded.\n";
        // WHEN / THEN
        assertThat(describe(markdown(markdown))).containsExactly("judgement 'negligent' @98 5:15");
    }

    @Test
    void should_suppress_a_finding_that_starts_right_where_a_disable_comment_ends() {
        // GIVEN
        String markdown = "The admin was <!-- blameless-disable -->negligent.";
        // WHEN / THEN
        assertThat(markdown(markdown)).isEmpty();
    }

    @Test
    void should_not_suppress_findings_before_a_disable_comment() {
        // GIVEN
        String markdown = "The admin was negligent.\n\n<!-- blameless-disable -->\n\nThe reviewer was careless.";
        // WHEN / THEN
        assertThat(describe(markdown(markdown))).containsExactly("judgement 'negligent' @14 1:15");
    }

    @Test
    void should_report_a_comment_naming_only_unknown_rules_and_suppress_nothing_with_it() {
        // GIVEN
        String markdown = "<!-- blameless-disable typo -->\n\nThe admin was negligent.\n";
        // WHEN
        List<LintFinding> findings = markdown(markdown);
        // THEN
        assertThat(describe(findings))
                .containsExactly(
                        "unused-suppression '<!-- blameless-disable typo -->' @0 1:1",
                        "judgement 'negligent' @47 3:15");
        assertThat(findings.get(0).message()).isEqualTo("suppression names unknown rule(s) typo");
    }

    @Test
    void should_not_report_enable_comments_or_unused_suppressions_when_the_rule_is_disabled() {
        // GIVEN
        String markdown =
                "<!-- blameless-disable typo -->\n\n<!-- blameless-disable -->\n\nok\n\n<!-- blameless-enable -->\n";
        Engine quiet = Engine.compile(BlamelessLinter.builder()
                .disable(LintRule.UNUSED_SUPPRESSION)
                .build()
                .config());
        // WHEN / THEN
        assertThat(quiet.lintMarkdown(markdown).findings()).isEmpty();
        assertThat(describe(markdown(markdown)))
                .containsExactly(
                        "unused-suppression '<!-- blameless-disable typo -->' @0 1:1",
                        "unused-suppression '<!-- blameless-disable -->' @33 3:1");
    }

    @Test
    void should_count_work_linear_in_the_input_when_linting() {
        // GIVEN
        String text = "The engineer was careless. ".repeat(10);
        // WHEN
        Engine.Result plain = DEFAULTS.lintText(text);
        Engine.Result md = DEFAULTS.lintMarkdown(text);
        // THEN at least every char is counted once
        assertThat(plain.operations()).isGreaterThanOrEqualTo(text.length());
        assertThat(md.operations()).isGreaterThanOrEqualTo(text.length());
        assertThat(LintReport.of(md.findings()).count()).isEqualTo(10);
    }

    @Test
    void should_re_enable_every_rule_when_an_enable_comment_names_none() {
        // GIVEN a judgement disable closed by an all-rules enable
        String markdown =
                "<!-- blameless-disable judgement -->\n\n<!-- blameless-enable -->\n\nThe admin was negligent.\n";
        // WHEN / THEN
        assertThat(describe(markdown(markdown)))
                .containsExactly(
                        "unused-suppression '<!-- blameless-disable judgement -->' @0 1:1",
                        "judgement 'negligent' @79 5:15");
    }

    @Test
    void should_report_a_finding_once_when_a_rule_and_a_custom_term_both_find_it() {
        // GIVEN a custom term repeating a built-in judgement, with another rule's term in between
        Engine engine = Engine.compile(BlamelessLinter.builder()
                .addTerm(LintRule.PUNITIVE, "careless")
                .addTerm(LintRule.JUDGEMENT, "careless")
                .build()
                .config());
        // WHEN / THEN
        assertThat(describe(engine.lintText("The engineer was careless.").findings()))
                .containsExactly("judgement 'careless' @17 1:18", "punitive 'careless' @17 1:18");
    }

    @Test
    void should_sort_findings_when_unused_suppressions_are_not_reported() {
        // GIVEN terms found in an order other than the report order, and no unused-suppression pass
        Engine engine = Engine.compile(BlamelessLinter.builder()
                .addTerm(LintRule.PUNITIVE, "careless")
                .addTerm(LintRule.JUDGEMENT, "careless engineer")
                .disable(LintRule.UNUSED_SUPPRESSION)
                .build()
                .config());
        // WHEN
        List<LintFinding> findings = engine.lintText("The careless engineer.").findings();
        // THEN
        assertThat(describe(findings))
                .containsExactly(
                        "judgement 'careless' @4 1:5",
                        "judgement 'careless engineer' @4 1:5",
                        "punitive 'careless' @4 1:5");
    }
}
