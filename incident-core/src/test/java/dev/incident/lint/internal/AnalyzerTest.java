package dev.incident.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.lint.BlamelessLinter;
import dev.incident.lint.LintConfig;
import dev.incident.lint.LintFinding;
import dev.incident.lint.LintRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analyzer's tokenizer, sentence splitting and person detection, seen through plain-text findings. */
class AnalyzerTest {
    private static final Engine ENGINE = Engine.compile(LintConfig.defaults());

    private static List<String> findings(Engine engine, String text) {
        return engine.lintText(text).findings().stream()
                .map(f -> f.ruleId() + " '" + f.matchedText() + "' @" + f.offset())
                .toList();
    }

    private static List<String> findings(String text) {
        return findings(ENGINE, text);
    }

    @Test
    void should_end_a_plain_text_sentence_at_a_blank_line_or_a_bullet_but_not_at_a_single_break() {
        assertThat(findings("Kim\nshould have checked.")).containsExactly("counterfactual 'should have' @4");
        assertThat(findings("Kim\n-should have checked.")).containsExactly("counterfactual 'should have' @5");
        assertThat(findings("Kim\n\nshould have checked.")).isEmpty();
        assertThat(findings("Kim\n \t\r\nshould have checked.")).isEmpty();
        assertThat(findings("Kim\n- should have checked.")).isEmpty();
        assertThat(findings("Kim\n  * should have checked.")).isEmpty();
        assertThat(findings("Kim\n+ should have checked.")).isEmpty();
        assertThat(findings("Kim\n# should have checked.")).isEmpty();
        assertThat(findings("Kim\n> should have checked.")).isEmpty();
        assertThat(findings("Kim. Should have checked.")).isEmpty();
        assertThat(findings("Kim?! Should have checked.")).isEmpty();
    }

    @Test
    void should_read_handles_with_dots_and_skip_urls() {
        assertThat(findings("@m.chen forgot the flag.")).containsExactly("person-failure 'forgot' @8");
        assertThat(findings("@mchen missed the page.")).containsExactly("person-failure 'missed' @7");
        assertThat(findings("@mchen. forgot the flag.")).isEmpty();
        assertThat(findings("See https://x.test/Kim forgot the flag.")).isEmpty();
    }

    @Test
    void should_tell_names_from_capitalised_things_when_they_start_a_sentence() {
        assertThat(findings("Kim forgot the flag.")).containsExactly("person-failure 'forgot' @4");
        assertThat(findings("Lars forgot the flag.")).containsExactly("person-failure 'forgot' @5");
        assertThat(findings("At 10:00 Kim forgot it.")).containsExactly("person-failure 'forgot' @13");
        assertThat(findings("Kim's team forgot the flag.")).containsExactly("person-failure 'forgot' @11");
        assertThat(findings("KIM forgot the flag.")).isEmpty();
        assertThat(findings("Timeouts forgot the flag.")).isEmpty();
        assertThat(findings("v1.4 forgot the flag.")).isEmpty();
    }

