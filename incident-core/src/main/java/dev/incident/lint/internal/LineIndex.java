package dev.incident.lint.internal;

import java.util.Arrays;

/**
 * The start offsets of the lines of a text, computed once; line and column of an offset by binary
 * search. A line ends at {@code \n}, {@code \r\n} or a lone {@code \r}. Immutable after construction.
 */
final class LineIndex {
    private final int[] starts;
    private final int count;

    LineIndex(String text) {
        int[] s = new int[16];
        int c = 1;
        int length = text.length();
        boolean carriageReturns = text.indexOf('\r') >= 0;
        int i = carriageReturns ? nextBreak(text, 0) : text.indexOf('\n');
        while (i >= 0) {
            int next = i + 1;
            if (text.charAt(i) == '\r' && next < length && text.charAt(next) == '\n') {
                next++;
            }
            if (c == s.length) {
                s = Arrays.copyOf(s, c * 2);
            }
            s[c++] = next;
            i = next >= length ? -1 : carriageReturns ? nextBreak(text, next) : text.indexOf('\n', next);
        }
        this.starts = s;
        this.count = c;
    }

    private static int nextBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                return i;
            }
        }
        return -1;
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
