package dev.incident.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * The exact findings (rule, matched text, offset) of every sentence of the three labelled corpora,
 * recorded in {@code corpus-findings.tsv}. {@link LinterCorpusTest} checks precision and recall,
 * which a change to a rule can keep while flipping single sentences; this test shows each flip.
 * The recorded findings include the linter's known misses and false alarms (they are what the
 * linter does today, not labels): when a rule change is intended, review the listed differences
 * and update the file.
 */
class LinterCorpusFindingsTest {
    private static final BlamelessLinter LINTER = BlamelessLinter.withDefaults();
    private static final List<String> CORPORA = List.of("corpus.tsv", "corpus-holdout.tsv", "corpus-blind.tsv");

    record Recorded(String corpus, String sentence, String findings) {}

    private static List<Recorded> recorded() throws IOException {
        List<Recorded> result = new ArrayList<>();
        try (InputStream in = LinterCorpusFindingsTest.class.getResourceAsStream("/lint/corpus-findings.tsv")) {
            assertThat(in).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split("\t", -1);
                assertThat(fields).as("line: %s", line).hasSize(3);
                result.add(new Recorded(fields[0], fields[1], fields[2]));
            }
        }
        return result;
    }

    private static String describe(LintReport report) {
        StringJoiner joiner = new StringJoiner("; ");
        for (LintFinding f : report.findings()) {
            joiner.add(f.ruleId() + " '" + f.matchedText() + "'@" + f.offset());
        }
        return joiner.toString();
    }

    @Test
    void should_record_every_sentence_of_the_labelled_corpora() throws IOException {
        // GIVEN the recorded findings and the corpora
        List<Recorded> recorded = recorded();
        List<String> sentences = new ArrayList<>();
        for (String corpus : CORPORA) {
            for (LinterCorpusTest.Labelled labelled : LinterCorpusTest.load("/lint/" + corpus)) {
                sentences.add(corpus + "\t" + labelled.sentence());
            }
        }
        // THEN the recording covers exactly the corpora's sentences, in order
        assertThat(recorded.stream().map(r -> r.corpus() + "\t" + r.sentence()).toList())
                .isEqualTo(sentences);
    }

    @Test
    void should_give_the_recorded_findings_for_every_corpus_sentence() throws IOException {
        // GIVEN
        List<Recorded> recorded = recorded();
        List<String> differences = new ArrayList<>();
        // WHEN each sentence is linted
        for (Recorded r : recorded) {
            String actual = describe(LINTER.lintText(r.sentence()));
            if (!actual.equals(r.findings())) {
                differences.add(r.sentence() + "\n    recorded: " + r.findings() + "\n    actual:   " + actual);
            }
        }
        // THEN nothing changed
        assertThat(differences).as("sentences whose findings changed").isEmpty();
        assertThat(recorded).filteredOn(r -> !r.findings().isEmpty()).hasSizeGreaterThan(400);
    }
}
