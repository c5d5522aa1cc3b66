package dev.incident.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.incident.lint.LintConfig;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Parsing a large Markdown document in chunks gives exactly the findings of parsing it whole, even
 * when fenced code, HTML blocks, lists and quotes hold blank lines.
 */
class MarkdownChunkingProperties {
    private static final Engine ENGINE = Engine.compile(LintConfig.defaults());

    private static final List<String> PIECES = List.of(
            "The engineer was careless.",
            "Ravi forgot the flag.",
            "The probe failed to detect it.",
            "",
            "",
            "```",
            "~~~~",
            "    indented: the intern forgot",
            "- Kim should have checked.",
            "  continued: she missed the page",
            "1. The reviewer was sloppy.",
            "> Quoted: the admin ignored it.",
            ">",
            "<!-- blameless-disable judgement -->",
            "<!-- blameless-enable -->",
            "<!-- blameless-disable-next-line -->",
            "<!--",
            "-->",
            "<pre>",
            "</pre>",
            "<div>",
            "| When | What |",
            "|---|---|",
            "| 10:00 | Ana botched the cutover |",
            "# Heading: human error",
            "Text with `code` and [a link](http://x.test/careless).",
            "===",
            "[ref]: http://x.test/blame",
            "Plain prose: Tomasz forgot the flag, and the probe failed to detect it.",
            "Then Priya should have paged the DBA `while` <b>the</b> [link](http://x.test/a) ran &amp; ran.",
            "Setext heading below",
            "---",
            "Lazy line right after a list or quote: the intern was careless",
            "\tTabbed: the reviewer was sloppy",
            "   Indented three: he missed it",
            "a | b",
            "Ünïcode Sørensen blamed Zoë",
            "<!-- blameless-disable-next-line person-failure -->",
            "Kim forgot the check <!-- blameless-disable-line -->",
            "\r",
            "Trailing spaces make a hard break  ",
            "## Heading: the operator forgot ##",
            "#NoSpace the engineer was careless",
            "####### seven: human error",
            "#",
            "- Item: Ravi ignored the alert",
            "* Item: the admin botched it",
            "+ Item: she missed the page",
            "-  two spaces: the intern forgot",
            "- [ ] task: Kim should have checked",
            "1) Ordered: the on-call failed to respond",
            "2. Second: it was Ana's fault",
            "1.5 million requests failed; the engineer was sloppy",
            "2024-03-04 the release engineer forgot the flag",
            "12% of requests failed because Ravi ignored the alert",
            "* * *",
            "- - -",
            "*Emphasis* at the start: the reviewer was negligent",
            "  - nested: he forgot",
            "> - quoted item: the intern forgot");

    @Test
    void should_give_the_same_findings_when_plain_paragraphs_skip_the_parser() {
        qt().withExamples(1000).forAll(documents(), Generate.range(1, 200)).checkAssert((document, chunk) -> {
            // GIVEN a document WHEN linted with and without the paragraph shortcut THEN the same findings
            assertThat(ENGINE.lintMarkdown(document, chunk, true).findings())
                    .isEqualTo(ENGINE.lintMarkdown(document, chunk, false).findings());
        });
    }

    private static Gen<String> documents() {
        return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 80).map(lines -> String.join("\n", lines));
    }

    @Test
    void should_give_the_same_findings_when_a_document_is_parsed_in_chunks() {
        qt().withExamples(500).forAll(documents(), Generate.range(1, 200)).checkAssert((document, chunk) -> {
            // GIVEN a document WHEN linted whole and in chunks THEN the findings are the same
            assertThat(ENGINE.lintMarkdown(document, chunk).findings())
                    .isEqualTo(ENGINE.lintMarkdown(document, Integer.MAX_VALUE).findings());
        });
    }

    @Test
    void should_not_cut_when_a_line_could_be_read_two_ways() {
        // GIVEN a fence-looking line inside a possible HTML block
        String text = "<div>\n```\n\nafter\n\nmore\n";
        // WHEN / THEN the rest is one chunk
        assertThat(MarkdownSource.chunkEnd(text, 0, 1)).isEqualTo(text.length());
    }

    @Test
    void should_cut_only_before_a_top_level_line_after_a_blank_line() {
        // GIVEN
        String text = "```\nx\n\ny\n```\n\nbbbb\n\ncccc\n";
        // WHEN
        int end = MarkdownSource.chunkEnd(text, 0, 1);
        // THEN the blank line inside the fence is not a cut
        assertThat(text.substring(end)).startsWith("bbbb");
    }
}
