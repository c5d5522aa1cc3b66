package dev.incident.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of linting one document: the findings in a deterministic order (by offset, then rule
 * id, then length), with counts. A report is a value, never an exception. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LintReport {
    /** The order of findings in a report: offset, then rule id, then length, then message. */
    public static final Comparator<LintFinding> ORDER = Comparator.comparingInt(LintFinding::offset)
            .thenComparing(LintFinding::ruleId)
            .thenComparingInt(LintFinding::length)
            .thenComparing(LintFinding::message);

    LintReport() {}

    /** Returns a new builder; findings may be added in any order, the report sorts them. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the report with the given findings, in any order. */
    public static LintReport of(Iterable<? extends LintFinding> findings) {
        return builder().addAllFindings(findings).build();
    }

    /** Returns a report with no findings. */
    public static LintReport empty() {
        return builder().build();
    }

    /** The findings, ordered by {@link #ORDER}. */
    public abstract List<LintFinding> findings();

    /** The number of findings. */
    public final int count() {
        return findings().size();
    }

    /** Returns whether there are no findings. */
    public final boolean isClean() {
        return findings().isEmpty();
    }

    /** Returns the number of findings of the given severity. */
    public final int count(FindingSeverity severity) {
        int n = 0;
        for (LintFinding finding : findings()) {
            if (finding.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /** Returns the number of findings of the given rule. */
    public final int count(LintRule rule) {
        int n = 0;
        for (LintFinding finding : findings()) {
            if (finding.rule() == rule) {
                n++;
            }
        }
        return n;
    }

    /** Returns whether any finding has severity {@link FindingSeverity#ERROR}. */
    public final boolean hasErrors() {
        return count(FindingSeverity.ERROR) > 0;
    }

    /** Returns the findings at least as serious as {@code severity}, in report order. */
    public final List<LintFinding> findingsAtOrAbove(FindingSeverity severity) {
        List<LintFinding> result = new ArrayList<>();
        for (LintFinding finding : findings()) {
            if (finding.severity().isAtLeast(severity)) {
                result.add(finding);
            }
        }
        return List.copyOf(result);
    }

    @Value.Check
    LintReport normalize() {
        for (int i = 1; i < findings().size(); i++) {
            if (ORDER.compare(findings().get(i - 1), findings().get(i)) > 0) {
                List<LintFinding> sorted = new ArrayList<>(findings());
                sorted.sort(ORDER);
                return ImmutableLintReport.builder().addAllFindings(sorted).build();
            }
        }
        return this;
    }

    /** Builds a {@link LintReport}; not thread-safe. */
    public static final class Builder extends ImmutableLintReport.Builder {
        Builder() {}
    }
}
