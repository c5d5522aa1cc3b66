package dev.incident.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlamelessLinterProperties {
    private static final BlamelessLinter LINTER =
            BlamelessLinter.builder().participants("Marco").build();

    private static void assertWellFormed(String input, LintReport report) {
        for (LintFinding f : report.findings()) {
            assertThat(f.offset()).isBetween(0, input.length());
            assertThat(f.offset() + f.length()).isLessThanOrEqualTo(input.length());
            assertThat(input.substring(f.offset(), f.offset() + f.length())).isEqualTo(f.matchedText());
            int lineStart = f.offset() - (f.column() - 1);
            assertThat(lineStart).isGreaterThanOrEqualTo(0);
            assertThat(input.substring(0, lineStart).split("\n|\r\n|\r", -1)).hasSize(f.line());
        }
        assertThat(report.findings()).isSortedAccordingTo(LintReport.ORDER);
    }

    @Test
    void should_report_positions_inside_the_input_when_linting_prose_as_text() {
        qt().forAll(LintGenerators.prose(60)).checkAssert(text -> assertWellFormed(text, LINTER.lintText(text)));
    }

    @Test
    void should_report_positions_inside_the_input_when_linting_prose_as_markdown() {
        qt().forAll(LintGenerators.prose(60)).checkAssert(text -> assertWellFormed(text, LINTER.lintMarkdown(text)));
    }

    @Test
    void should_be_deterministic_when_linting_the_same_input_twice() {
        qt().forAll(LintGenerators.prose(40)).checkAssert(text -> {
            assertThat(LINTER.lintMarkdown(text)).isEqualTo(LINTER.lintMarkdown(text));
            assertThat(LINTER.lintText(text))
                    .isEqualTo(BlamelessLinter.builder()
                            .participants("Marco")
                            .build()
                            .lintText(text));
        });
    }

    @Test
    void should_keep_findings_of_the_original_when_blameless_text_is_appended() {
        qt().forAll(LintGenerators.prose(30), LintGenerators.blamelessSentence())
                .checkAssert((text, extra) -> {
                    // Close the original's last sentence and block so the appended text starts afresh.
                    String original = text + ".";
                    List<LintFinding> before = LINTER.lintText(original).findings();
                    List<LintFinding> after =
                            LINTER.lintText(original + "\n\n" + extra).findings();
                    assertThat(after).containsAll(before);
                });
    }

    @Test
    void should_never_report_findings_when_prose_is_inside_code_spans() {
        qt().forAll(LintGenerators.prose(30)).checkAssert(text -> {
            String code = text.replace("`", "").replace("\n", " ").replace("\r", " ");
            String markdown = "Before `` " + code + " `` after.";
            assertThat(LINTER.lintMarkdown(markdown).findings()).isEmpty();
        });
    }

    @Test
    void should_never_report_findings_when_prose_is_inside_fenced_code() {
        qt().forAll(LintGenerators.prose(30)).checkAssert(text -> {
            String markdown = "~~~~~~~~~~\n" + text.replace("~", "") + "\n~~~~~~~~~~\n";
            assertThat(LINTER.lintMarkdown(markdown).findings()).isEmpty();
        });
    }
}
