package dev.incident.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.lint.LintConfig;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where sentences end: at a full stop, question or exclamation mark, but not after a title before a
 * name ("Mr.", "Dr.") or a Latin abbreviation inside a sentence ("e.g.", "i.e.", "vs."). A rule sees
 * one sentence at a time, so a wrong cut hides the subject from its verb.
 */
class AnalyzerSentenceSplitTest {
    private static final Engine ENGINE = Engine.compile(LintConfig.defaults());

    private static String rules(String text) {
        return ENGINE.lintText(text).findings().stream()
                .map(f -> f.rule().id() + "@" + f.offset())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Had Mr. Okonkwo checked the plan, the disk would not have filled.       | counterfactual@0
            Dr. Ng forgot the flag.                                                  | person-failure@7
            Mrs. Adeyemi forgot the flag.                                            | person-failure@13
            Add a guardrail, e.g. a check. The engineer was careless.               | judgement@48
            We use a canary, i.e. a small slice. Kim forgot the flag.               | person-failure@41
            We compared v1 vs. v2 of the config.                                     |
            Ask Dr. Ng. The engineer was careless.                                   | judgement@29
            The proxy retried, etc. The engineer was careless.                       | judgement@41
            The proxy retried, e.g., twice.                                          |
            """)
    void should_not_end_a_sentence_after_a_title_or_a_latin_abbreviation(String text, String expected) {
        // WHEN / THEN
        assertThat(rules(text)).as(text).isEqualTo(expected == null ? "" : expected);
    }
}
