package dev.incident.lint.internal;

import java.util.List;
import org.commonmark.node.CustomNode;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserFactory;

/**
 * A node holding the source spans of a block's inline content, in place of parsed inlines. The
 * linter scans inline Markdown itself ({@link InlineScanner}), which is several times faster than
 * building inline nodes and keeps the offsets of the original document.
 */
final class RawInlines extends CustomNode {
    private static final InlineParser PARSER =
            (lines, node) -> node.appendChild(new RawInlines(lines.getSourceSpans()));

    /** An inline parser factory that attaches a {@link RawInlines} to each block; stateless. */
    static final InlineParserFactory FACTORY = context -> PARSER;

    final List<SourceSpan> spans;

    RawInlines(List<SourceSpan> spans) {
        this.spans = spans;
    }
}
