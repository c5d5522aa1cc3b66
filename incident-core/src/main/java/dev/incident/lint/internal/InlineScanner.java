package dev.incident.lint.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.SourceSpan;

/**
 * Scans the inline Markdown of one block (its lines, as source spans of the original document) and
 * feeds the prose to an {@link Analyzer}: code spans become opaque tokens; raw HTML, autolinks, link
 * destinations, reference labels and entities are skipped; HTML comments are checked for suppression
 * directives. Every search is bounded and remembered when it fails, so a block is scanned in linear
 * time whatever it holds. Not thread-safe; one per lint call.
 */
final class InlineScanner {
    private final String text;
    private final char[] chars;
    private final Analyzer analyzer;
    private final List<Suppression> suppressions;

    private int[] runStart = new int[16];
    private int[] runLength = new int[16];
    private int[] runNextSame = new int[16];
    private int runs;

    /** Positions before which a failed search need not be repeated. */
    private int noCloseAngleUntil;

    private int noCloseParenUntil;
    private int noCommentEndUntil;
    private int noCloseBracketUntil;

    InlineScanner(String text, Analyzer analyzer, List<Suppression> suppressions) {
        this.text = text;
        this.chars = analyzer.chars();
        this.analyzer = analyzer;
        this.suppressions = suppressions;
    }

    /** Scans one block's lines (whose input indexes are relative to {@code base}) and ends the block. */
    void scan(List<SourceSpan> spans, int base) {
        if (spans.size() > lineFrom.length) {
            lineFrom = new int[Math.max(spans.size(), lineFrom.length * 2)];
            lineTo = new int[lineFrom.length];
        }
        int count = 0;
        for (SourceSpan span : spans) {
            int s = base + span.getInputIndex();
            lineFrom[count] = s;
            lineTo[count] = Math.min(s + span.getLength(), text.length());
            count++;
        }
        lines = count;
        scanLines();
    }

    /** Scans a block of one line, {@code [from, to)} of the document (a table cell), and ends the block. */
    void scan(int from, int to) {
        lineFrom[0] = from;
        lineTo[0] = Math.min(to, text.length());
        lines = 1;
        scanLines();
    }

    /** The current block's lines: {@code [lineFrom[k], lineTo[k])} of the document, in order. */
    private int[] lineFrom = new int[16];

    private int[] lineTo = new int[16];
    private int lines;

