package dev.incident.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.incident.lint.LintConfig;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the Markdown shortcut: for any input, reading plain blocks without the parser gives exactly
 * the findings of parsing everything. Under plain {@code mvn test} Jazzer runs the committed seeds in
 * {@code MarkdownShortcutFuzzTestInputs/}; fuzz with {@code JAZZER_FUZZ=1 ./mvnw -o test -pl
 * incident-core -Dtest=MarkdownShortcutFuzzTest -Djazzer.max_duration=5m}.
 */
class MarkdownShortcutFuzzTest {
    private static final Engine ENGINE = Engine.compile(LintConfig.defaults());

    @FuzzTest(maxDuration = "60s")
    void shortcutGivesTheParsersFindings(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        // GIVEN any text WHEN linted with and without the shortcut THEN the findings are the same
        assertThat(ENGINE.lintMarkdown(text, MarkdownSource.CHUNK_SIZE, true).findings())
                .isEqualTo(ENGINE.lintMarkdown(text, MarkdownSource.CHUNK_SIZE, false)
                        .findings());
    }
}
