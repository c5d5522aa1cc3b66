package dev.incident.lint;

/** How serious a {@link LintFinding} is, from most to least serious. */
public enum FindingSeverity {
    /** Blame or judgement that should not be published; fails a CI check. */
    ERROR,
    /** Wording that often carries blame; worth a second look. */
    WARNING,
    /** A hint. */
    INFO;

    /**
     * Returns whether this severity is at least as serious as {@code other}.
     *
     * @throws NullPointerException if {@code other} is null
     */
    public boolean isAtLeast(FindingSeverity other) {
        return compareTo(java.util.Objects.requireNonNull(other, "other must not be null")) <= 0;
    }
}
