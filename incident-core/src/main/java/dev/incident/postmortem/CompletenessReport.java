package dev.incident.postmortem;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of validating a postmortem against a profile: its findings, in a deterministic order
 * (findings without a position first, then by line and column; ties by rule and message). A
 * postmortem is complete when there is no error. Immutable and thread-safe.
 *
 * <pre>{@code
 * CompletenessReport report = CompletenessValidator.of(CompletenessProfile.DEFAULT).validate(postmortem);
 * if (!report.isComplete()) {
 *     report.errors().forEach(finding -> System.err.println(finding.format()));
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class CompletenessReport {
    CompletenessReport() {}

    /** Returns a new builder; findings are kept in the order added. */
    public static Builder builder() {
        return new Builder();
    }

    /** The name of the profile used. */
    public abstract String profileName();

    /** The findings. */
    public abstract List<Finding> findings();

    /** Returns whether there are no errors (warnings allowed). */
    public final boolean isComplete() {
        return errorCount() == 0;
    }

    /** The errors, in order. */
    public final List<Finding> errors() {
        return findings().stream().filter(Finding::isError).toList();
    }

    /** The warnings, in order. */
    public final List<Finding> warnings() {
        return findings().stream().filter(finding -> !finding.isError()).toList();
    }

    /** How many errors. */
    public final int errorCount() {
        return (int) findings().stream().filter(Finding::isError).count();
    }

    /** How many warnings. */
    public final int warningCount() {
        return findings().size() - errorCount();
    }

    /** The findings of one rule, in order. */
    public final List<Finding> findings(Rule rule) {
        return findings().stream().filter(finding -> finding.rule() == rule).toList();
    }

    /**
     * Returns the report as text: one line per finding ({@link Finding#format()}) and a last line
     * with the verdict and the counts.
     */
    public final String format() {
        String lines = findings().stream().map(Finding::format).collect(Collectors.joining("\n"));
        String verdict = (isComplete() ? "complete" : "incomplete") + " against profile " + profileName() + ": "
                + errorCount() + " error(s), " + warningCount() + " warning(s)";
        return lines.isEmpty() ? verdict : lines + "\n" + verdict;
    }

    @Override
    public String toString() {
        return format();
    }

    /** Builds a {@link CompletenessReport}; not thread-safe. */
    public static final class Builder extends ImmutableCompletenessReport.Builder {
        Builder() {}
    }
}
