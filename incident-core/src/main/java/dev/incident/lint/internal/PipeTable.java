package dev.incident.lint.internal;

import java.util.List;
import org.commonmark.node.SourceSpan;

/**
 * GFM pipe tables, found among the lines of a paragraph. The linter parses Markdown without
 * commonmark-java's tables extension: building a node per row and cell was a third of the parse
 * time, and the linter only needs to know where each cell's text is, so that a cell is linted on its
 * own like a paragraph. The rules follow commonmark-java's tables extension, which the tests use as
 * the reference: a table starts at a paragraph line (the header row) that holds an unescaped pipe,
 * followed by a delimiter row ({@code |---|:--:|}) with at least as many cells; every later line of
 * the paragraph is a row. Cells are split at unescaped pipes (a pipe inside a code span splits too,
 * as in GFM); a row's leading and trailing pipes are not cells. Unlike a renderer, the linter also
 * reads cells beyond the table's width: they are in the source people read. Stateless.
 */
final class PipeTable {
    private PipeTable() {}

    /** Receives one cell: its input index (relative to the chunk) and length, on the row's line. */
    interface CellSink {
        void cell(SourceSpan row, int inputIndex, int length);
    }

    /** Receives what a paragraph holds, in document order. */
    interface Reader {
        /** Lines of prose (never empty). */
        void prose(List<SourceSpan> lines);

        /**
         * One table cell, in column {@code column} of a table whose header has {@code width} cells
         * ({@code column} may exceed it); its input index is relative to the chunk.
         */
        void cell(SourceSpan row, int column, int width, int inputIndex, int length);
    }

    /**
     * Reads a paragraph's lines: prose, or prose followed by pipe tables. The delimiter row is
     * skipped; a row that is a lone pipe ends the table, and the lines after it are a paragraph again
     * (as in commonmark-java's extension). Linear in the lines' length; no recursion.
     */
    static void read(String text, int base, List<SourceSpan> lines, Reader reader) {
        List<SourceSpan> rest = lines;
        while (!rest.isEmpty()) {
            int header = headerLine(text, base, rest);
            if (header < 0) {
                reader.prose(rest);
                return;
            }
            if (header > 0) {
                reader.prose(rest.subList(0, header));
            }
            SourceSpan headerRow = rest.get(header);
            int headerStart = base + headerRow.getInputIndex();
            int width = cellCount(text, headerStart, Math.min(headerStart + headerRow.getLength(), text.length()));
            int row = header;
            while (row < rest.size() && (row == header || !endsTable(text, base, rest.get(row)))) {
                if (row != header + 1) {
                    int[] column = {0};
                    cells(
                            text,
                            base,
                            rest.get(row),
                            (line, index, length) -> reader.cell(line, column[0]++, width, index, length));
                }
                row++;
            }
            rest = rest.subList(row, rest.size()); // row > header + 1: always progress
        }
    }

    /**
     * Returns the index of the header row of the table in the paragraph lines {@code lines}, or -1
     * if they hold no table. {@code text} is the whole document and {@code base} the chunk's offset
     * in it. Linear in the lines' length.
     */
    static int headerLine(String text, int base, List<SourceSpan> lines) {
        for (int i = 1; i < lines.size(); i++) {
            SourceSpan line = lines.get(i);
            int start = base + line.getInputIndex();
            int delimiterCells = delimiterCells(text, start, Math.min(start + line.getLength(), text.length()));
            if (delimiterCells > 0) {
                SourceSpan header = lines.get(i - 1);
                int headerStart = base + header.getInputIndex();
                int headerEnd = Math.min(headerStart + header.getLength(), text.length());
                int headerCells = cellCount(text, headerStart, headerEnd);
                if (headerCells <= delimiterCells && hasUnescapedPipe(text, headerStart, headerEnd)) {
                    return i - 1;
                }
            }
        }
        return -1;
    }

    /**
     * Returns the number of cells of the delimiter row {@code text[from, to)}, or -1 if it is not one.
     * A delimiter row holds at least one pipe and cells of optional colon, dashes, optional colon.
     */
    static int delimiterCells(String text, int from, int to) {
        int i = skipBlank(text, from, to);
        if (i == to) {
            return -1;
        }
        char first = text.charAt(i);
        if (first != '|' && first != ':' && first != '-') {
            return -1; // the common case: a line of prose
        }
        boolean pipe = false;
        if (first == '|') {
            pipe = true;
            i++;
        }
        int cells = 0;
        while (true) {
            i = skipBlank(text, i, to);
            if (i == to) {
                break;
            }
            if (text.charAt(i) == ':') {
                i++;
            }
            int dashes = i;
            while (i < to && text.charAt(i) == '-') {
                i++;
            }
            if (i == dashes) {
                return -1;
            }
            if (i < to && text.charAt(i) == ':') {
                i++;
            }
            cells++;
            i = skipBlank(text, i, to);
            if (i == to) {
                break;
            }
            if (text.charAt(i) != '|') {
                return -1;
            }
            pipe = true;
            i++;
        }
        return pipe && cells > 0 ? cells : -1;
    }

    /** Splits the row {@code row} into cells and hands each to {@code sink}, in order; a lone pipe has none. */
    static void cells(String text, int base, SourceSpan row, CellSink sink) {
        int start = base + row.getInputIndex();
        int to = Math.min(start + row.getLength(), text.length());
        int from = skipBlank(text, start, to);
        int end = to;
        while (end > from && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (from < end && text.charAt(from) == '|') {
            from++;
        }
        if (from >= end) {
            return; // a lone pipe (or nothing) is a row of no cells; "||" is one empty cell
        }
        if (text.charAt(end - 1) == '|' && !escaped(text, from, end - 1)) {
            end--;
        }
        int cell = from;
        for (int i = from; i <= end; i++) {
            if (i == end || (text.charAt(i) == '|' && !escaped(text, from, i))) {
                sink.cell(row, cell - base, i - cell);
                cell = i + 1;
            }
        }
    }

    /** Whether the row line {@code row} ends a table: it is a lone pipe, a row of no cells. */
    static boolean endsTable(String text, int base, SourceSpan row) {
        int start = base + row.getInputIndex();
        int to = Math.min(start + row.getLength(), text.length());
        int i = skipBlank(text, start, to);
        return i < to && text.charAt(i) == '|' && skipBlank(text, i + 1, to) == to;
    }

    /** The number of cells of the row {@code text[from, to)}. */
    private static int cellCount(String text, int from, int to) {
        int[] count = {0};
        SourceSpan row = SourceSpan.of(0, 0, from, to - from);
        cells(text, 0, row, (line, index, length) -> count[0]++);
        return count[0];
    }

    private static boolean hasUnescapedPipe(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '|' && !escaped(text, from, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the pipe at {@code i} is escaped: a backslash right before it always escapes it. */
    private static boolean escaped(String text, int from, int i) {
        return i > from && text.charAt(i - 1) == '\\';
    }

    private static int skipBlank(String text, int from, int to) {
        int i = from;
        while (i < to && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
