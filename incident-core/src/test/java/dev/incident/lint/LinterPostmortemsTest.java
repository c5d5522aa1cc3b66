package dev.incident.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The linter on whole postmortems written by a second author who never saw the rules
 * ({@code lint/postmortems/pm-*.md}): Markdown in many real-world styles (SRE-book bold labels,
 * front matter, long tables, code blocks, chat logs, HTML). Six are blameless throughout; the other
 * two hold five labelled blaming sentences each ({@code blaming-sentences.tsv}), and every other
 * sentence is blameless.
 */
class LinterPostmortemsTest {
    private static final BlamelessLinter LINTER = BlamelessLinter.withDefaults();

    record Labelled(String file, String sentence) {}

    @ParameterizedTest
    @ValueSource(strings = {"pm-01.md", "pm-02.md", "pm-03.md", "pm-04.md", "pm-05.md", "pm-06.md"})
    void should_find_nothing_in_a_blameless_postmortem_written_elsewhere(String file) throws IOException {
        // GIVEN a blameless postmortem full of traps ("fault injection", "the health check failed to
        // detect", "human error is never a root cause") WHEN linted
        LintReport report = LINTER.lintMarkdown(read(file));
        // THEN nothing is flagged
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void should_flag_the_blaming_sentences_and_nothing_else_in_postmortems_written_elsewhere() throws IOException {
        List<Labelled> labelled = labels();
        int found = 0;
        List<String> outside = new ArrayList<>();
        for (String file : List.of("pm-07.md", "pm-08.md")) {
            String text = read(file);
            List<int[]> spans = new ArrayList<>();
            for (Labelled l : labelled) {
                if (l.file().equals(file)) {
                    int at = text.indexOf(l.sentence());
                    assertThat(at)
                            .as("labelled sentence is in %s: %s", file, l.sentence())
                            .isNotNegative();
                    spans.add(new int[] {at, at + l.sentence().length()});
                }
            }
            // GIVEN a postmortem with labelled blaming sentences WHEN linted
            List<LintFinding> findings = LINTER.lintMarkdown(text).findings();
            for (int[] span : spans) {
                if (findings.stream().anyMatch(f -> f.offset() >= span[0] && f.offset() < span[1])) {
                    found++;
                }
            }
            for (LintFinding f : findings) {
                if (spans.stream().noneMatch(span -> f.offset() >= span[0] && f.offset() < span[1])) {
                    outside.add(file + ":" + f.line() + " " + f.ruleId() + " \"" + f.matchedText() + "\"");
                }
            }
        }
        // THEN nothing outside them is flagged, and all 10 are (the last one found, "rushed the flag
        // change through without a second look", by the "without a second look" rule: "rushed" alone
        // also narrates a quick fix)
        assertThat(labelled).hasSize(10);
        assertThat(outside).as("findings outside the labelled sentences").isEmpty();
        assertThat(found).as("labelled sentences found").isEqualTo(10);
    }

    private static List<Labelled> labels() throws IOException {
        List<Labelled> result = new ArrayList<>();
        for (String line : read("blaming-sentences.tsv").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\t", 2);
                result.add(new Labelled(parts[0], parts[1]));
            }
        }
        return result;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = LinterPostmortemsTest.class.getResourceAsStream("/lint/postmortems/" + name)) {
            assertThat(in).as("resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
