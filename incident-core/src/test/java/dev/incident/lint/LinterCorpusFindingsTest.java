package dev.incident.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every finding on every sentence of the five labelled corpora and in the eight blind-written
 * postmortems (linted as Markdown, with line and column), pinned in {@code lint/corpus-findings.tsv}
 * (sentence or file, then rule id, matched text and offset of each finding). The
 * precision and recall test ({@link LinterCorpusTest}) only fails when a figure drops below its
 * target; this one fails on any change of any finding, so a rule that starts flagging one more
 * sentence, or quotes a different span, is seen. After an intended change of the rules, check the
 * diff it prints, then rewrite the file with {@code ./mvnw -o test -pl incident-core
 * -Dtest=LinterCorpusFindingsTest -Dlint.updateFindings=true} and review it in the commit.
 */
class LinterCorpusFindingsTest {
    private static final List<String> CORPORA = List.of(
            "/lint/corpus.tsv",
            "/lint/corpus-holdout.tsv",
            "/lint/corpus-blind.tsv",
            "/lint/corpus-blind-2.tsv",
            "/lint/corpus-blind-3.tsv");
    private static final Path FILE = Path.of("src/test/resources/lint/corpus-findings.tsv");

    @Test
    void should_give_the_pinned_findings_for_every_sentence_of_the_corpora() throws IOException {
        // GIVEN every labelled sentence WHEN linted
        List<String> actual = new ArrayList<>();
        BlamelessLinter linter = BlamelessLinter.withDefaults();
        for (String corpus : CORPORA) {
            for (LinterCorpusTest.Labelled example : LinterCorpusTest.load(corpus)) {
                StringBuilder line = new StringBuilder(example.sentence());
                for (LintFinding f : linter.lintText(example.sentence()).findings()) {
                    line.append('\t')
                            .append(f.ruleId())
                            .append(':')
                            .append(f.matchedText())
                            .append('@')
                            .append(f.offset());
                }
                actual.add(line.toString());
            }
        }
        for (int i = 1; i <= 8; i++) {
            String name = "pm-0" + i + ".md";
            String markdown;
            try (InputStream in = LinterCorpusFindingsTest.class.getResourceAsStream("/lint/postmortems/" + name)) {
                assertThat(in).as(name).isNotNull();
                markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            StringBuilder line = new StringBuilder(name);
            for (LintFinding f : linter.lintMarkdown(markdown).findings()) {
                line.append('\t')
                        .append(f.ruleId())
                        .append(':')
                        .append(f.matchedText())
                        .append('@')
                        .append(f.offset())
                        .append(':')
                        .append(f.line())
                        .append(':')
                        .append(f.column());
            }
            actual.add(line.toString());
        }
        if (Boolean.getBoolean("lint.updateFindings")) {
            Files.write(FILE, actual, StandardCharsets.UTF_8);
        }
        // THEN each sentence gives exactly the pinned findings
        List<String> expected;
        try (InputStream in = LinterCorpusFindingsTest.class.getResourceAsStream("/lint/corpus-findings.tsv")) {
            assertThat(in).as("pinned findings").isNotNull();
            expected = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
        if (!Boolean.getBoolean("lint.updateFindings")) {
            assertThat(actual).containsExactlyElementsOf(expected);
        }
        assertThat(actual).hasSizeGreaterThan(890);
    }
}
