package dev.incident.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The fast paths of {@link Instants} agree with {@code java.time} everywhere. */
class InstantsProperties {

    private static Gen<Instant> instants() {
        Gen<Long> seconds = longs().between(-100_000_000_000L, 400_000_000_000L);
        Gen<Integer> nanos = integers().between(0, 999_999_999);
        Gen<Integer> precision = integers().between(0, 3);
        return seconds.zip(
                nanos,
                precision,
                (s, n, p) -> Instant.ofEpochSecond(
                        s,
                        switch (p) {
                            case 0 -> 0;
                            case 1 -> n / 1_000_000 * 1_000_000;
                            case 2 -> n / 1_000 * 1_000;
                            default -> n;
                        }));
    }

    @Test
    void should_format_like_instant_to_string_when_formatting_any_instant() {
        qt().withExamples(5000)
                .forAll(instants())
                .checkAssert(instant -> assertThat(Instants.format(instant)).isEqualTo(instant.toString()));
    }

    @Test
    void should_parse_back_the_same_instant_when_parsing_what_was_formatted() {
        qt().withExamples(5000)
                .forAll(instants())
                .checkAssert(instant ->
                        assertThat(Instants.parse(Instants.format(instant))).isEqualTo(instant));
    }

    @Test
    void should_accept_and_refuse_like_instant_parse_when_given_near_miss_text() {
        Gen<String> nearMisses = strings()
                .betweenCodePoints('-', ':')
                .ofLengthBetween(18, 31)
                .mix(
                        strings()
                                .betweenCodePoints('0', '9')
                                .ofLengthBetween(14, 25)
                                .map(d -> d.substring(0, 4) + "-"
                                        + d.substring(4, 6) + "-" + d.substring(6, 8) + "T" + d.substring(8, 10) + ":"
                                        + d.substring(10, 12) + ":" + d.substring(12, 14) + (d.length() > 14 ? "." : "")
                                        + d.substring(14) + "Z"),
                        80);
        qt().withExamples(5000).forAll(nearMisses).checkAssert(text -> {
            Object expected = outcome(() -> Instant.parse(text));
            Object actual = outcome(() -> Instants.parse(text));
            assertThat(actual).as(text).isEqualTo(expected);
        });
    }

    private static Object outcome(java.util.function.Supplier<Instant> parse) {
        try {
            return parse.get();
        } catch (DateTimeParseException e) {
            return "refused";
        }
    }
}
