package dev.incident.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.lint.BlamelessLinter;
import dev.incident.lint.LintRule;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The linter benchmark measures what it says: an exact-size, deterministic, realistic corpus. */
class LinterBenchmarkTest {

    @Test
    void should_generate_exactly_the_requested_number_of_ascii_chars() {
        // WHEN a corpus of 250,000 chars is generated
        String corpus = LinterBenchmark.corpus(250_000, 7L);

        // THEN it has that many chars, and as many UTF-8 bytes (so chars per second are bytes per second)
        assertThat(corpus).hasSize(250_000);
        assertThat(corpus.getBytes(StandardCharsets.UTF_8)).hasSize(250_000);
    }

    @Test
    void should_generate_the_same_corpus_for_the_same_seed() {
        assertThat(LinterBenchmark.corpus(50_000, 1L)).isEqualTo(LinterBenchmark.corpus(50_000, 1L));
        assertThat(LinterBenchmark.corpus(50_000, 1L)).isNotEqualTo(LinterBenchmark.corpus(50_000, 2L));
    }

    @Test
    void should_generate_markdown_with_every_kind_of_block() {
        String corpus = LinterBenchmark.corpus(LinterBenchmark.TYPICAL_CHARS, 42L);

        assertThat(corpus)
                .contains(
                        "# Postmortem 1: ",
                        "\n## Timeline\n",
                        "| --- | --- |",
                        "\n- ",
                        "\n1. ",
                        "```sh\n",
                        "](https://");
    }

    @Test
    void should_give_the_linter_blaming_sentences_to_find_and_blameless_ones_to_pass() {
        // GIVEN a typical postmortem of the benchmark
        String corpus = LinterBenchmark.corpus(LinterBenchmark.TYPICAL_CHARS, 42L);

        // WHEN it is linted and scanned by the baseline
        var report = BlamelessLinter.withDefaults().lintMarkdown(corpus);
        int keywordHits = LinterBenchmark.keywordScan(corpus);

        // THEN both find work to do, and the code block's comment is not linted
        assertThat(report.count()).isPositive();
        assertThat(report.findings())
                .noneMatch(f -> f.matchedText().equals("careless")
                        && corpus.startsWith("# the operator", corpus.lastIndexOf('\n', f.offset()) + 1));
        assertThat(report.count(LintRule.JUDGEMENT)).isPositive();
        assertThat(keywordHits).isGreaterThan(report.count());
    }

    @Test
    void should_count_every_occurrence_of_every_keyword_in_the_baseline() {
        // "clearly" and "failed to" each twice, "Careless" once, case-insensitively
        assertThat(LinterBenchmark.keywordScan("Clearly it failed to start; it clearly failed to stop. Careless."))
                .isEqualTo(5);
        assertThat(LinterBenchmark.keywordScan("The deploy finished.")).isZero();
    }
}
