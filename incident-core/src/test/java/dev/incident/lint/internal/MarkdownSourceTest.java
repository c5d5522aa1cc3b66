package dev.incident.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownSourceTest {

    /** The rest of {@code text} from the first cut, cutting as often as possible. */
    private static String afterFirstCut(String text) {
        return text.substring(MarkdownSource.chunkEnd(text, 0, 1));
    }

    @Test
    void should_not_cut_when_the_rest_fits_in_one_chunk() {
        // GIVEN
        String text = "abc\n\ndef";
        // THEN
        assertThat(MarkdownSource.chunkEnd(text, 0, 8)).isEqualTo(8);
        assertThat(MarkdownSource.chunkEnd(text, 0, 6))
                .as("'def' starts before the chunk size")
                .isEqualTo(8);
        assertThat(MarkdownSource.chunkEnd(text, 0, 5)).isEqualTo(5);
        assertThat(MarkdownSource.chunkEnd(text, 5, 1))
                .as("no blank line after the start")
                .isEqualTo(8);
        assertThat(MarkdownSource.chunkEnd(text, 1, 4)).isEqualTo(5);
        assertThat(MarkdownSource.chunkEnd(text, 1, 5)).isEqualTo(8);
    }

    @Test
    void should_cut_only_before_an_unindented_line_that_follows_a_blank_line() {
        assertThat(afterFirstCut("a\n\n def\n\nghi")).isEqualTo("ghi");
        assertThat(afterFirstCut("a\n\n\tdef\n\nghi")).isEqualTo("ghi");
        assertThat(afterFirstCut("a\nb\n\ncd")).isEqualTo("cd");
        assertThat(afterFirstCut("a\n \t\r\nw")).isEqualTo("w");
        assertThat(afterFirstCut("a\nb\nc")).isEmpty();
    }

    @Test
    void should_not_cut_inside_a_fenced_code_block() {
        assertThat(afterFirstCut("```\n\nx\n```\n\ny")).isEqualTo("y");
        assertThat(afterFirstCut("````\n\nx\n```\n\nz\n````\n\nw")).isEqualTo("w");
        assertThat(afterFirstCut("```\n```x\n\nz\n```\n\nw")).isEqualTo("w");
        assertThat(afterFirstCut("```\n    ```\n\nz\n```\n\nw")).isEqualTo("w");
        assertThat(afterFirstCut("~~~\n\nx\n~~~  \n\nw")).isEqualTo("w");
        assertThat(afterFirstCut("~~~\n\nx\n```\n\nz\n~~~\n\nw")).isEqualTo("w");
    }

    @Test
    void should_cut_after_lines_that_only_look_like_fences() {
        assertThat(afterFirstCut("``\n\nw")).isEqualTo("w");
        assertThat(afterFirstCut("``` a`b\n\nw\n\nv")).isEqualTo("w\n\nv");
        assertThat(afterFirstCut("~~~ a`b\n\nw\n~~~\n\nv")).isEqualTo("v");
        assertThat(afterFirstCut("    ```\n\nw")).isEqualTo("w");
    }

    @Test
    void should_not_cut_inside_an_html_block_that_ends_with_a_marker() {
        assertThat(afterFirstCut("<!--\n\nx\n-->\n\nw")).isEqualTo("w");
        assertThat(afterFirstCut("<!-- one line -->\n\nw")).isEqualTo("w");
        assertThat(afterFirstCut("<?php\n\nx\n?>\n\nw")).isEqualTo("w");
        assertThat(afterFirstCut("<![CDATA[\n\nx\n]]>\n\nw")).isEqualTo("w");
        assertThat(afterFirstCut("<!DOCTYPE\n\nx\n>\n\nw")).isEqualTo("w");
        assertThat(afterFirstCut("<script>\n\nx\n</SCRIPT>\n\nw")).isEqualTo("w");
        assertThat(afterFirstCut("<PRE>\n\nx\n</pre>\n\nw")).isEqualTo("w");
        assertThat(afterFirstCut("<style>\n\nx\n</style>\n\nw")).isEqualTo("w");
        assertThat(afterFirstCut("<textarea>\n\nx\n</textarea>\n\nw")).isEqualTo("w");
    }

    @Test
    void should_cut_after_angle_lines_that_start_no_marker_block() {
        assertThat(afterFirstCut("<!1\n\nw")).isEqualTo("w");
        assertThat(afterFirstCut("<!\n\nw")).isEqualTo("w");
        assertThat(afterFirstCut("<div>\n\nw")).isEqualTo("w");
    }

    @Test
    void should_stop_cutting_when_a_block_start_could_be_read_two_ways() {
        // GIVEN an indented fence, and a fence or comment right after a line that may open an HTML block
        String indentedFence = "a\n\n  ```\n\nw";
        String commentAfterDiv = "<div>\n<!--\n\nw";
        // THEN
        assertThat(MarkdownSource.chunkEnd(indentedFence, 0, 1)).isEqualTo(indentedFence.length());
        assertThat(MarkdownSource.chunkEnd(commentAfterDiv, 0, 1)).isEqualTo(commentAfterDiv.length());
        assertThat(afterFirstCut("  <!--\n\nw")).as("an indented comment").isEmpty();
    }

    @Test
    void should_find_front_matter_when_it_opens_the_document() {
        assertThat(MarkdownSource.frontMatterEnd("---\ntitle: x\n---\nbody")).isEqualTo(17);
        assertThat(MarkdownSource.frontMatterEnd("---  \r\ntitle: x\r\n...\r\nbody"))
                .isEqualTo(22);
        assertThat(MarkdownSource.frontMatterEnd("---\ntitle: x\n---   \n")).isEqualTo(20);
        assertThat(MarkdownSource.frontMatterEnd("---\ntitle: x\n---")).isEqualTo(16);
        assertThat(MarkdownSource.frontMatterEnd("---\rtitle: x\r---\rbody")).isEqualTo(17);
    }

    @Test
    void should_find_no_front_matter_when_it_is_not_opened_or_not_closed() {
        assertThat(MarkdownSource.frontMatterEnd("# Title\n---\n")).isZero();
        assertThat(MarkdownSource.frontMatterEnd("--- x\ntitle\n---\n")).isZero();
        assertThat(MarkdownSource.frontMatterEnd("---\ntitle: never closed\n")).isZero();
        assertThat(MarkdownSource.frontMatterEnd("---\ntitle\n----\n")).isZero();
        assertThat(MarkdownSource.frontMatterEnd("--")).isZero();
    }

    @Test
    void should_blank_front_matter_but_keep_line_breaks_and_the_body() {
        // GIVEN
        String text = "---\r\na: b\n---\nThe body.";
        // WHEN
        String blanked = MarkdownSource.withoutFrontMatter(text);
        // THEN
        assertThat(blanked).isEqualTo("   \r\n    \n   \nThe body.");
        assertThat(MarkdownSource.withoutFrontMatter("No front matter.")).isEqualTo("No front matter.");
    }

    /** Splits {@code text} into top-level blocks and tells, for each, whether it skips the parser. */
    private static java.util.List<String> shortcuts(String text) {
        java.util.List<String> result = new java.util.ArrayList<>();
        int block = 0;
        while (block < text.length()) {
            int end = MarkdownSource.chunkEnd(text, block, 1);
            var units = MarkdownSource.simpleBlock(text, block, end);
            result.add((units == null ? "parser: " : "plain " + units.size() + ": ")
                    + text.substring(block, end).strip());
            block = end;
        }
        return result;
    }

    @Test
    void should_read_headings_and_fenced_code_followed_by_blank_lines_without_the_parser() {
        // GIVEN
        String text = "## Summary\n\n\nText.\n\n```sh\nrm -rf /\n```\n\n~~~~\n```\n~~~~~  \n\n# Last ##\n";
        // WHEN / THEN
        assertThat(shortcuts(text))
                .containsExactly(
                        "plain 1: ## Summary",
                        "plain 1: Text.",
                        "plain 0: ```sh\nrm -rf /\n```",
                        "plain 0: ~~~~\n```\n~~~~~",
                        "plain 1: # Last ##");
    }

    @Test
    void should_leave_fences_that_are_not_one_closed_block_to_the_parser() {
        assertThat(shortcuts("```\nnever closed\n\nText.\n")).containsExactly("parser: ```\nnever closed\n\nText.");
        assertThat(shortcuts("``` info with ` tick\nText.\n```\n"))
                .containsExactly("parser: ``` info with ` tick\nText.\n```");
        assertThat(shortcuts("````\ncode\n```\n````\nafter the fence\n"))
                .containsExactly("parser: ````\ncode\n```\n````\nafter the fence");
        assertThat(shortcuts("```\ncode\n    ```\n```\n")).containsExactly("plain 0: ```\ncode\n    ```\n```");
        assertThat(shortcuts("# Title\ntext under it\n")).containsExactly("parser: # Title\ntext under it");
    }

    /**
     * Which single blocks skip the parser: the routing decision of {@link MarkdownSource#simpleBlock}.
     * The differential property proves the findings equal either way, so only this test sees the
     * routing, which is what makes Markdown linting fast. ("\\n" is a line break.)
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            - item one\\n- item two       | plain 2
            * item                       | plain 1
            + item                       | plain 1
            1. item                      | plain 1
            1) item                      | plain 1
            123456789. item              | plain 1
            1234567890. item             | parser
            -item                        | parser
            -  two                       | parser
            - 1 number                   | parser
            1.item                       | parser
            "- "                         | parser
            - a\\n1. b                    | plain 2
            - a\\nb                       | parser
            - a\\n\\nb                     | parser
            Text here                    | plain 1
            "|a|b|"                      | plain 1
            2026 was fine                | plain 1
            2026. was                    | plain 1
            2026) x                      | plain 1
            12                           | parser
            \u00C9lan vital              | plain 1
            Text\\n- item                 | parser
            Text\\n\\nmore                 | parser
            # Title                      | plain 1
            ###### Six                   | plain 1
            ####### Seven                | parser
            #Title                       | parser
            #                            | plain 1
            #   spaced                   | plain 1
            ```\\ncode\\n```               | plain 0
            ~~~\\ncode\\n~~~               | plain 0
            ``\\ncode\\n``                 | parser
            ```\\ncode\\n``                | parser
            ```\\ncode\\n````              | plain 0
            ```\\ncode\\n~~~               | parser
            ```\\ncode\\n   ```            | plain 0
            ```\\ncode\\n    ```           | parser
            ```\\ncode\\n``` x             | parser
            ```\\n```\\ntext               | parser
            ``` a`b\\ncode\\n```           | parser
            ~~~ a`b\\ncode\\n~~~           | plain 0
            ```\\ncode\\n```\\n\\n           | plain 0
            """)
    void should_read_only_plain_blocks_without_the_parser(String block, String expected) {
        // GIVEN one top-level block, ending with a line break
        String text = block.translateEscapes() + "\n";
        // WHEN
        var units = MarkdownSource.simpleBlock(text, 0, text.length());
        // THEN
        assertThat(units == null ? "parser" : "plain " + units.size()).isEqualTo(expected);
    }
}