    private void scanLines() {
        collectBacktickRuns();
        noCloseAngleUntil = -1;
        noCloseParenUntil = -1;
        noCommentEndUntil = -1;
        noCloseBracketUntil = -1;
        int skipUntil = -1;
        int run = 0;
        for (int line = 0; line < lines; line++) {
            int s = lineFrom[line];
            int e = lineTo[line];
            int i = Math.max(s, skipUntil);
            int segment = i;
            analyzer.ops += Math.max(0, e - i);
            while (i < e) {
                char c = chars[i];
                if (c >= 128 || !SPECIAL[c]) {
                    i++;
                    continue;
                }
                if (c == '\\' && i + 1 < e && isAsciiPunctuation(chars[i + 1])) {
                    i += 2;
                } else if (c == '`') {
                    while (run < runs && runStart[run] < i) {
                        run++;
                    }
                    int closer = run < runs ? runNextSame[run] : -1;
                    if (closer < 0) {
                        i += run < runs ? runLength[run] : 1;
                        continue;
                    }
                    int end = runStart[closer] + runLength[closer];
                    analyzer.feed(segment, i);
                    analyzer.opaque(i, Math.min(end, e));
                    skipUntil = end;
                    run = closer + 1;
                    i = end;
                    segment = Math.min(end, e);
                } else if (c == '<') {
                    int end = angle(i, e);
                    if (end > i) {
                        analyzer.feed(segment, i);
                        i = end;
                        segment = end;
                    } else {
                        i++;
                    }
                } else if (c == ']' && i + 1 < e && (chars[i + 1] == '(' || chars[i + 1] == '[')) {
                    int end = chars[i + 1] == '(' ? closeParen(i + 2, e) : closeBracket(i + 2, e);
                    if (end > i) {
                        analyzer.feed(segment, i);
                        i = end;
                        segment = end;
                    } else {
                        i++;
                    }
                } else if (c == '&') {
                    int end = entity(i, e);
                    if (end > i) {
                        analyzer.feed(segment, i);
                        analyzer.opaque(i, end);
                        i = end;
                        segment = end;
                    } else {
                        i++;
                    }
                } else {
                    i++;
                }
            }
            if (segment < e) {
                analyzer.feed(segment, e);
            }
        }
        analyzer.endBlock();
    }

    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (char c : new char[] {'\\', '`', '<', ']', '&'}) {
            SPECIAL[c] = true;
        }
    }

    private static boolean isAsciiPunctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /** The position of the next backtick at or after the last search; blocks come in document order. */
    private int nextBacktick = -2;

    /** Records every backtick run of the block and, for each, the next run of the same length. */
    private void collectBacktickRuns() {
        runs = 0;
        for (int line = 0; line < lines; line++) {
            int s = lineFrom[line];
            int e = lineTo[line];
            if (nextBacktick != -1 && nextBacktick < s) {
                nextBacktick = text.indexOf('`', s); // amortised: the pointer only moves forward
            }
            while (nextBacktick >= 0 && nextBacktick < e) {
                int i = nextBacktick;
                int j = i;
                while (j < e && chars[j] == '`') {
                    j++;
                }
                int start = i;
                if (i > s && chars[i - 1] == '\\') {
                    start++; // an escaped backtick is literal
                }
                if (j > start) {
                    addRun(start, j - start);
                }
                analyzer.ops += j - i;
                nextBacktick = text.indexOf('`', j);
            }
        }
        if (runs == 0) {
            return;
        }
        Map<Integer, Integer> next = new HashMap<>();
        for (int r = runs - 1; r >= 0; r--) {
            Integer same = next.put(runLength[r], r);
            runNextSame[r] = same == null ? -1 : same;
        }
    }

    private void addRun(int start, int length) {
        if (runs == runStart.length) {
            runStart = Arrays.copyOf(runStart, runs * 2);
            runLength = Arrays.copyOf(runLength, runs * 2);
            runNextSame = Arrays.copyOf(runNextSame, runs * 2);
        }
        runStart[runs] = start;
        runLength[runs] = length;
        runs++;
    }

    /** The end of raw HTML, an HTML comment or an autolink starting at {@code i}, or -1. */
    private int angle(int i, int e) {
        if (i + 1 >= e) {
            return -1;
        }
        char c = chars[i + 1];
        if (c == '!' && text.startsWith("!--", i + 1)) {
            if (noCommentEndUntil >= e) {
                return -1;
            }
            int close = find("-->", i + 4, e);
            if (close < 0) {
                noCommentEndUntil = e;
                return -1;
            }
            Suppression.scan(text, i, close + 3, suppressions);
            return close + 3;
        }
        boolean tagLike =
                isAsciiLetter(c) || c == '!' || c == '?' || (c == '/' && i + 2 < e && isAsciiLetter(chars[i + 2]));
        if (!tagLike || noCloseAngleUntil >= e) {
            return -1;
        }
        for (int j = i + 1; j < e; j++) {
            analyzer.ops++;
            char d = chars[j];
            if (d == '>') {
                return j + 1;
            }
            if (d == '<') {
                return -1; // not a tag; the next '<' gets its own chance
            }
        }
        noCloseAngleUntil = e;
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The end of a link destination and title {@code (...)} whose content starts at {@code i}. */
    private int closeParen(int i, int e) {
        if (noCloseParenUntil >= e) {
            return -1;
        }
        int depth = 1;
        for (int j = i; j < e; j++) {
            analyzer.ops++;
            char d = chars[j];
            if (d == '\\') {
                j++;
            } else if (d == '(') {
                depth++;
            } else if (d == ')' && --depth == 0) {
                return j + 1;
            }
        }
        noCloseParenUntil = e;
        return -1;
    }

    /** The end of a reference label {@code [...]} whose content starts at {@code i}. */
    private int closeBracket(int i, int e) {
        if (noCloseBracketUntil >= e) {
            return -1;
        }
        for (int j = i; j < e && j < i + 1000; j++) {
            analyzer.ops++;
            char d = chars[j];
            if (d == ']') {
                return j + 1;
            }
            if (d == '[') {
                return -1;
            }
        }
        noCloseBracketUntil = e;
        return -1;
    }

    /** The end of an entity such as {@code &amp;} or {@code &#8212;} at {@code i}, or -1. */
    private int entity(int i, int e) {
        int limit = Math.min(e, i + 33);
        for (int j = i + 1; j < limit; j++) {
            char d = chars[j];
            if (d == ';') {
                return j > i + 1 ? j + 1 : -1;
            }
            if (!(isAsciiLetter(d) || (d >= '0' && d <= '9') || d == '#')) {
                return -1;
            }
        }
        return -1;
    }

    private int find(String pattern, int from, int e) {
        int last = e - pattern.length();
        for (int j = from; j <= last; j++) {
            analyzer.ops++;
            if (text.startsWith(pattern, j)) {
                return j;
            }
        }
        return -1;
    }
}
