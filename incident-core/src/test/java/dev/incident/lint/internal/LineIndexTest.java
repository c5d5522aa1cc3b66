package dev.incident.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void should_map_offsets_to_lines_and_columns_when_breaks_are_mixed() {
        // GIVEN a text with LF, CRLF and a lone CR: lines start at 0, 2, 6 and 8
        String text = "a\nbc\r\nd\re";
        // WHEN
        LineIndex lines = new LineIndex(text);
        // THEN
        assertThat(lines.lineCount()).isEqualTo(4);
        assertThat(lines.line(0)).isEqualTo(1);
        assertThat(lines.column(0)).isEqualTo(1);
        assertThat(lines.line(1)).isEqualTo(1);
        assertThat(lines.column(1)).isEqualTo(2);
        assertThat(lines.line(2)).isEqualTo(2);
        assertThat(lines.column(3)).isEqualTo(2);
        assertThat(lines.line(5)).as("the LF of a CRLF").isEqualTo(2);
        assertThat(lines.column(5)).isEqualTo(4);
        assertThat(lines.line(6)).isEqualTo(3);
        assertThat(lines.column(6)).isEqualTo(1);
        assertThat(lines.line(8)).isEqualTo(4);
        assertThat(lines.column(8)).isEqualTo(1);
        assertThat(lines.lineIndex(9)).isEqualTo(3);
    }

    @Test
    void should_give_line_starts_and_the_text_length_past_the_last_line() {
        // GIVEN
        String text = "one\ntwo\n";
        // WHEN
        LineIndex lines = new LineIndex(text);
        // THEN the trailing break opens an empty third line
        assertThat(lines.lineCount()).isEqualTo(3);
        assertThat(lines.lineStart(0, text.length())).isEqualTo(0);
        assertThat(lines.lineStart(1, text.length())).isEqualTo(4);
        assertThat(lines.lineStart(2, text.length())).isEqualTo(8);
        assertThat(lines.lineStart(3, text.length())).isEqualTo(text.length());
        assertThat(lines.lineStart(7, 99)).isEqualTo(99);
    }

    @Test
    void should_count_a_trailing_carriage_return_as_a_break() {
        // GIVEN
        LineIndex lines = new LineIndex("x\r");
        // THEN
        assertThat(lines.lineCount()).isEqualTo(2);
        assertThat(lines.lineStart(1, 2)).isEqualTo(2);
    }

    @Test
    void should_treat_a_text_without_breaks_as_one_line() {
        // GIVEN
        LineIndex lines = new LineIndex("no breaks here");
        // THEN
        assertThat(lines.lineCount()).isEqualTo(1);
        assertThat(lines.line(13)).isEqualTo(1);
        assertThat(lines.column(13)).isEqualTo(14);
    }

    @Test
    void should_index_every_line_when_there_are_more_lines_than_the_initial_capacity() {
        // GIVEN 40 lines of "x", with LF and, in the second text, CRLF
        String lf = "x\n".repeat(40);
        String crlf = "x\r\n".repeat(40);
        // WHEN
        LineIndex a = new LineIndex(lf);
        LineIndex b = new LineIndex(crlf);
        // THEN
        assertThat(a.lineCount()).isEqualTo(41);
        assertThat(a.line(78)).isEqualTo(40);
        assertThat(a.column(79)).isEqualTo(2);
        assertThat(a.lineStart(39, lf.length())).isEqualTo(78);
        assertThat(b.lineCount()).isEqualTo(41);
        assertThat(b.line(117)).isEqualTo(40);
        assertThat(b.lineStart(20, crlf.length())).isEqualTo(60);
    }

    @Test
    void should_count_a_break_at_the_very_start() {
        // GIVEN
        LineIndex cr = new LineIndex("\rx");
        LineIndex lf = new LineIndex("\nx");
        // THEN
        assertThat(cr.lineCount()).isEqualTo(2);
        assertThat(cr.line(1)).isEqualTo(2);
        assertThat(lf.lineCount()).isEqualTo(2);
        assertThat(lf.line(1)).isEqualTo(2);
        assertThat(lf.column(1)).isEqualTo(1);
    }
}
