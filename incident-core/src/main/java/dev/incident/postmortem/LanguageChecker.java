package dev.incident.postmortem;

import java.util.List;

/**
 * Checks the language of a postmortem's Markdown, such as for blaming language. The completeness
 * validator calls it once per validation with the whole Markdown (as read, or as rendered for a
 * postmortem built in code) and reports every result under {@link Rule#BLAMING_LANGUAGE}, at the
 * severity the profile gives that rule (a checker's warnings stay warnings).
 *
 * <p>This is the seam to the blameless-language linter, which lives in its own package: adapt it
 * with a lambda. Implementations must be thread-safe and must not throw for any input.
 *
 * <pre>{@code
 * LanguageChecker checker = markdown -> linter.lintMarkdown(markdown).findings().stream()
 *     .map(f -> new LanguageFinding(f.ruleId(), FindingSeverity.ERROR, f.message(),
 *         f.suggestion(), f.line(), f.column(), f.matchedText()))
 *     .toList();
 * CompletenessValidator validator = CompletenessValidator.of(CompletenessProfile.DEFAULT, checker);
 * }</pre>
 */
@FunctionalInterface
public interface LanguageChecker {
    /** A checker that finds nothing. */
    LanguageChecker NONE = markdown -> List.of();

    /**
     * Returns what the checker finds in {@code markdown}, with 1-based lines and columns in it.
     *
     * @param markdown a whole postmortem in Markdown
     */
    List<LanguageFinding> check(String markdown);

    /** Returns the checker that finds nothing. */
    static LanguageChecker none() {
        return NONE;
    }
}
