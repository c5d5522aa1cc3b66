package dev.incident.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.lint.LintConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quoted words are mentioned, not used: a rule whose trigger word is inside a quotation reports
 * nothing, unless the sentence makes the quotation its own ("and we agree", "which caused the
 * outage"). Apostrophes are not quotation marks, and a quotation ends with its sentence.
 */
class AnalyzerQuotationsTest {
    private static final Engine ENGINE = Engine.compile(LintConfig.defaults());

    private static int findings(String text) {
        return ENGINE.lintText(text).findings().size();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            We no longer write 'operator error' in reports.                                   | 0
            We no longer write "operator error" in reports.                                   | 0
            We no longer write \u201Coperator error\u201D in reports.                         | 0
            We no longer write \u2018operator error\u2019 in reports.                         | 0
            The vendor called our admins careless; the API accepted the request unchecked.    | 1
            The vendor called our admins 'careless'; the API accepted the request unchecked.  | 0
            The auditor called the change 'reckless', and we agree.                           | 1
            The auditor called the change 'reckless', a view this review supports.            | 1
            In his words he 'forgot the flag', which caused the outage.                       | 1
            Her 'quick fix' is the root cause: she was careless.                              | 1
            A comment claimed it was 'human error'; no evidence supports that.                | 0
            The cause was 'operator error'.                                                   | 1
            The vendor said the cause was 'operator error'.                                   | 0
            The engineers' runbook was wrong and the engineer was careless.                   | 1
            The engineers\u2019 runbook was wrong and the engineer was careless.              | 1
            Someone asked 'who forgot the flag?', and the engineer was careless.              | 1
            Someone asked "who forgot the flag?", and we moved on.                            | 0
            It said 'see below. The engineer was careless.                                    | 1
            `The "human error" field is gone. The engineer was careless.`                     | 1
            """)
    void should_skip_quoted_trigger_words_unless_the_author_endorses_them(String text, int expected) {
        // GIVEN a sentence (the \\u escapes stand for curly quotation marks)
        String sentence = text.translateEscapes();
        // WHEN / THEN
        assertThat(findings(sentence)).as(sentence).isEqualTo(expected);
    }
}
