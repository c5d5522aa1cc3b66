package dev.incident.lint.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Feeds the prose of a Markdown document to an {@link Analyzer}: headings, paragraphs, list items
 * and table cells, at their offsets in the original document. commonmark-java finds the blocks
 * (skipping fenced and indented code, HTML blocks and link reference definitions); the inline content
 * of each block is scanned by {@link InlineScanner}. YAML front matter is blanked before parsing.
 * Suppression comments are collected from HTML. Stateless; the parser is shared and thread-safe.
 */
final class MarkdownSource {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .inlineParserFactory(RawInlines.FACTORY)
            .build();

    private MarkdownSource() {}

    /** Returns the end of YAML front matter at the very start of {@code text}, or 0 if there is none. */
    static int frontMatterEnd(String text) {
        if (!text.startsWith("---")) {
            return 0;
        }
        int firstLineEnd = lineEnd(text, 0);
        if (!text.substring(3, firstLineEnd).isBlank()) {
            return 0;
        }
        int i = nextLine(text, firstLineEnd);
        while (i < text.length()) {
            int e = lineEnd(text, i);
            String line = text.substring(i, e).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return nextLine(text, e);
            }
            i = nextLine(text, e);
        }
        return 0;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
            lineEnd++;
        }
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\n') {
            lineEnd++;
        }
        return lineEnd;
    }

    /** Blanks out front matter (keeping line breaks, so offsets are unchanged). */
    static String withoutFrontMatter(String text) {
        int end = frontMatterEnd(text);
        if (end == 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < end; i++) {
            if (chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** Documents are parsed in chunks of about this many chars (see {@link #chunkEnd}). */
    static final int CHUNK_SIZE = 32 * 1024;

    /** Parses {@code text} and feeds its prose to {@code analyzer}; suppressions go to {@code out}. */
    static void feed(String text, Analyzer analyzer, List<Suppression> out) {
        feed(text, analyzer, out, CHUNK_SIZE);
    }

    /**
     * Same as {@link #feed(String, Analyzer, List)} with a given chunk size. A large document is cut
     * into chunks at top-level block boundaries that no CommonMark construct crosses, and each chunk
     * is parsed on its own: the result is the same, and the parser's memory stays small. A top-level
     * block that can only be a paragraph (every line starts with a letter: no line can start another
     * block, and a blank line or the end of the text ends it) is scanned without the parser, which
     * gives the same result faster (checked by a property test).
     */
    static void feed(String text, Analyzer analyzer, List<Suppression> out, int chunkSize) {
        feed(text, analyzer, out, chunkSize, true);
    }

    /** Same, with the paragraph shortcut on or off (off: every block goes through the parser). */
    static void feed(String text, Analyzer analyzer, List<Suppression> out, int chunkSize, boolean shortcut) {
        String source = withoutFrontMatter(text);
        InlineScanner inlines = new InlineScanner(text, analyzer, out);
        int length = source.length();
        if (!shortcut || source.indexOf('\r') >= 0) { // a lone CR also ends lines: leave those to the parser
            int start = 0;
            do {
                int end = chunkEnd(source, start, chunkSize);
                parse(source, start, end, text, analyzer, inlines, out);
                start = end;
            } while (start < length);
            return;
        }
        int batch = 0; // the blocks from here to the current one are parsed together
        int block = 0;
        while (block < length) {
            int end = chunkEnd(source, block, 1);
            List<List<SourceSpan>> simple = simpleBlock(source, block, end);
            if (simple != null) {
                if (batch < block) {
                    parse(source, batch, block, text, analyzer, inlines, out);
                }
                for (List<SourceSpan> unit : simple) {
                    scanParagraph(text, 0, unit, inlines);
                }
                analyzer.ops += end - block;
                batch = end;
            } else if (end - batch >= chunkSize) {
                parse(source, batch, end, text, analyzer, inlines, out);
                batch = end;
            }
            block = end;
        }
        if (batch < length || length == 0) {
            parse(source, batch, length, text, analyzer, inlines, out);
        }
    }

    private static void parse(
            String source,
            int start,
            int end,
            String text,
            Analyzer analyzer,
            InlineScanner inlines,
            List<Suppression> out) {
        String chunk = start == 0 && end == source.length() ? source : source.substring(start, end);
        walk(PARSER.parse(chunk), start, text, inlines, out);
        analyzer.ops += end - start;
    }

    /**
     * Reads the top-level block {@code [from, to)} (it starts a line at column 0 and ends at a blank
     * line before a line at column 0, or at the end) without the parser when its structure is plain,
     * and returns its units of prose (each a list of line spans, scanned as a block of its own), or
     * null when the parser must read it. Plain structures: a paragraph (or pipe table) whose lines
     * all start with a letter, a pipe, or digits not followed by {@code .} or {@code )}, so no line
     * can start another block; a single ATX heading; a list of one-line items ({@code - }, {@code * }, {@code + },
     * {@code 1. }, {@code 1) } then a letter); a fenced code block (no prose: an empty list). Blank
     * lines may only end the block.
     */
    static @org.jspecify.annotations.Nullable List<List<SourceSpan>> simpleBlock(String source, int from, int to) {
        int firstEnd = Math.min(lineEndOf(source, from), to);
        if (from >= to || isBlank(source, from, firstEnd)) {
            return null;
        }
        char first = source.charAt(from);
        if (first == '#') {
            int content = atxContent(source, from, firstEnd);
            return content >= 0 && onlyBlankAfter(source, firstEnd, to)
                    ? List.of(List.of(SourceSpan.of(0, 0, content, firstEnd - content)))
                    : null;
        }
        if (first == '`' || first == '~') {
            return isFencedCodeOnly(source, from, firstEnd, to) ? List.of() : null;
        }
        boolean list = listContent(source, from, firstEnd) >= 0;
        List<SourceSpan> paragraph = new ArrayList<>();
        List<List<SourceSpan>> units = new ArrayList<>();
        boolean blank = false;
        int line = from;
        while (line < to) {
            int end = Math.min(lineEndOf(source, line), to);
            if (isBlank(source, line, end)) {
                blank = true;
            } else if (blank) {
                return null; // text after a blank line inside the block: a list item's later paragraph
            } else if (list) {
                int content = listContent(source, line, end);
                if (content < 0) {
                    return null;
                }
                units.add(List.of(SourceSpan.of(0, 0, content, end - content)));
            } else if (startsProse(source, line, end)) {
                paragraph.add(SourceSpan.of(0, 0, line, end - line));
            } else {
                return null;
            }
            line = end + 1;
        }
        if (!list) {
            units.add(paragraph);
        }
        return units;
    }

    /**
     * Whether a line starting at column 0 can only continue or start a paragraph: it starts with a
     * letter, a pipe (a table row: tables are read from paragraphs, see {@link PipeTable}), or digits
     * not followed by {@code .} or {@code )}.
     */
    private static boolean startsProse(String source, int line, int end) {
        char c = source.charAt(line);
        if (Character.isLetter(c) || c == '|') {
            return true;
        }
        if (c < '0' || c > '9') {
            return false;
        }
        int i = line;
        while (i < end && source.charAt(i) >= '0' && source.charAt(i) <= '9') {
            i++;
        }
        return i < end && source.charAt(i) != '.' && source.charAt(i) != ')';
    }

    /**
     * Whether the block {@code [from, to)}, whose first line ends at {@code firstEnd}, is one fenced
     * code block and nothing else: an opening fence at column 0 (three or more backticks whose info
     * string holds no backtick, or three or more tildes), a closing fence of the same char at least as
     * long, indented less than four spaces and followed only by blanks, then only blank lines. The
     * linter skips code, so such a block holds no prose.
     */
    private static boolean isFencedCodeOnly(String source, int from, int firstEnd, int to) {
        char fence = source.charAt(from);
        int length = run(source, from, firstEnd, fence);
        if (length < 3 || (fence == '`' && contains(source, from + length, firstEnd, '`'))) {
            return false;
        }
        int line = firstEnd + 1;
        while (line < to) {
            int end = Math.min(lineEndOf(source, line), to);
            int indent = 0;
            while (indent < 4 && line + indent < end && source.charAt(line + indent) == ' ') {
                indent++;
            }
            int closing = indent < 4 ? run(source, line + indent, end, fence) : 0;
            if (closing >= length && isBlank(source, line + indent + closing, end)) {
                return onlyBlankAfter(source, end, to);
            }
            line = end + 1;
        }
        return false; // never closed: the fence runs to the end of the document
    }

    /** Where the content of a one-line list item starting at {@code line} begins, or -1. */
    private static int listContent(String source, int line, int end) {
        int i = line;
        char c = source.charAt(i);
        if (c == '-' || c == '*' || c == '+') {
            i++;
        } else {
            int digits = 0;
            while (i < end && source.charAt(i) >= '0' && source.charAt(i) <= '9' && digits < 9) {
                i++;
                digits++;
            }
            if (digits == 0 || i >= end || (source.charAt(i) != '.' && source.charAt(i) != ')')) {
                return -1;
            }
            i++;
        }
        // exactly one space, then a letter: no nested block, no indented code, no thematic break
        return i + 1 < end && source.charAt(i) == ' ' && Character.isLetter(source.charAt(i + 1)) ? i + 1 : -1;
    }

    /** Where the content of the ATX heading line {@code [line, end)} begins, or -1 if it is not one. */
    private static int atxContent(String source, int line, int end) {
        int i = line;
        while (i < end && source.charAt(i) == '#' && i - line < 7) {
            i++;
        }
        int level = i - line;
        if (level > 6 || (i < end && source.charAt(i) != ' ')) {
            return -1;
        }
        while (i < end && source.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Whether {@code [from, to)} holds only blank lines (spaces, tabs and line breaks). */
    private static boolean onlyBlankAfter(String source, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    private static int lineEndOf(String source, int from) {
        int end = source.indexOf('\n', from);
        return end < 0 ? source.length() : end;
    }

    private static void walk(Node document, int base, String text, InlineScanner inlines, List<Suppression> out) {
        Deque<Node> stack = new ArrayDeque<>();
        pushChildren(document, stack);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof FencedCodeBlock
                    || node instanceof IndentedCodeBlock
                    || node instanceof LinkReferenceDefinition) {
                continue;
            }
            if (node instanceof HtmlBlock) {
                scanHtml(text, node, base, out);
            } else if (node instanceof Paragraph || node instanceof Heading) {
                Node raw = node.getFirstChild();
                if (raw instanceof RawInlines) {
                    List<SourceSpan> lines = ((RawInlines) raw).spans;
                    if (node instanceof Paragraph) {
                        scanParagraph(text, base, lines, inlines);
                    } else {
                        inlines.scan(lines, base);
                    }
                }
            } else {
                pushChildren(node, stack);
            }
        }
    }

    /** Scans a paragraph's lines: its prose, and each table cell on its own (see {@link PipeTable}). */
    private static void scanParagraph(String text, int base, List<SourceSpan> lines, InlineScanner inlines) {
        PipeTable.read(text, base, lines, new PipeTable.Reader() {
            @Override
            public void prose(List<SourceSpan> prose) {
                inlines.scan(prose, base);
            }

            @Override
            public void cell(SourceSpan row, int column, int width, int index, int length) {
                inlines.scan(base + index, base + index + length);
            }
        });
    }

    /**
     * Returns where the chunk starting at {@code start} ends: the start of the first line after
     * {@code chunkSize} chars that begins at column 0 with a non-blank char right after a blank line,
     * outside a fenced code block and outside an HTML block that may hold blank lines (comments,
     * {@code <script>}, {@code <pre>}, {@code <style>}, {@code <textarea>}, processing instructions,
     * declarations, CDATA). No CommonMark block, list item or inline crosses such a line. The tracking
     * is deliberately simple and conservative: fences and HTML blocks are only tracked when they start
     * at column 0, and on any line that could be read two ways (an indented fence, a fence or HTML
     * start inside a possible HTML block) the rest of the text is one chunk. Returns the text's length
     * if there is no cut. Linear in the chunk's length.
     */
    static int chunkEnd(String text, int start, int chunkSize) {
        int length = text.length();
        if (length - start <= chunkSize) {
            return length;
        }
        char fence = 0;
        int fenceLength = 0;
        String htmlEnd = null;
        boolean maybeHtmlUntilBlank = false;
        boolean previousBlank = false;
        int line = start;
        while (line < length) {
            int lineEnd = text.indexOf('\n', line);
            int next = lineEnd < 0 ? length : lineEnd + 1;
            int contentEnd = lineEnd < 0 ? length : lineEnd;
            int indent = 0;
            while (line + indent < contentEnd && text.charAt(line + indent) == ' ' && indent < 4) {
                indent++;
            }
            int first = line + indent;
            boolean blank = isBlank(text, line, contentEnd);
            if (fence != 0) {
                int r = indent < 4 ? run(text, first, contentEnd, fence) : 0;
                if (r >= fenceLength && isBlank(text, first + r, contentEnd)) {
                    fence = 0;
                }
                previousBlank = false;
            } else if (htmlEnd != null) {
                if (containsIgnoreCase(text, line, contentEnd, htmlEnd)) {
                    htmlEnd = null;
                }
                previousBlank = false;
            } else if (blank) {
                maybeHtmlUntilBlank = false;
                previousBlank = true;
            } else {
                if (line - start >= chunkSize
                        && previousBlank
                        && indent == 0
                        && !Character.isWhitespace(text.charAt(line))) {
                    return line;
                }
                if (indent < 4) {
                    char c = text.charAt(first);
                    int r = (c == '`' || c == '~') ? run(text, first, contentEnd, c) : 0;
                    boolean isFence = r >= 3 && !(c == '`' && contains(text, first + r, contentEnd, '`'));
                    String end = c == '<' ? htmlBlockEnd(text, first, contentEnd) : null;
                    if (isFence || end != null) {
                        if (indent > 0 || maybeHtmlUntilBlank) {
                            return length; // could be read two ways: no more cuts
                        }
                        if (isFence) {
                            fence = c;
                            fenceLength = r;
                        } else if (!containsIgnoreCase(text, first + 1, contentEnd, end)) {
                            htmlEnd = end;
                        }
                    } else if (c == '<') {
                        maybeHtmlUntilBlank = true;
                    }
                }
                previousBlank = false;
            }
            line = next;
        }
        return length;
    }

    private static boolean contains(String text, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static int run(String text, int from, int to, char c) {
        int i = from;
        while (i < to && text.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    /** The end marker of an HTML block of CommonMark types 1 to 5 starting at {@code i}, or null. */
    private static String htmlBlockEnd(String text, int i, int to) {
        if (text.startsWith("<!--", i)) {
            return "-->";
        }
        if (text.startsWith("<?", i)) {
            return "?>";
        }
        if (text.startsWith("<![CDATA[", i)) {
            return "]]>";
        }
        if (text.startsWith("<!", i) && i + 2 < to && Character.isLetter(text.charAt(i + 2))) {
            return ">";
        }
        for (String tag : new String[] {"script", "pre", "style", "textarea"}) {
            if (text.regionMatches(true, i + 1, tag, 0, tag.length())) {
                return "</" + tag + ">";
            }
        }
        return null;
    }

    private static boolean containsIgnoreCase(String text, int from, int to, String needle) {
        for (int i = from; i + needle.length() <= to; i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

    private static void pushChildren(Node node, Deque<Node> stack) {
        Node child = node.getLastChild();
        while (child != null) {
            stack.push(child);
            child = child.getPrevious();
        }
    }

    private static void scanHtml(String text, Node node, int base, List<Suppression> out) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        Suppression.scan(text, base + first.getInputIndex(), base + last.getInputIndex() + last.getLength(), out);
    }
}
