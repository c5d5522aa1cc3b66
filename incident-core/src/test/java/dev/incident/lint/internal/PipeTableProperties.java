package dev.incident.lint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The linter finds pipe tables itself ({@link PipeTable}); commonmark-java's tables extension is the
 * reference. For generated tables, the cells the linter reads are the cells the extension builds
 * (within the table's width: the linter also reads cells beyond it). Known differences, left out
 * of the generator: a delimiter row that also reads as a list item ({@code - | -}) starts a list
 * without the extension, so the header is read as one line of prose; and a row that also starts
 * another block ({@code # a | b}, {@code - a | b}, {@code > a | b}) ends the table and is read as
 * that block. Either way every word is still linted, only split into sentences differently.
 */
class PipeTableProperties {
    private static final Parser WITH_TABLES = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Parser WITHOUT_TABLES = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .inlineParserFactory(RawInlines.FACTORY)
            .build();

    private static final List<String> LINES = List.of(
            "| When | What |",
            "When | What",
            "|---|---|",
            "| :-- | --: |",
            "--- | ---",
            ":-:|-",
            "|---|",
            "| 10:00 | Ana botched the cutover |",
            "10:05 | the probe failed \\| twice",
            "| `a|b` | code with a pipe |",
            "| one | two | three |",
            "a|b|c",
            "| trailing escaped \\|",
            "plain prose without pipes",
            "  | indented | row |",
            "",
            "|",
            "||");

    private static Gen<String> documents() {
        return lists().of(Generate.pick(LINES)).ofSizeBetween(1, 12).map(lines -> String.join("\n", lines));
    }

    @Test
    void should_read_the_cells_the_tables_extension_builds() {
        qt().withExamples(3000).forAll(documents()).checkAssert(document -> {
            // GIVEN a document WHEN its tables are read by both THEN the cells are the same
            assertThat(ours(document)).isEqualTo(reference(document));
        });
    }

    @Test
    void should_find_a_table_after_prose_in_the_same_paragraph() {
        String document = "Some prose\n| a | b |\n|---|---|\n| c | d |";
        // GIVEN a paragraph whose last lines are a table WHEN read THEN the table's cells are found
        assertThat(ours(document)).containsExactly(" a ", " b ", " c ", " d ");
        assertThat(reference(document)).containsExactly(" a ", " b ", " c ", " d ");
    }

    @Test
    void should_read_cells_beyond_the_width_of_the_table() {
        String document = "| a |\n|---|\n| b | extra: the engineer was careless |";
        // GIVEN a row wider than its table WHEN read THEN the extra cell is read too (it is in the source)
        List<String> cells = new ArrayList<>();
        forEachCell(document, cells);
        assertThat(cells).containsExactly(" a ", " b ", " extra: the engineer was careless ");
    }

    @Test
    void should_not_take_a_row_of_prose_for_a_delimiter_row() {
        // GIVEN lines that are not delimiter rows WHEN checked THEN they are refused
        for (String line : List.of("", "prose", "|", "| - x |", "---", ":|:", "- -")) {
            assertThat(PipeTable.delimiterCells(line, 0, line.length()))
                    .as(line)
                    .isEqualTo(-1);
        }
        // AND delimiter rows count their cells
        assertThat(PipeTable.delimiterCells("|---|:-:|", 0, 9)).isEqualTo(2);
        assertThat(PipeTable.delimiterCells("-|-", 0, 3)).isEqualTo(2);
        assertThat(PipeTable.delimiterCells("  :--- |", 0, 8)).isEqualTo(1);
    }

    @Test
    void should_lint_a_row_that_starts_another_block_as_that_block() {
        Engine engine = Engine.compile(dev.incident.lint.LintConfig.defaults());
        String document = "| When | What |\n|---|---|\n- 10:05 | the engineer was careless\n";
        // GIVEN a table row that reads as a list item WHEN linted THEN its prose is still linted
        assertThat(engine.lintMarkdown(document).findings())
                .extracting(finding -> finding.matchedText())
                .containsExactly("careless");
    }

    /** The cells of the tables in {@code document} as the linter reads them, within the header's width. */
    private static List<String> ours(String document) {
        List<String> cells = new ArrayList<>();
        read(document, (column, width, cell) -> {
            if (column < width && !cell.isEmpty()) { // the extension gives empty cells no span
                cells.add(cell);
            }
        });
        return cells;
    }

    private static void forEachCell(String document, List<String> cells) {
        read(document, (column, width, cell) -> cells.add(cell));
    }

    interface CellAction {
        void accept(int column, int width, String cell);
    }

    private static void read(String document, CellAction action) {
        forEachParagraph(
                WITHOUT_TABLES.parse(document),
                paragraph -> PipeTable.read(
                        document, 0, ((RawInlines) paragraph.getFirstChild()).spans, new PipeTable.Reader() {
                            @Override
                            public void prose(List<SourceSpan> lines) {
                                assertThat(lines).isNotEmpty();
                            }

                            @Override
                            public void cell(SourceSpan row, int column, int width, int index, int length) {
                                action.accept(column, width, document.substring(index, index + length));
                            }
                        }));
    }

    /** The non-empty cells of the tables in {@code document} as commonmark's extension builds them. */
    private static List<String> reference(String document) {
        List<String> cells = new ArrayList<>();
        collect(WITH_TABLES.parse(document), document, cells);
        return cells;
    }

    private static void collect(Node node, String document, List<String> cells) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableCell && !child.getSourceSpans().isEmpty()) {
                SourceSpan span = child.getSourceSpans().get(0);
                cells.add(document.substring(span.getInputIndex(), span.getInputIndex() + span.getLength()));
            } else if (child instanceof TableRow || !(child instanceof TableCell)) {
                collect(child, document, cells);
            }
        }
    }

    private static void forEachParagraph(Node node, java.util.function.Consumer<Paragraph> action) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof RawInlines) {
                action.accept(paragraph);
            } else {
                forEachParagraph(child, action);
            }
        }
    }
}
