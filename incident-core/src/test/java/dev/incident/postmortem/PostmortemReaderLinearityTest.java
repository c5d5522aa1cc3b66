package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Reading a postmortem takes time linear in its size, even for hostile lines: a follow-up of
 * thousands of dashes or parentheses (each a place where an owner might start) once took quadratic
 * time. The test compares the time for a document and for one eight times larger (a ratio measured in
 * the same run, not a clock limit): linear work gives about 8, quadratic about 64.
 */
class PostmortemReaderLinearityTest {
    private static final int SMALL = 1_000;
    private static final int FACTOR = 8;

    @Test
    void should_read_a_follow_up_full_of_dashes_in_linear_time() {
        assertLinear(n -> followUps("- [ ] Fix it" + " - x".repeat(n) + " (a"));
    }

    @Test
    void should_read_a_follow_up_full_of_parentheses_in_linear_time() {
        assertLinear(n -> followUps("- [ ] Fix " + "(a ".repeat(n)));
    }

    @Test
    void should_read_a_timeline_full_of_date_stamps_in_linear_time() {
        assertLinear(n -> "# Postmortem\n\n## Timeline\n\n" + "- 2026-03-01: reminder sent\n".repeat(n / 4));
    }

    @Test
    void should_read_a_follow_up_full_of_date_like_words_in_linear_time() {
        // numeric dates the document order cannot settle, and month names with and without days
        assertLinear(n -> "# Postmortem\n\nDate: Mar 1, 2026\n\n## Follow-ups\n\n- [ ] Fix it by"
                + " Mar 1/2/2026 4 May,".repeat(n / 4) + "\n");
    }

    @Test
    void should_read_a_timeline_full_of_zones_and_notes_in_linear_time() {
        // rows with zones and parentheses after their times, and notes on the times that do not name one
        assertLinear(n -> "# Postmortem\n\nAll times in CET (UTC+1).\n\n## Timeline (PDT)\n\n"
                + "- 10:00 CET (UTC+1, IST) — all times in the (UTC\n".repeat(n / 8)
                + "All times are ".repeat(n / 4) + "\n");
    }

    @Test
    void should_read_long_timeline_rows_full_of_kind_and_duration_words_in_linear_time() {
        // words that start the scale-up, flag, capacity and message patterns, and impact prose with
        // durations, repeated on one line each
        assertLinear(n -> "# Postmortem\n\n## Impact\n\n" + "stopped for 5 min lasted for 4 h during the ".repeat(n / 8)
                + "\n\n## Timeline\n\n- 14:02 "
                + "scaled from 1 a.b.c.d flag two new posted to #x alert posted ".repeat(n / 8) + "\n");
    }

    private static String followUps(String item) {
        return "# Postmortem\n\n## Follow-ups\n\n" + item + "\n";
    }

    private static void assertLinear(IntFunction<String> document) {
        String small = document.apply(SMALL);
        String large = document.apply(SMALL * FACTOR);
        // GIVEN a document and one eight times larger, each read a few times to warm up
        for (int i = 0; i < 2; i++) {
            PostmortemMarkdown.parse(small);
            PostmortemMarkdown.parse(large);
        }
        // WHEN each is timed (best of three, which is robust to a busy machine)
        long smallNanos = best(small);
        long largeNanos = best(large);
        // THEN the larger takes well under the quadratic 64 times as long
        assertThat((double) largeNanos / Math.max(1, smallNanos))
                .as("time ratio for %dx the input", FACTOR)
                .isLessThan(24.0);
    }

    private static long best(String document) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            PostmortemMarkdown.parse(document);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
