package dev.incident.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LexiconTest {

    private static int find(Lexicon lexicon, String text) {
        return lexicon.find(text, 0, text.length(), Lexicon.hash(text, 0, text.length()));
    }

    private static int findFolded(Lexicon lexicon, String word) {
        String key = Lexicon.normalize(word);
        return lexicon.find(key.toCharArray(), 0, key.length(), Lexicon.hash(key, 0, key.length()));
    }

    @Test
    void should_find_a_word_case_insensitively_with_either_apostrophe_when_added() {
        // GIVEN
        Lexicon lexicon = new Lexicon();
        int id = lexicon.add("Don't", 0b10, 7);
        // WHEN / THEN
        assertThat(id).isZero();
        assertThat(lexicon.size()).isEqualTo(1);
        assertThat(lexicon.word(id)).isEqualTo("don't");
        assertThat(find(lexicon, "DON\u2019T")).isEqualTo(id);
        assertThat(find(lexicon, "xdon'tx".substring(1, 6))).isEqualTo(id);
        assertThat(findFolded(lexicon, "don\u2018t")).isEqualTo(id);
        assertThat(lexicon.flags(id)).isEqualTo(0b10);
        assertThat(lexicon.trigger(id)).isEqualTo(7);
    }

    @Test
    void should_find_a_word_inside_a_longer_text_region() {
        // GIVEN
        Lexicon lexicon = new Lexicon();
        int id = lexicon.add("forgot", 0, 0);
        String text = "Ravi Forgot it";
        // WHEN
        int found = lexicon.find(text, 5, 11, Lexicon.hash(text, 5, 11));
        // THEN
        assertThat(found).isEqualTo(id);
        assertThat(lexicon.find(text, 0, 4, Lexicon.hash(text, 0, 4))).isEqualTo(-1);
    }

    @Test
    void should_not_find_prefixes_extensions_or_other_words() {
        // GIVEN
        Lexicon lexicon = new Lexicon();
        lexicon.add("care", 0, 0);
        // THEN
        assertThat(find(lexicon, "careless")).isEqualTo(-1);
        assertThat(find(lexicon, "car")).isEqualTo(-1);
        assertThat(find(lexicon, "cart")).isEqualTo(-1);
        assertThat(findFolded(lexicon, "careless")).isEqualTo(-1);
        assertThat(findFolded(lexicon, "card")).isEqualTo(-1);
    }

    @Test
    void should_merge_flags_and_keep_the_trigger_when_a_word_is_added_again() {
        // GIVEN
        Lexicon lexicon = new Lexicon();
        int first = lexicon.add("ignored", 0b001, 5);
        // WHEN
        int second = lexicon.add("IGNORED", 0b100, 0);
        // THEN
        assertThat(second).isEqualTo(first);
        assertThat(lexicon.size()).isEqualTo(1);
        assertThat(lexicon.flags(first)).isEqualTo(0b101);
        assertThat(lexicon.trigger(first)).isEqualTo(5);
        // WHEN a non-zero trigger is given again THEN it replaces the old one
        lexicon.add("ignored", 0, 9);
        assertThat(lexicon.trigger(first)).isEqualTo(9);
    }

    @Test
    void should_answer_zero_flags_and_trigger_for_an_unknown_word() {
        // GIVEN
        Lexicon lexicon = new Lexicon();
        lexicon.add("a", 3, 3);
        // THEN
        assertThat(lexicon.flags(-1)).isZero();
        assertThat(lexicon.trigger(-1)).isZero();
    }

    @Test
    void should_find_every_word_when_the_lexicon_grows_past_its_initial_capacity() {
        // GIVEN more words than the initial arrays and hash table hold, some longer than 4096 key chars
        Lexicon lexicon = new Lexicon();
        String longWord = "w".repeat(5000);
        for (int i = 0; i < 3000; i++) {
            assertThat(lexicon.add("word" + i, i % 4, i + 1)).isEqualTo(i);
        }
        int longId = lexicon.add(longWord, 1, 1);
        // THEN
        assertThat(lexicon.size()).isEqualTo(3001);
        for (int i = 0; i < 3000; i++) {
            assertThat(find(lexicon, "WORD" + i)).isEqualTo(i);
            assertThat(findFolded(lexicon, "word" + i)).isEqualTo(i);
            assertThat(lexicon.flags(i)).isEqualTo(i % 4);
            assertThat(lexicon.trigger(i)).isEqualTo(i + 1);
            assertThat(lexicon.word(i)).isEqualTo("word" + i);
        }
        assertThat(find(lexicon, longWord)).isEqualTo(longId);
        assertThat(find(lexicon, "word3000")).isEqualTo(-1);
    }

    @Test
    void should_reject_additions_when_frozen_and_leave_the_original_unchanged_when_a_copy_grows() {
        // GIVEN
        Lexicon base = new Lexicon();
        base.add("alpha", 1, 0);
        Lexicon copy = base.copy();
        // WHEN
        int beta = copy.add("beta", 2, 0);
        copy.add("alpha", 4, 0);
        base.freeze();
        // THEN
        assertThat(beta).isEqualTo(1);
        assertThat(copy.size()).isEqualTo(2);
        assertThat(find(copy, "alpha")).isZero();
        assertThat(copy.flags(0)).isEqualTo(5);
        assertThat(base.size()).isEqualTo(1);
        assertThat(base.flags(0)).isEqualTo(1);
        assertThat(find(base, "beta")).isEqualTo(-1);
        assertThatThrownBy(() -> base.add("gamma", 0, 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("frozen");
    }

    @Test
    void should_fold_ascii_capitals_and_curly_apostrophes_only() {
        assertThat(Lexicon.fold('A')).isEqualTo('a');
        assertThat(Lexicon.fold('Z')).isEqualTo('z');
        assertThat(Lexicon.fold('@')).isEqualTo('@');
        assertThat(Lexicon.fold('[')).isEqualTo('[');
        assertThat(Lexicon.fold('a')).isEqualTo('a');
        assertThat(Lexicon.fold('\'')).isEqualTo('\'');
        assertThat(Lexicon.fold('\u2019')).isEqualTo('\'');
        assertThat(Lexicon.fold('\u2018')).isEqualTo('\'');
        assertThat(Lexicon.fold('\u00C9')).isEqualTo('\u00E9');
        assertThat(Lexicon.fold('\u0080')).isEqualTo('\u0080');
        assertThat(Lexicon.normalize("\u00C9T\u00C9\u2019S")).isEqualTo("\u00E9t\u00E9's");
    }

    @Test
    void should_hash_a_region_the_way_the_tokenizer_mixes_folded_chars() {
        // GIVEN the tokenizer hashes words char by char with mix, then finish
        int h = Lexicon.mix(Lexicon.mix(0, 'o'), 'k');
        // THEN
        assertThat(Lexicon.hash("OK", 0, 2)).isEqualTo(Lexicon.finish(h));
        assertThat(Lexicon.hash("xoky", 1, 3)).isEqualTo(Lexicon.finish(h));
        assertThat(Lexicon.mix(3, 'a')).isEqualTo(3 * 31 + 'a');
        assertThat(Lexicon.hash("ab", 0, 2)).isNotEqualTo(Lexicon.hash("ba", 0, 2));
    }
}
