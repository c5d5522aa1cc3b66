package dev.incident.lint;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The configuration of a {@link BlamelessLinter}: which rules are off, severity overrides, extra
 * terms, allowed phrases and the names of the incident's participants. The default configuration
 * ({@link #defaults()}) runs every rule at its default severity. Immutable and thread-safe.
 *
 * <pre>{@code
 * LintConfig config = LintConfig.builder()
 *     .addDisabledRule(LintRule.HINDSIGHT)
 *     .putSeverityOverride(LintRule.COUNTERFACTUAL, FindingSeverity.ERROR)
 *     .addAddedTerm(LintTerm.of(LintRule.JUDGEMENT, "cowboy"))
 *     .addAllowedPhrase("human error budget")
 *     .addParticipant("Priya", "@mchen")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class LintConfig {
    private static final int MAX_PHRASE_LENGTH = 200;

    LintConfig() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the default configuration: every rule on, default severities, nothing added. */
    public static LintConfig defaults() {
        return builder().build();
    }

    /** The rules that produce no findings. */
    public abstract Set<LintRule> disabledRules();

    /** Severities that replace the rules' defaults. */
    public abstract Map<LintRule, FindingSeverity> severityOverrides();

    /** Extra words and phrases for rules. */
    public abstract List<LintTerm> addedTerms();

    /**
     * Phrases that are never flagged (matched ignoring case): a finding whose matched text lies
     * inside an occurrence of an allowed phrase is dropped.
     */
    public abstract Set<String> allowedPhrases();

    /**
     * Names and handles of people (such as {@code "Priya"}, {@code "Marco Rossi"} or {@code
     * "@mchen"}): the linter treats them as people wherever they appear, even at the start of a
     * sentence.
     */
    public abstract Set<String> participants();

    /** Returns the severity of {@code rule}'s findings under this configuration. */
    public final FindingSeverity severityOf(LintRule rule) {
        FindingSeverity override = severityOverrides().get(rule);
        return override != null ? override : rule.defaultSeverity();
    }

    /** Returns whether {@code rule} is enabled under this configuration. */
    public final boolean isEnabled(LintRule rule) {
        return !disabledRules().contains(rule);
    }

    @Value.Check
    final void check() {
        for (String phrase : allowedPhrases()) {
            checkPhrase(phrase, "allowed phrase");
        }
        for (String name : participants()) {
            checkPhrase(name, "participant name");
        }
    }

    private static void checkPhrase(String phrase, String what) {
        if (phrase.length() > MAX_PHRASE_LENGTH) {
            throw new IllegalArgumentException(what + " must be at most " + MAX_PHRASE_LENGTH + " chars");
        }
        if (phrase.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException(what + " must contain a letter or digit, got \"" + phrase + "\"");
        }
    }

    /** Builds a {@link LintConfig}; not thread-safe. */
    public static final class Builder extends ImmutableLintConfig.Builder {
        Builder() {}
    }
}
