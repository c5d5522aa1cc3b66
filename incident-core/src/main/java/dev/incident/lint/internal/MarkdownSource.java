package dev.incident.lint.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
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
            .extensions(List.of(TablesExtension.create()))
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

    /** Parses {@code text} and feeds its prose to {@code analyzer}; suppressions go to {@code out}. */
    static void feed(String text, Analyzer analyzer, List<Suppression> out) {
        Node document = PARSER.parse(withoutFrontMatter(text));
        InlineScanner inlines = new InlineScanner(text, analyzer, out);
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
                scanHtml(text, node, out);
            } else if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
                Node raw = node.getFirstChild();
                if (raw instanceof RawInlines) {
                    inlines.scan(((RawInlines) raw).spans);
                }
            } else {
                pushChildren(node, stack);
            }
        }
    }

    private static void pushChildren(Node node, Deque<Node> stack) {
        Node child = node.getLastChild();
        while (child != null) {
            stack.push(child);
            child = child.getPrevious();
        }
    }

    private static void scanHtml(String text, Node node, List<Suppression> out) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        Suppression.scan(text, first.getInputIndex(), last.getInputIndex() + last.getLength(), out);
    }
}
