package dev.incident.postmortem;

import dev.incident.internal.Checks;
import java.util.Optional;

/**
 * Something a {@link LanguageChecker} found in a postmortem's Markdown, such as blaming language.
 * Immutable and thread-safe.
 *
 * @param ruleId the checker's own rule id, such as {@code blame-person}; not blank
 * @param severity how serious the checker thinks it is; the validator never makes a {@link
 *     FindingSeverity#WARNING} an error
 * @param message what is wrong; not blank
 * @param hint what to write instead, if the checker suggests something
 * @param line the 1-based line in the Markdown given to the checker
 * @param column the 1-based column
 * @param matchedText the text that was flagged; may be empty
 */
public record LanguageFinding(
        String ruleId,
        FindingSeverity severity,
        String message,
        Optional<String> hint,
        int line,
        int column,
        String matchedText) {

    /**
     * Creates a finding.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code ruleId} or {@code message} is blank, or {@code line}
     *     or {@code column} is below 1
     */
    public LanguageFinding {
        Checks.notBlank(ruleId, "ruleId");
        Checks.notNull(severity, "severity");
        Checks.notBlank(message, "message");
        Checks.notNull(hint, "hint");
        Checks.notNull(matchedText, "matchedText");
        Checks.argument(line >= 1 && column >= 1, "line and column start at 1, got " + line + ":" + column);
    }
}
