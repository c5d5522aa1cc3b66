package dev.incident.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the default linter on labelled corpora of postmortem sentences: {@code
 * corpus.tsv} (used while designing the rules) and {@code corpus-holdout.tsv} (written before the
 * rules and never used to tune them, so its figures estimate performance on unseen text), {@code
 * corpus-blind.tsv} (240 sentences by a second author who never saw the rules; its first reading is
 * recorded in the file) and {@code corpus-blind-2.tsv} (260 sentences by a third author who saw
 * neither the rules nor the other corpora; first reading recorded in the file too) and {@code
 * corpus-blind-3.tsv} (240 sentences by a fourth author, in registers the others lack: chat, non-native
 * English, formal prose, fragments, management summaries, quotations, questions, follow-ups). The third
 * blind corpus read precision 0.951, recall 0.642 before any change made for it; its misses were then
 * fixed as general rules (each first backed by new sentences and traps in {@code corpus.tsv}), after
 * which it reads 1.000 / 0.992, so that figure is no longer an unseen-text estimate. Its remaining
 * miss (the sentence splitter no longer cuts after "Mr.", which fixed "Had Mr. Okonkwo consulted ...") is "why did he
 * run that script?" (blame only from the context of the question). {@code corpus-blind-4.tsv} (200
 * sentences by a fifth author, to the issue's description) is an untouched holdout: no rule was
 * changed for it and its findings are not pinned (its first score was taken before anyone read its
 * misses); its figures are the
 * estimate for unseen text.
 */
class LinterCorpusTest {
    private static final BlamelessLinter LINTER = BlamelessLinter.withDefaults();

    record Labelled(boolean blaming, String sentence) {}

    record Score(int truePositives, int falsePositives, int falseNegatives, int trueNegatives, List<String> errors) {
        double precision() {
            int flagged = truePositives + falsePositives;
            return flagged == 0 ? 1.0 : (double) truePositives / flagged;
        }

        double recall() {
            int blaming = truePositives + falseNegatives;
            return blaming == 0 ? 1.0 : (double) truePositives / blaming;
        }

        int size() {
            return truePositives + falsePositives + falseNegatives + trueNegatives;
        }
    }

    static List<Labelled> load(String resource) throws IOException {
        List<Labelled> result = new ArrayList<>();
        try (InputStream in = LinterCorpusTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                assertThat(tab).as("line without a tab: %s", line).isPositive();
                String label = line.substring(0, tab);
                assertThat(label).as("label of: %s", line).isIn("blame", "ok");
                result.add(new Labelled(label.equals("blame"), line.substring(tab + 1)));
            }
        }
        return result;
    }

    static Score score(List<Labelled> corpus) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<String> errors = new ArrayList<>();
        for (Labelled example : corpus) {
            LintReport report = LINTER.lintText(example.sentence());
            boolean flagged = !report.isClean();
            if (flagged && example.blaming()) {
                tp++;
            } else if (flagged) {
                fp++;
                errors.add("FALSE POSITIVE " + example.sentence() + "  <- " + describe(report));
            } else if (example.blaming()) {
                fn++;
                errors.add("FALSE NEGATIVE " + example.sentence());
            } else {
                tn++;
            }
        }
        return new Score(tp, fp, fn, tn, errors);
    }

    private static String describe(LintReport report) {
        StringBuilder sb = new StringBuilder();
        for (LintFinding f : report.findings()) {
            sb.append(f.ruleId()).append(" \"").append(f.matchedText()).append("\" ");
        }
        return sb.toString();
    }

    private static Score scoreAndPrint(String name, String resource) throws IOException {
        List<Labelled> corpus = load(resource);
        Score score = score(corpus);
        // Test output on purpose: the figures are the point of this test.
        System.out.printf(
                "[%s] %d sentences: precision %.3f, recall %.3f (tp %d, fp %d, fn %d, tn %d)%n",
                name,
                score.size(),
                score.precision(),
                score.recall(),
                score.truePositives(),
                score.falsePositives(),
                score.falseNegatives(),
                score.trueNegatives());
        score.errors().forEach(e -> System.out.println("[" + name + "] " + e));
        return score;
    }

    @Test
    void should_reach_target_precision_and_recall_when_linting_the_labelled_corpus() throws IOException {
        // GIVEN the labelled corpus WHEN each sentence is linted
        Score score = scoreAndPrint("corpus", "/lint/corpus.tsv");
        // THEN
        assertReaches(score, 300, 0.95, 0.90);
    }

    @Test
    void should_generalise_when_linting_the_held_out_corpus() throws IOException {
        // GIVEN sentences written before the rules and never used to tune them WHEN each is linted
        Score score = scoreAndPrint("holdout", "/lint/corpus-holdout.tsv");
        // THEN a slightly lower bar than on the tuning corpus
        assertReaches(score, 100, 0.90, 0.85);
    }

    @Test
    void should_reach_the_targets_on_the_corpus_written_blind_by_a_second_author() throws IOException {
        // GIVEN 240 sentences written by someone who never saw the rules WHEN each is linted
        Score score = scoreAndPrint("blind", "/lint/corpus-blind.tsv");
        // THEN the issue's targets hold (first reading, before any fix: 1.000 / 0.925)
        assertReaches(score, 240, 0.95, 0.90);
    }

    @Test
    void should_reach_the_targets_on_the_second_corpus_written_blind() throws IOException {
        // GIVEN 260 sentences by a third author who saw neither the rules nor the other corpora WHEN
        // each is linted
        Score score = scoreAndPrint("blind-2", "/lint/corpus-blind-2.tsv");
        // THEN the same targets hold (first reading, before any fix: 0.966 / 0.862)
        assertReaches(score, 260, 0.95, 0.90);
    }

    @Test
    void should_reach_the_targets_on_the_third_corpus_written_blind() throws IOException {
        // GIVEN 240 sentences by a fourth author, in chat, non-native, formal, fragment, management,
        // quoted, question and follow-up registers WHEN each is linted
        Score score = scoreAndPrint("blind-3", "/lint/corpus-blind-3.tsv");
        // THEN the same targets hold (first reading, before any change made for this corpus: 0.951 /
        // 0.642; after the fixes: 1.000 / 0.992)
        assertReaches(score, 240, 0.95, 0.90);
    }

    @Test
    void should_reach_the_targets_on_the_fourth_corpus_kept_as_an_untouched_holdout() throws IOException {
        // GIVEN 200 sentences by a fifth author, written to the issue's description, that no rule was
        // changed for (nor its findings pinned) WHEN each is linted
        Score score = scoreAndPrint("blind-4", "/lint/corpus-blind-4.tsv");
        // THEN the targets hold on unseen text (first reading: 0.979 / 0.940)
        assertReaches(score, 200, 0.95, 0.90);
    }

    private static void assertReaches(Score score, int size, double precision, double recall) {
        assertThat(score.size()).isGreaterThanOrEqualTo(size);
        assertThat(score.precision())
                .as("precision; misclassified: %s", score.errors())
                .isGreaterThanOrEqualTo(precision);
        assertThat(score.recall())
                .as("recall; misclassified: %s", score.errors())
                .isGreaterThanOrEqualTo(recall);
    }
}
