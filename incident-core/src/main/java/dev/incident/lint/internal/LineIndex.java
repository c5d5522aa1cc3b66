package dev.incident.lint.internal;

import java.util.Arrays;

/**
 * The start offsets of the lines of a text, computed once; line and column of an offset by binary
 * search. A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}. Immutable after construction.
 */
final class LineIndex {
    private final int[] starts;
    private final int count;

    LineIndex(CharSequence text) {
        int[] s = new int[16];
        int c = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || (ch == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
                if (c == s.length) {
                    s = Arrays.copyOf(s, c * 2);
                }
                s[c++] = i + 1;
            }
        }
        this.starts = s;
        this.count = c;
    }

    /** The 0-based line of {@code offset}. */
    int lineIndex(int offset) {
        int i = Arrays.binarySearch(starts, 0, count, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** The 1-based line of {@code offset}. */
    int line(int offset) {
        return lineIndex(offset) + 1;
    }

    /** The 1-based column of {@code offset}. */
    int column(int offset) {
        return offset - starts[lineIndex(offset)] + 1;
    }

    /** The offset where the 0-based line starts; the text's length past the last line. */
    int lineStart(int lineIndex, int textLength) {
        return lineIndex < count ? starts[lineIndex] : textLength;
    }

    int lineCount() {
        return count;
    }
}
