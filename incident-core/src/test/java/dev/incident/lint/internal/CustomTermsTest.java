package dev.incident.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.lint.BlamelessLinter;
import dev.incident.lint.LintRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomTermsTest {

    private static List<String> findings(BlamelessLinter linter, String text) {
        return linter.lintText(text).findings().stream()
                .map(f -> f.ruleId() + " '" + f.matchedText() + "' @" + f.offset())
                .toList();
    }

    @Test
    void should_split_phrases_into_words_the_way_the_tokenizer_does() {
        // WHEN
        List<String> words = CustomTerms.splitWords("  it's  on-call_x/y 'a' -b- ab\u2019c x.y");
        // THEN inner ' - _ / and the curly apostrophe join; leading and trailing ones and dots do not
        assertThat(words).containsExactly("it's", "on-call_x/y", "a", "b", "ab\u2019c", "x", "y");
        assertThat(CustomTerms.splitWords("--")).isEmpty();
    }

    @Test
    void should_match_a_multi_word_term_only_when_every_word_follows() {
        // GIVEN
        BlamelessLinter linter = BlamelessLinter.builder()
                .addTerm(LintRule.JUDGEMENT, "cowboy coder")
                .addTerm(LintRule.JUDGEMENT, "cowboy hat trick")
                .build();
        // THEN
        assertThat(findings(linter, "He is a cowboy coder."))
                .containsExactly("judgement 'cowboy' @8", "judgement 'cowboy coder' @8");
        assertThat(findings(linter, "A cowboy hat trick. A cowboy hat."))
                .containsExactly("judgement 'cowboy hat trick' @2");
        assertThat(findings(linter, "He is a cowboy.")).isEmpty();
        assertThat(findings(linter, "A cowboy")).isEmpty();
        assertThat(findings(linter, "He is not a cowboy coder.")).isEmpty();
    }

    @Test
    void should_need_a_person_subject_for_failure_terms_and_no_negation_for_other_terms() {
        // GIVEN
        BlamelessLinter linter = BlamelessLinter.builder()
                .addTerm(LintRule.PERSON_FAILURE, "fumbled")
                .addTerm(LintRule.PUNITIVE, "written up")
                .build();
        // THEN
        assertThat(findings(linter, "Kim fumbled it. Kim fumbled no ball. Kim never fumbled. The probe fumbled it."))
                .containsExactly("person-failure 'fumbled' @4");
        assertThat(findings(linter, "He was written up.")).containsExactly("punitive 'written up' @7");
        assertThat(findings(linter, "He was not written up.")).isEmpty();
    }

    @Test
    void should_not_match_a_term_of_a_disabled_rule() {
        // GIVEN
        BlamelessLinter linter = BlamelessLinter.builder()
                .addTerm(LintRule.HINDSIGHT, "foresaw")
                .addTerm(LintRule.PERSON_FAILURE, "foresaw")
                .disable(LintRule.HINDSIGHT)
                .build();
        // THEN
        assertThat(findings(linter, "Kim foresaw it.")).containsExactly("person-failure 'foresaw' @4");
    }

    @Test
    void should_treat_each_word_of_a_participant_name_as_a_name() {
        // GIVEN
        BlamelessLinter linter = BlamelessLinter.builder()
                .participants("Ana-Maria O'Neil", "Payments")
                .build();
        // THEN
        assertThat(findings(linter, "Ana-Maria forgot it. O'Neil forgot it. Payments forgot it."))
                .containsExactly(
                        "person-failure 'forgot' @10", "person-failure 'forgot' @28", "person-failure 'forgot' @48");
        assertThat(findings(BlamelessLinter.withDefaults(), "Payments forgot it."))
                .isEmpty();
    }
}
