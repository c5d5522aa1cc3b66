package dev.incident.lint;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One finding of the linter: which rule, how serious, what to say, what to suggest, and where the
 * matched text is in the original document. Offsets count UTF-16 chars from 0; line and column are
 * 1-based, the column counting UTF-16 chars from the start of the line. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LintFinding {
    LintFinding() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rule that produced the finding. */
    public abstract LintRule rule();

    /** The rule's stable id, such as {@code human-error}. */
    @Value.Derived
    public String ruleId() {
        return rule().id();
    }

    /** How serious the finding is (the rule's default unless configured otherwise). */
    public abstract FindingSeverity severity();

    /** What is wrong, for people. */
    public abstract String message();

    /** How to reword it systemically. */
    public abstract String suggestion();

    /** A mechanical replacement for the matched text, where there is one (may be empty: delete). */
    public abstract Optional<String> replacement();

    /** The matched text, exactly as it appears in the document at {@link #offset()}. */
    public abstract String matchedText();

    /** The offset of the matched text in the document, from 0. */
    public abstract int offset();

    /** The length of the matched text in chars. */
    public abstract int length();

    /** The 1-based line of {@link #offset()}. */
    public abstract int line();

    /** The 1-based column of {@link #offset()}. */
    public abstract int column();

    @Value.Check
    final void check() {
        if (offset() < 0 || length() < 0 || line() < 1 || column() < 1) {
            throw new IllegalArgumentException("finding position must have offset >= 0, length >= 0, line >= 1"
                    + " and column >= 1, got offset " + offset() + ", length " + length() + ", line " + line()
                    + ", column " + column());
        }
        if (matchedText().length() != length()) {
            throw new IllegalArgumentException("finding length " + length() + " does not match the matched text's"
                    + " length " + matchedText().length());
        }
    }

    /** Builds a {@link LintFinding}; not thread-safe. */
    public static final class Builder extends ImmutableLintFinding.Builder {
        Builder() {}
    }
}
