package dev.incident.lint;

import org.immutables.value.Value;

/**
 * An extra word or phrase for one rule, such as {@code LintTerm.of(LintRule.JUDGEMENT, "cowboy")}.
 * Terms are matched as whole words, ignoring case. For {@link LintRule#PERSON_FAILURE}, {@link
 * LintRule#COUNTERFACTUAL} and {@link LintRule#HINDSIGHT} a term is flagged only when a person is the
 * subject; for the other rules, whenever it is not negated. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LintTerm {
    private static final int MAX_LENGTH = 200;

    LintTerm() {}

    /** The rule the term belongs to. */
    @Value.Parameter
    public abstract LintRule rule();

    /** The word or phrase. */
    @Value.Parameter
    public abstract String phrase();

    /**
     * Returns the term.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code phrase} has no letter or digit, is longer than 200
     *     chars, or {@code rule} is {@link LintRule#UNUSED_SUPPRESSION}
     */
    public static LintTerm of(LintRule rule, String phrase) {
        return ImmutableLintTerm.of(rule, phrase);
    }

    @Value.Check
    final void check() {
        if (rule() == LintRule.UNUSED_SUPPRESSION) {
            throw new IllegalArgumentException("terms cannot be added to rule unused-suppression");
        }
        if (phrase().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("term phrase must be at most " + MAX_LENGTH + " chars");
        }
        if (phrase().codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("term phrase must contain a letter or digit, got \"" + phrase() + "\"");
        }
    }
}
