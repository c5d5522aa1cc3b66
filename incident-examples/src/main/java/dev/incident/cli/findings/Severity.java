package dev.incident.cli.findings;

import java.util.Locale;

/**
 * How serious a finding is, most serious first. The names match SARIF's result levels ({@code
 * error}, {@code warning}, {@code note}), so every output format uses the same words.
 *
 * <p>Immutable and thread-safe.
 */
public enum Severity {
    /** Something is wrong and should block a merge. */
    ERROR,
    /** Something is probably wrong and should be looked at. */
    WARNING,
    /** Information: worth knowing, never a failure by default. */
    NOTE;

    /**
     * The lower-case name used in every output format: {@code error}, {@code warning} or {@code
     * note}.
     *
     * @return the label, also SARIF's {@code level} value
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether this severity is at least as serious as {@code other}.
     *
     * @param other the severity to compare with
     * @return {@code true} if this is {@code other} or more serious
     */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) <= 0;
    }
}
