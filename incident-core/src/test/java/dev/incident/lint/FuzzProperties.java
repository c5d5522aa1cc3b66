package dev.incident.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/** Fuzz-like properties: arbitrary Unicode never makes the linter throw or report out of bounds. */
class FuzzProperties {
    private static final BlamelessLinter LINTER = BlamelessLinter.withDefaults();

    private static void assertInBounds(String input, LintReport report) {
        for (LintFinding f : report.findings()) {
            assertThat(f.offset()).isBetween(0, input.length());
            assertThat(f.offset() + f.length()).isLessThanOrEqualTo(input.length());
            assertThat(input.substring(f.offset(), f.offset() + f.length())).isEqualTo(f.matchedText());
            assertThat(f.line()).isPositive();
            assertThat(f.column()).isPositive();
        }
    }

    @Test
    void should_not_throw_when_linting_arbitrary_unicode_as_text() {
        qt().withExamples(2000)
                .forAll(LintGenerators.unicode(300))
                .checkAssert(s -> assertInBounds(s, LINTER.lintText(s)));
    }

    @Test
    void should_not_throw_when_linting_arbitrary_unicode_as_markdown() {
        qt().withExamples(2000)
                .forAll(LintGenerators.unicode(300))
                .checkAssert(s -> assertInBounds(s, LINTER.lintMarkdown(s)));
    }

    @Test
    void should_not_throw_when_linting_mixed_prose_and_unicode() {
        qt().forAll(LintGenerators.prose(40), LintGenerators.unicode(40), LintGenerators.prose(40))
                .checkAssert((a, b, c) -> {
                    String s = a + b + c;
                    assertInBounds(s, LINTER.lintText(s));
                    assertInBounds(s, LINTER.lintMarkdown(s));
                });
    }
}
