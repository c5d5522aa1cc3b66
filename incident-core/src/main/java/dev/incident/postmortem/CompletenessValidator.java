package dev.incident.postmortem;

import dev.incident.internal.Checks;
import dev.incident.postmortem.internal.Completeness;

/**
 * Checks postmortems against a {@link CompletenessProfile} and returns a {@link CompletenessReport}.
 * Validation never throws for a postmortem: every problem is a finding.
 *
 * <p>Blaming language is found by a {@link LanguageChecker} (none by default; plug in the
 * blameless-language linter). Immutable and thread-safe if the checker is.
 *
 * <pre>{@code
 * CompletenessValidator validator = CompletenessValidator.of(CompletenessProfile.ATLASSIAN);
 * CompletenessReport report = validator.validate(PostmortemMarkdown.parse(markdown));
 * report.findings().forEach(finding -> System.out.println(finding.format()));
 * }</pre>
 */
public final class CompletenessValidator {
    private final CompletenessProfile profile;
    private final LanguageChecker languageChecker;

    private CompletenessValidator(CompletenessProfile profile, LanguageChecker languageChecker) {
        this.profile = profile;
        this.languageChecker = languageChecker;
    }

    /**
     * Returns a validator for {@code profile} that checks blameless language with the default
     * {@link dev.incident.lint.BlamelessLinter}.
     *
     * @throws NullPointerException if {@code profile} is null
     */
    public static CompletenessValidator of(CompletenessProfile profile) {
        return of(profile, LanguageChecker.blameless());
    }

    /**
     * Returns a validator for {@code profile} that checks language with {@code languageChecker}.
     *
     * @throws NullPointerException if an argument is null
     */
    public static CompletenessValidator of(CompletenessProfile profile, LanguageChecker languageChecker) {
        Checks.notNull(profile, "profile");
        Checks.notNull(languageChecker, "languageChecker");
        return new CompletenessValidator(profile, languageChecker);
    }

    /** The profile. */
    public CompletenessProfile profile() {
        return profile;
    }

    /**
     * Validates a postmortem built in code. Findings carry no positions; the language checker reads
     * the postmortem as {@link PostmortemMarkdown#render rendered}.
     *
     * @throws NullPointerException if {@code postmortem} is null
     */
    public CompletenessReport validate(Postmortem postmortem) {
        Checks.notNull(postmortem, "postmortem");
        return Completeness.check(profile, languageChecker, postmortem);
    }

    /**
     * Validates a postmortem read from Markdown; findings carry the line and column they concern.
     *
     * @throws NullPointerException if {@code document} is null
     */
    public CompletenessReport validate(PostmortemDocument document) {
        Checks.notNull(document, "document");
        return Completeness.check(profile, languageChecker, document);
    }
}
