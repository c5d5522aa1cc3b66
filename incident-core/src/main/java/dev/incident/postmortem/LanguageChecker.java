package dev.incident.postmortem;

import dev.incident.internal.Checks;
import dev.incident.lint.BlamelessLinter;
import dev.incident.lint.LanguageCheck;
import dev.incident.lint.LintRule;
import java.util.List;

/**
 * Checks the language of a postmortem's Markdown, such as for blaming language. The completeness
 * validator calls it once per validation with the whole Markdown (as read, or as rendered for a
 * postmortem built in code) and reports every result under {@link Rule#BLAMING_LANGUAGE}, at the
 * severity the profile gives that rule (a checker's warnings stay warnings).
 *
 * <p>This is the seam to the blameless-language linter ({@link #blameless()}, or {@link
 * #of(LanguageCheck)} for a configured one), and to any other checker a team writes.
 * Implementations must be thread-safe and must not throw for any input.
 *
 * <pre>{@code
 * BlamelessLinter linter = BlamelessLinter.builder().participants("Priya", "Marco").build();
 * CompletenessValidator validator =
 *     CompletenessValidator.of(CompletenessProfile.DEFAULT, LanguageChecker.of(linter));
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

    /** Returns the blameless-language linter with its default configuration, as a checker. */
    static LanguageChecker blameless() {
        return of(BlamelessLinter.withDefaults());
    }

    /**
     * Adapts a language check, such as a configured {@link BlamelessLinter}: each lint finding
     * becomes a {@link LanguageFinding} with the same rule id, message, suggestion and position. Every
     * blaming finding is reported as an error, so the profile's severity for {@link
     * Rule#BLAMING_LANGUAGE} decides (an error in the default profile: blamelessness is the cardinal
     * rule); only a suppression comment that suppresses nothing stays a warning.
     *
     * @throws NullPointerException if {@code check} is null
     */
    static LanguageChecker of(LanguageCheck check) {
        Checks.notNull(check, "check");
        return markdown -> check.check(markdown).findings().stream()
                .map(finding -> new LanguageFinding(
                        finding.ruleId(),
                        finding.rule() == LintRule.UNUSED_SUPPRESSION ? FindingSeverity.WARNING : FindingSeverity.ERROR,
                        finding.message(),
                        java.util.Optional.of(finding.suggestion()),
                        finding.line(),
                        finding.column(),
                        finding.matchedText()))
                .toList();
    }
}
