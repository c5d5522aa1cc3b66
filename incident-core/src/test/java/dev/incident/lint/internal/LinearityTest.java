package dev.incident.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.lint.LintConfig;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The work of the linter grows linearly with the input: the input doubles three times and the
 * operation count (chars scanned plus token and window visits, counted by the analyzer) may grow by
 * at most a factor 2 (plus slack) each time, and stays under a fixed number of operations per char.
 * No wall-clock limits.
 */
class LinearityTest {
    private static final Engine ENGINE =
            Engine.compile(LintConfig.builder().addParticipant("Priya").build());
    private static final int MAX_OPS_PER_CHAR = 12;

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("single line 'a a a'", 1_310_720, (IntFunction<String>) n -> repeat("a ", n)),
                Arguments.of("should should should", 1_310_720, (IntFunction<String>) n -> repeat("should ", n)),
                Arguments.of("careless careless", 1_310_720, (IntFunction<String>) n -> repeat("careless ", n)),
                Arguments.of("counterfactual chain", 1_310_720, (IntFunction<String>)
                        n -> repeat("the engineer should have had ", n)),
                Arguments.of("dots", 1_310_720, (IntFunction<String>) n -> repeat(".", n)),
                Arguments.of("backticks", 1_310_720, (IntFunction<String>) n -> repeat("`", n)),
                Arguments.of("angle brackets", 1_310_720, (IntFunction<String>) n -> repeat("<", n)),
                Arguments.of("commas", 1_310_720, (IntFunction<String>) n -> repeat(",", n)),
                Arguments.of("one long word", 1_310_720, (IntFunction<String>) n -> repeat("x", n)),
                Arguments.of("apostrophes", 1_310_720, (IntFunction<String>) n -> repeat("a'", n)),
                Arguments.of("url-ish", 1_310_720, (IntFunction<String>) n -> repeat("a:", n)),
                Arguments.of("without chain", 1_310_720, (IntFunction<String>)
                        n -> repeat("Priya merged it without actually running a second look without ", n)),
                Arguments.of("the one who chain", 1_310_720, (IntFunction<String>)
                        n -> repeat("Priya was the one who was the one who forgot ", n)),
                Arguments.of("is on chain", 1_310_720, (IntFunction<String>)
                        n -> repeat("this one is on Priya for not testing due to Priya not testing ", n)),
                Arguments.of("third-corpus triggers chain", 1_310_720, (IntFunction<String>) n -> repeat(
                        "whoever skipped it, why did Priya think it was okay to bypass the job whose inattention"
                                + " is the root cause and smh priya ignored the warning written up on his watch ",
                        n)),
                Arguments.of("prose", 1_310_720, (IntFunction<String>) n ->
                        repeat("Priya forgot the flag, and the probe failed to detect it; nobody was careless. ", n)));
    }

    private static String repeat(String unit, int chars) {
        StringBuilder sb = new StringBuilder(chars + unit.length());
        while (sb.length() < chars) {
            sb.append(unit);
        }
        sb.setLength(chars);
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void should_do_linear_work_when_plain_text_doubles_up_to_10_mb(String name, int base, IntFunction<String> input) {
        // GIVEN inputs of n, 2n, 4n and 8n chars (8n = 10 MiB, one line)
        long[] ops = new long[4];
        for (int i = 0; i < 4; i++) {
            String text = input.apply(base << i);
            // WHEN
            ops[i] = ENGINE.lintText(text).operations();
            // THEN
            assertThat(ops[i])
                    .as("%s: ops per char at %d chars", name, text.length())
                    .isLessThanOrEqualTo((long) MAX_OPS_PER_CHAR * text.length());
        }
        for (int i = 1; i < 4; i++) {
            assertThat((double) ops[i] / ops[i - 1])
                    .as("%s: growth when the input doubles", name)
                    .isBetween(1.5, 2.2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void should_do_linear_work_when_markdown_doubles(String name, int base, IntFunction<String> input) {
        // GIVEN smaller Markdown inputs (the parser's own work is not counted here)
        long[] ops = new long[4];
        for (int i = 0; i < 4; i++) {
            String text = input.apply((base / 16) << i);
            ops[i] = ENGINE.lintMarkdown(text).operations();
            assertThat(ops[i]).isLessThanOrEqualTo((long) MAX_OPS_PER_CHAR * text.length());
        }
        for (int i = 1; i < 4; i++) {
            assertThat((double) ops[i] / ops[i - 1])
                    .as("%s: growth when the input doubles", name)
                    .isBetween(1.5, 2.2);
        }
    }
}
