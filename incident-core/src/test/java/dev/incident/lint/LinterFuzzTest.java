package dev.incident.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the blameless linter: whatever the input, linting never throws, and every finding lies
 * inside the text, quotes it exactly, and has the line and column of its offset. Under plain {@code
 * mvn test} Jazzer runs the committed seeds in {@code LinterFuzzTestInputs/<method>/} (and the
 * findings it made, kept as regression seeds); fuzz with {@code JAZZER_FUZZ=1 ./mvnw -o test -pl
 * incident-core -Dtest=LinterFuzzTest#lintMarkdown -Djazzer.max_duration=5m} (see the README).
 */
class LinterFuzzTest {
    private static final BlamelessLinter LINTER = BlamelessLinter.withDefaults();

    /** Markdown: the bytes as UTF-8 (malformed sequences become U+FFFD). */
    @FuzzTest(maxDuration = "60s")
    void lintMarkdown(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        assertConsistent(text, LINTER.lintMarkdown(text));
    }

    /**
     * Plain text: the bytes as UTF-8, and the same bytes as raw UTF-16 code units, so lone
     * surrogates and every control character reach the tokenizer too.
     */
    @FuzzTest(maxDuration = "60s")
    void lintText(byte[] input) {
        String utf8 = new String(input, StandardCharsets.UTF_8);
        assertConsistent(utf8, LINTER.lintText(utf8));
        String utf16 = codeUnits(input);
        assertConsistent(utf16, LINTER.lintText(utf16));
        assertConsistent(utf16, LINTER.lintMarkdown(utf16));
    }

    /** Pairs of bytes as UTF-16 code units, unchecked, so any char sequence is reachable. */
    static String codeUnits(byte[] input) {
        char[] chars = new char[input.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((input[2 * i] & 0xff) << 8) | (input[2 * i + 1] & 0xff));
        }
        return new String(chars);
    }

    /** The report's findings are in order, inside the text, and placed where the text says. */
    static void assertConsistent(String text, LintReport report) {
        LintFinding previous = null;
        for (LintFinding finding : report.findings()) {
            int offset = finding.offset();
            int end = offset + finding.length();
            assertThat(offset).as("offset of %s", finding).isBetween(0, text.length());
            assertThat(end).as("end of %s", finding).isBetween(offset, text.length());
            assertThat(text.substring(offset, end)).isEqualTo(finding.matchedText());
            assertThat(finding.line()).as("line of %s", finding).isEqualTo(lineOf(text, offset));
            assertThat(finding.column()).as("column of %s", finding).isEqualTo(offset - lineStart(text, offset) + 1);
            assertThat(finding.message()).isNotBlank();
            if (previous != null) {
                assertThat(LintReport.ORDER.compare(previous, finding)).isLessThanOrEqualTo(0);
            }
            previous = finding;
        }
    }

    /** The 1-based line of {@code offset}: lines end at \n, \r\n or a lone \r. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static int lineStart(String text, int offset) {
        int i = offset;
        while (i > 0
                && text.charAt(i - 1) != '\n'
                && (text.charAt(i - 1) != '\r' || (i < text.length() && text.charAt(i) == '\n'))) {
            i--;
        }
        return i;
    }
}
