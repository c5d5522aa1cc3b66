package dev.incident.postmortem;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in a postmortem: which rule, how serious, which section, a message and a hint,
 * and where in the Markdown when the postmortem was read from Markdown. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
    Finding() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rule. */
    public abstract Rule rule();

    /** The rule's stable id, such as {@code follow-up-no-owner}. */
    public final String ruleId() {
        return rule().id();
    }

    /** How serious it is. */
    public abstract FindingSeverity severity();

    /** The section concerned, if one is. */
    public abstract Optional<Section> section();

    /** What is wrong, in a sentence. */
    public abstract String message();

    /** What to do about it. */
    public abstract String hint();

    /** Where it is in the Markdown, when the postmortem was read from Markdown. */
    public abstract Optional<Position> position();

    /** Returns whether this is an {@link FindingSeverity#ERROR}. */
    public final boolean isError() {
        return severity() == FindingSeverity.ERROR;
    }

    /**
     * Returns the finding as one line, like a compiler message: {@code 12:3: error
     * [follow-up-no-owner] message (hint)}.
     */
    public final String format() {
        StringBuilder out = new StringBuilder();
        position().ifPresent(position -> out.append(position).append(": "));
        out.append(severity() == FindingSeverity.ERROR ? "error" : "warning")
                .append(" [")
                .append(ruleId())
                .append("] ")
                .append(message());
        if (!hint().isEmpty()) {
            out.append(" (").append(hint()).append(')');
        }
        return out.toString();
    }

    @Value.Check
    final void check() {
        if (message().isBlank()) {
            throw new IllegalArgumentException("finding message must not be blank");
        }
    }

    /** Builds a {@link Finding}; not thread-safe. */
    public static final class Builder extends ImmutableFinding.Builder {
        Builder() {}
    }
}