    @Test
    void should_match_terms_longer_than_the_tokenizer_buffer() {
        // GIVEN a custom term of one 70-char word
        String word = "x".repeat(70);
        Engine engine = Engine.compile(BlamelessLinter.builder()
                .addTerm(LintRule.JUDGEMENT, word)
                .build()
                .config());
        // WHEN
        List<LintFinding> found =
                engine.lintText("It was " + word.toUpperCase() + " of them.").findings();
        // THEN
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.offset()).isEqualTo(7);
            assertThat(f.length()).isEqualTo(70);
        });
        assertThat(findings("The " + word + " engineer was careless.")).containsExactly("judgement 'careless' @88");
    }

    @Test
    void should_read_a_capitalised_unknown_word_that_opens_a_sentence_as_a_name_unless_its_suffix_makes_it_a_thing() {
        // GIVEN words at and just below each suffix's length threshold
        List<String> things = List.of(
                "Ality",
                "Nation",
                "Fusion",
                "Malware",
                "Prism",
                "Agness",
                "Epics",
                "Payment",
                "Ally",
                "Ades",
                "Cats",
                "Hooks",
                "Pumps",
                "Feeds",
                "Bugs",
                "Items",
                "Readiness",
                "Suddenly");
        List<String> names = List.of(
                "Kity", "Ation", "Aware", "Aism", "Aness", "Aics", "Ament", "Aed", "Reed", "Es", "Lars", "Anton",
                "Idris", "Bob");
        // THEN
        for (String thing : things) {
            assertThat(findings(thing + " forgot the flag.")).as(thing).isEmpty();
        }
        for (String name : names) {
            assertThat(findings(name + " forgot the flag."))
                    .as(name)
                    .containsExactly("person-failure 'forgot' @" + (name.length() + 1));
        }
    }

    @Test
    void should_read_a_capitalised_word_inside_a_sentence_as_a_name() {
        assertThat(findings("Then McKenzie forgot the flag.")).containsExactly("person-failure 'forgot' @14");
        assertThat(findings("The DBA forgot the flag.")).containsExactly("person-failure 'forgot' @8");
        assertThat(findings("Then KIM forgot the flag.")).isEmpty();
        assertThat(findings("Then deployBot forgot the flag.")).isEmpty();
        assertThat(findings("Then R2D2 forgot the flag.")).isEmpty();
    }

    @Test
    void should_cut_the_clause_at_each_punctuation_mark_but_not_at_a_slash_or_a_tab() {
        // GIVEN a punctuation mark between a name and a failure verb
        for (String mark : List.of(";", ":", "(", ")", "[", "]", " \u2013", " \u2014", " |")) {
            // THEN the name is not the verb's subject
            assertThat(findings("Kim" + mark + " forgot the flag.")).as(mark).isEmpty();
        }
        assertThat(findings("Kim, forgot the flag.")).containsExactly("person-failure 'forgot' @5");
        assertThat(findings("Kim / forgot the flag.")).containsExactly("person-failure 'forgot' @6");
        assertThat(findings("Kim\tforgot the flag.")).containsExactly("person-failure 'forgot' @4");
    }

    @Test
    void should_join_inner_punctuation_into_one_word_and_read_possessives_with_either_apostrophe() {
        assertThat(findings("Kim_x forgot the flag.")).containsExactly("person-failure 'forgot' @6");
        assertThat(findings("Kim-x forgot the flag.")).containsExactly("person-failure 'forgot' @6");
        assertThat(findings("Kim.x forgot the flag.")).containsExactly("person-failure 'forgot' @6");
        assertThat(findings("Kim:x forgot the flag.")).isEmpty();
        assertThat(findings("@ forgot the flag.")).isEmpty();
        assertThat(findings("@kim forgot the flag.")).containsExactly("person-failure 'forgot' @5");
        assertThat(findings("Kim\u2019s fault.")).containsExactly("blame-attribution 'Kim\u2019s fault' @0");
        assertThat(findings("Kim'S fault.")).containsExactly("blame-attribution 'Kim'S fault' @0");
        assertThat(findings("KIM\u2019S fault.")).isEmpty();
    }

    @Test
    void regression_should_read_a_capitalised_word_ending_in_ogy_as_a_thing() {
        // GIVEN "-ogy" words opening a sentence: the "-ogy" check sat in the switch's default branch,
        // which a word ending in 'y' never reaches, so "Topology" was read as a name
        assertThat(findings("Topology forgot the flag.")).isEmpty();
        assertThat(findings("Biology forgot the flag.")).isEmpty();
        // THEN a word below the suffix's length threshold is still a name
        assertThat(findings("Logy forgot the flag.")).containsExactly("person-failure 'forgot' @5");
    }

    @Test
    void regression_should_not_read_an_adverb_as_hindsight_when_a_literal_use_follows() {
        // GIVEN words after "clearly"/"obviously" that the rule lists as literal uses but that are not
        // in the lexicon, so the list was never consulted for them
        assertThat(findings("Kim was clearly due for a break.")).isEmpty();
        assertThat(findings("Kim was clearly visible on the call.")).isEmpty();
        assertThat(findings("Kim was obviously speaking for the team.")).isEmpty();
        // THEN words in the lexicon keep working, and hindsight is still found
        assertThat(findings("Kim clearly because of it.")).isEmpty();
        assertThat(findings("Kim clearly ignored it."))
                .containsExactly("hindsight 'clearly' @4", "person-failure 'ignored' @12");
    }
}
