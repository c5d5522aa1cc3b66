package dev.incident.lint.internal;

import dev.incident.lint.LintTerm;
import java.util.ArrayList;
import java.util.List;

/**
 * The caller's extra terms, compiled to word-id sequences indexed by their first word. Each
 * compiled term is {@code [ruleOrdinal, wordId1, wordId2, ...]}. Immutable once built.
 */
final class CustomTerms {
    static final CustomTerms NONE = new CustomTerms(new int[0][][]);

    private final int[][][] byFirstWord;

    private CustomTerms(int[][][] byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    boolean hasTerms() {
        return byFirstWord.length > 0;
    }

    int[][] startingWith(int wordId) {
        return wordId < byFirstWord.length ? byFirstWord[wordId] : null;
    }

    /** Adds the terms' words to {@code lexicon} and compiles the terms. */
    static CustomTerms compile(List<LintTerm> terms, Lexicon lexicon) {
        if (terms.isEmpty()) {
            return NONE;
        }
        List<int[]> compiled = new ArrayList<>();
        for (LintTerm term : terms) {
            List<String> words = splitWords(term.phrase());
            int[] ids = new int[words.size() + 1];
            ids[0] = term.rule().ordinal();
            for (int i = 0; i < words.size(); i++) {
                ids[i + 1] = lexicon.add(words.get(i), 0, 0);
            }
            compiled.add(ids);
        }
        int[][][] index = new int[lexicon.size()][][];
        for (int[] ids : compiled) {
            int first = ids[1];
            int[][] old = index[first];
            int[][] grown = old == null ? new int[1][] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = ids;
            index[first] = grown;
        }
        return new CustomTerms(index);
    }

    /** Splits a phrase into words the way the tokenizer does (letters, digits, inner ' - _ /). */
    static List<String> splitWords(String phrase) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < phrase.length()) {
            if (!Character.isLetterOrDigit(phrase.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < phrase.length()) {
                char c = phrase.charAt(j);
                if (Character.isLetterOrDigit(c)) {
                    j++;
                } else if ((c == '\'' || c == '\u2019' || c == '-' || c == '_' || c == '/')
                        && j + 1 < phrase.length()
                        && Character.isLetterOrDigit(phrase.charAt(j + 1))) {
                    j++;
                } else {
                    break;
                }
            }
            words.add(phrase.substring(i, j));
            i = j;
        }
        return words;
    }
}
