package dev.incident.cli.findings;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One finding as the command-line tool reports it: where (file, 1-based line and column, an
 * optional end), which rule, how serious, what is wrong, and optionally what to do instead.
 *
 * <p>This type belongs to the tool, not to the library: each command adapter maps its library's
 * findings into it, so the output formats depend on nothing else. Immutable and thread-safe.
 *
 * <pre>{@code
 * CliFinding finding = CliFinding.of("postmortem.md", 12, 5, "blame-word", Severity.WARNING,
 *                 "\"careless\" judges a person")
 *         .withSuggestion("describe what happened and what made it possible");
 * }</pre>
 *
 * @param file the file as the user named it (or {@code <stdin>})
 * @param line the 1-based line of the start
 * @param column the 1-based column of the start, in UTF-16 code units (Java {@code char}s)
 * @param endLine the 1-based line of the end, if known
 * @param endColumn the 1-based column just after the end, if known (requires {@code endLine})
 * @param rule the stable id of the rule that produced the finding, such as {@code blame-word}
 * @param severity how serious the finding is
 * @param message what is wrong, one sentence for people
 * @param suggestion what to write or do instead, if the rule knows
 */
public record CliFinding(
        String file,
        int line,
        int column,
        OptionalInt endLine,
        OptionalInt endColumn,
        String rule,
        Severity severity,
        String message,
        Optional<String> suggestion) {

    /**
     * Checks the finding.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if a line or column is below 1, the end is before the start,
     *     an end column comes without an end line, or the file, rule or message is blank
     */
    public CliFinding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(endLine, "endLine");
        Objects.requireNonNull(endColumn, "endColumn");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestion, "suggestion");
        requireText(file, "file");
        requireText(rule, "rule");
        requireText(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException(
                    "line and column are 1-based, but were line " + line + ", column " + column + " in " + file);
        }
        if (endColumn.isPresent() && endLine.isEmpty()) {
            throw new IllegalArgumentException("endColumn needs endLine, in " + file + ":" + line);
        }
        if (endLine.isPresent() && endLine.getAsInt() < line) {
            throw new IllegalArgumentException(
                    "endLine " + endLine.getAsInt() + " is before line " + line + " in " + file);
        }
        if (endColumn.isPresent()
                && (endColumn.getAsInt() < 1 || (endLine.getAsInt() == line && endColumn.getAsInt() < column))) {
            throw new IllegalArgumentException(
                    "endColumn " + endColumn.getAsInt() + " is before column " + column + " in " + file + ":" + line);
        }
        suggestion = suggestion.filter(text -> !text.isBlank());
    }

    /**
     * A finding at a point, with no end and no suggestion.
     *
     * @param file the file as the user named it
     * @param line the 1-based line
     * @param column the 1-based column
     * @param rule the rule id
     * @param severity how serious it is
     * @param message what is wrong
     * @return the finding
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if the line or column is below 1, or a text is blank
     */
    public static CliFinding of(String file, int line, int column, String rule, Severity severity, String message) {
        return new CliFinding(
                file,
                line,
                column,
                OptionalInt.empty(),
                OptionalInt.empty(),
                rule,
                severity,
                message,
                Optional.empty());
    }

    /**
     * This finding with a suggestion; a blank suggestion means none.
     *
     * @param text what to write or do instead
     * @return a copy with the suggestion
     * @throws NullPointerException if {@code text} is null
     */
    public CliFinding withSuggestion(String text) {
        Objects.requireNonNull(text, "text");
        return new CliFinding(file, line, column, endLine, endColumn, rule, severity, message, Optional.of(text));
    }

    /**
     * This finding with an end position.
     *
     * @param line the 1-based line of the end
     * @param column the 1-based column just after the end
     * @return a copy with the end
     * @throws IllegalArgumentException if the end is before the start
     */
    public CliFinding withEnd(int line, int column) {
        return new CliFinding(
                file,
                this.line,
                this.column,
                OptionalInt.of(line),
                OptionalInt.of(column),
                rule,
                severity,
                message,
                suggestion);
    }

    private static void requireText(String value, String name) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
