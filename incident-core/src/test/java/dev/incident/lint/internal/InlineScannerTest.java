package dev.incident.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.lint.LintConfig;
import dev.incident.lint.LintFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the inline scanner hides from the analyzer (code spans, raw HTML, link destinations,
 * reference labels, entities) and what it keeps, seen through the offsets of "careless".
 */
class InlineScannerTest {
    private static final Engine ENGINE = Engine.compile(LintConfig.defaults());

    /** The offsets of the findings in {@code markdown}. */
    private static List<Integer> offsets(String markdown) {
        return ENGINE.lintMarkdown(markdown).findings().stream()
                .map(LintFinding::offset)
                .toList();
    }

    @Test
    void should_hide_code_spans_but_not_escaped_or_unmatched_backticks() {
        assertThat(offsets("``a ` the engineer was careless`` ok")).isEmpty();
        assertThat(offsets("Text `the careless\nengineer` ok"))
                .as("a span over two lines")
                .isEmpty();
        assertThat(offsets("`a` b `the careless engineer`")).isEmpty();
        assertThat(offsets("Kim said \\`the engineer was careless\\`.")).containsExactly(28);
        assertThat(offsets("\\`a\\` the careless engineer`")).containsExactly(10);
        assertThat(offsets("The `engineer was careless.")).containsExactly(18);
        assertThat(offsets("``x` The engineer was careless.")).containsExactly(22);
    }

    @Test
    void should_hide_raw_html_tags_but_not_escaped_or_unclosed_ones() {
        assertThat(offsets("Text <span title=\"the careless engineer\"> ok")).isEmpty();
        assertThat(offsets("x </b the careless engineer>")).isEmpty();
        assertThat(offsets("Text <?php the careless engineer ?> ok")).isEmpty();
        assertThat(offsets("Text <!x the careless engineer > ok")).isEmpty();
        assertThat(offsets("Text \\<span title=the careless engineer> ok")).containsExactly(22);
        assertThat(offsets("Text <b the careless engineer")).containsExactly(12);
        assertThat(offsets("<a <b>the engineer was careless.")).containsExactly(23);
        assertThat(offsets("a < b, the engineer was careless.")).containsExactly(24);
        assertThat(offsets("x <9 the careless engineer>")).containsExactly(9);
        assertThat(offsets("x </9 the careless engineer>")).containsExactly(10);
        assertThat(offsets("<https://x.test/careless> The engineer was careless."))
                .containsExactly(43);
    }

    @Test
    void should_hide_closed_inline_comments_only() {
        assertThat(offsets("Text <!-- the careless engineer --> ok")).isEmpty();
        assertThat(offsets("Text <!-- the engineer was careless.")).containsExactly(27);
    }

    @Test
    void should_hide_link_destinations_with_nested_or_escaped_parentheses() {
        assertThat(offsets("[x](a(b) the careless engineer)")).isEmpty();
        assertThat(offsets("[x](a\\) the careless engineer)")).isEmpty();
        assertThat(offsets("[x](http://a/(careless)) The careless engineer.")).containsExactly(29);
        assertThat(offsets("Text [x](http://a/(b) the careless engineer")).containsExactly(26);
        assertThat(offsets("Unclosed [x](the careless engineer")).containsExactly(17);
    }

    @Test
    void should_hide_reference_labels_up_to_a_thousand_chars() {
        // GIVEN
        String longLabel = "[x][" + "a ".repeat(520) + "the careless engineer]";
        // THEN
        assertThat(offsets("[x][a the careless engineer]")).isEmpty();
        assertThat(offsets("[x][careless] the engineer.")).isEmpty();
        assertThat(offsets(longLabel)).containsExactly(1048);
        assertThat(offsets("[a][the engineer was careless.")).containsExactly(21);
    }

    @Test
    void should_hide_entities_of_up_to_thirty_two_chars() {
        assertThat(offsets("The engineer was &careless;")).isEmpty();
        assertThat(offsets("The engineer was &" + "#".repeat(23) + "careless;")).isEmpty();
        assertThat(offsets("The engineer was &" + "#".repeat(24) + "careless;")).containsExactly(42);
        assertThat(offsets("The engineer was & careless;")).containsExactly(19);
        assertThat(offsets("The engineer was &;careless.")).containsExactly(19);
        assertThat(offsets("The engineer was &quot;careless&quot;.")).containsExactly(23);
    }

    @Test
    void should_lint_headings_quotes_list_items_and_table_cells_but_not_reference_definitions() {
        assertThat(offsets("# The careless engineer")).containsExactly(6);
        assertThat(offsets("Setext the careless engineer\n===")).containsExactly(11);
        assertThat(offsets("> The careless engineer\n> was careless.")).containsExactly(6, 30);
        assertThat(offsets("- item\n\n  The careless engineer.")).containsExactly(14);
        assertThat(offsets("| a | b |\n|---|---|\n| the careless engineer | x |"))
                .containsExactly(26);
        assertThat(offsets("[ref]: http://x/y \"the careless engineer\"\n\nok")).isEmpty();
    }
}
