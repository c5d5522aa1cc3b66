package dev.incident.lint;

import dev.incident.internal.Checks;
import dev.incident.lint.internal.Engine;
import java.util.Arrays;
import java.util.List;

/**
 * The blameless-language linter: finds blame, judgement, counterfactuals and hindsight about
 * people, and punitive framing, in plain text or Markdown postmortems. The rules look at who the
 * subject of a sentence is, so systems may fail, forget and miss things freely: "the readiness probe
 * failed to detect the hang" passes, "the on-call failed to acknowledge the page" does not.
 *
 * <p>A linter is immutable, thread-safe and reusable, and does no I/O. Linting is linear in the
 * input's length.
 *
 * <pre>{@code
 * BlamelessLinter linter = BlamelessLinter.builder()
 *     .participants("Priya", "@mchen")
 *     .disable(LintRule.HINDSIGHT)
 *     .build();
 * LintReport report = linter.lintMarkdown(postmortem);
 * if (report.hasErrors()) {
 *     report.findings().forEach(f -> System.out.println(f.line() + ":" + f.column() + " " + f.message()));
 * }
 * }</pre>
 *
 * <p>In Markdown, prose in headings, paragraphs, list items and table cells is linted; code, link
 * destinations, images, HTML and YAML front matter are skipped. Comments suppress findings: {@code
 * <!-- blameless-disable-next-line RULE -- reason -->} for the next non-blank line, and {@code
 * <!-- blameless-disable RULE -->} ... {@code <!-- blameless-enable -->} for a range (leave out RULE
 * for every rule; several rules may be separated by commas). A suppression that suppresses nothing is
 * reported under {@link LintRule#UNUSED_SUPPRESSION}.
 */
public final class BlamelessLinter implements LanguageCheck {
    private static final BlamelessLinter DEFAULTS = new BlamelessLinter(LintConfig.defaults());

    private final LintConfig config;
    private final Engine engine;

    private BlamelessLinter(LintConfig config) {
        this.config = config;
        this.engine = Engine.compile(config);
    }

    /** Returns a linter with every rule at its default severity and nothing added. */
    public static BlamelessLinter withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a linter with the given configuration.
     *
     * @throws NullPointerException if {@code config} is null
     */
    public static BlamelessLinter of(LintConfig config) {
        return new BlamelessLinter(Checks.notNull(config, "config"));
    }

    /** Returns a builder starting from the default configuration. */
    public static Builder builder() {
        return new Builder();
    }

    /** The configuration of this linter. */
    public LintConfig config() {
        return config;
    }

    /** The rules, in declaration order (see {@link LintConfig#isEnabled} for which are on). */
    public static List<LintRule> rules() {
        return List.of(LintRule.values());
    }

    /**
     * Lints plain text. Sentences end at {@code . ! ?}, at blank lines and before lines that start
     * with a list marker.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public LintReport lintText(String text) {
        return LintReport.of(engine.lintText(Checks.notNull(text, "text")).findings());
    }

    /**
     * Lints a Markdown document (CommonMark with GFM tables), honouring suppression comments.
     *
     * @throws NullPointerException if {@code markdown} is null
     */
    public LintReport lintMarkdown(String markdown) {
        return LintReport.of(
                engine.lintMarkdown(Checks.notNull(markdown, "markdown")).findings());
    }

    /**
     * Same as {@link #lintMarkdown(String)}.
     *
     * @throws NullPointerException if {@code markdown} is null
     */
    @Override
    public LintReport check(String markdown) {
        return lintMarkdown(markdown);
    }

    @Override
    public String toString() {
        return "BlamelessLinter" + config;
    }

    /**
     * Builds a {@link BlamelessLinter}; starts from the default configuration. Not thread-safe.
     * Each method fails fast, naming the setting, on a null or invalid argument.
     */
    public static final class Builder {
        private final LintConfig.Builder config = LintConfig.builder();

        private Builder() {}

        /**
         * Turns rules off.
         *
         * @throws NullPointerException if {@code rules} or an element is null
         */
        public Builder disable(LintRule... rules) {
            for (LintRule rule : Checks.notNull(rules, "rules")) {
                config.addDisabledRule(Checks.notNull(rule, "rule"));
            }
            return this;
        }

        /**
         * Sets the severity of a rule's findings.
         *
         * @throws NullPointerException if an argument is null
         */
        public Builder severity(LintRule rule, FindingSeverity severity) {
            config.putSeverityOverride(Checks.notNull(rule, "rule"), Checks.notNull(severity, "severity"));
            return this;
        }

        /**
         * Adds a word or phrase to a rule (see {@link LintTerm}).
         *
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the term is invalid (see {@link LintTerm#of})
         */
        public Builder addTerm(LintRule rule, String phrase) {
            config.addAddedTerm(LintTerm.of(Checks.notNull(rule, "rule"), Checks.notNull(phrase, "phrase")));
            return this;
        }

        /**
         * Allows phrases: findings inside them are dropped.
         *
         * @throws NullPointerException if {@code phrases} or an element is null
         */
        public Builder allowPhrases(String... phrases) {
            for (String phrase : Checks.notNull(phrases, "phrases")) {
                config.addAllowedPhrase(Checks.notNull(phrase, "phrase"));
            }
            return this;
        }

        /**
         * Adds the names or handles of the incident's participants; they count as people.
         *
         * @throws NullPointerException if {@code names} or an element is null
         */
        public Builder participants(String... names) {
            return participants(Arrays.asList(Checks.notNull(names, "names")));
        }

        /**
         * Adds the names or handles of the incident's participants; they count as people.
         *
         * @throws NullPointerException if {@code names} or an element is null
         */
        public Builder participants(Iterable<String> names) {
            for (String name : Checks.notNull(names, "names")) {
                config.addParticipant(Checks.notNull(name, "participant name"));
            }
            return this;
        }

        /**
         * Builds the linter.
         *
         * @throws IllegalArgumentException if a phrase or name is invalid (see {@link LintConfig})
         */
        public BlamelessLinter build() {
            return new BlamelessLinter(config.build());
        }
    }
}
