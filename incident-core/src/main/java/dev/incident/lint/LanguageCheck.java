package dev.incident.lint;

/**
 * A check of the language of a Markdown document, as used by the postmortem completeness validator.
 * {@link BlamelessLinter} implements it with {@link BlamelessLinter#lintMarkdown(String)}.
 * Implementations must be thread-safe and must not do I/O.
 */
@FunctionalInterface
public interface LanguageCheck {
    /**
     * Checks a Markdown document.
     *
     * @param markdown the document; not null
     * @return the findings, as a value (never an exception for bad language)
     * @throws NullPointerException if {@code markdown} is null
     */
    LintReport check(String markdown);
}
