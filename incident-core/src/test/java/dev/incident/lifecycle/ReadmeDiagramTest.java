package dev.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's lifecycle diagram is drawn from {@link TransitionTable#STANDARD}; this test catches drift. */
class ReadmeDiagramTest {
    /** Surefire's working directory is the module; the README is at the repository root. */
    private static final Path README = Path.of("..", "README.md");

    /** The body of the first ```mermaid block whose first line is stateDiagram-v2, if any. */
    static Optional<String> firstStateDiagram(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("```mermaid")) {
                StringBuilder body = new StringBuilder();
                int j = i + 1;
                while (j < lines.size() && !lines.get(j).strip().equals("```")) {
                    body.append(lines.get(j)).append('\n');
                    j++;
                }
                if (body.toString().strip().startsWith("stateDiagram-v2")) {
                    return Optional.of(body.toString());
                }
                i = j;
            }
        }
        return Optional.empty();
    }

    @Test
    void should_match_the_transition_table_when_the_readme_diagram_is_read() throws IOException {
        // GIVEN the README
        assertThat(README).as("README.md at the repository root").exists();
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);

        // WHEN its first state diagram is extracted
        Optional<String> diagram = firstStateDiagram(lines);

        // THEN it is the table's diagram; to fix drift, paste TransitionTable.STANDARD.toMermaid()
        String expected = TransitionTable.STANDARD.toMermaid().strip();
        assertThat(diagram)
                .as("a ```mermaid block starting with stateDiagram-v2 in %s", README)
                .isPresent();
        assertThat(diagram.get().strip())
                .as(
                        "the README's lifecycle diagram; regenerate it from TransitionTable.STANDARD.toMermaid():%n%s",
                        expected)
                .isEqualTo(expected);
    }

    @Test
    void should_find_the_state_diagram_when_other_mermaid_blocks_come_first() {
        // GIVEN a README with a flowchart before the state diagram
        List<String> lines = List.of(
                "# x",
                "```mermaid",
                "flowchart LR",
                "  a --> b",
                "```",
                "text",
                "```mermaid",
                "stateDiagram-v2",
                "    [*] --> declared",
                "```");

        // WHEN the first state diagram is extracted  THEN it is the second block
        assertThat(firstStateDiagram(lines)).contains("stateDiagram-v2\n    [*] --> declared\n");
        assertThat(firstStateDiagram(List.of("no diagram"))).isEmpty();
    }
}
