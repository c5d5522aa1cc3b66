package dev.incident.cli.findings;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code --fail-on} threshold: the least serious finding that makes a command exit with code
 * 1. {@link #NEVER} never fails on findings (input and usage errors still exit with 2).
 *
 * <p>Immutable and thread-safe.
 */
public enum FailOn {
    /** Fail on errors only. */
    ERROR(Severity.ERROR),
    /** Fail on warnings and errors. */
    WARNING(Severity.WARNING),
    /** Fail on any finding. */
    NOTE(Severity.NOTE),
    /** Never fail because of findings. */
    NEVER(null);

    private final Optional<Severity> threshold;

    FailOn(Severity threshold) {
        this.threshold = Optional.ofNullable(threshold);
    }

    /**
     * The least serious severity that fails, empty for {@link #NEVER}.
     *
     * @return the threshold
     */
    public Optional<Severity> threshold() {
        return threshold;
    }

    /**
     * Whether a finding of this severity fails the run.
     *
     * @param severity the finding's severity
     * @return {@code true} if {@code severity} is at or above the threshold
     * @throws NullPointerException if {@code severity} is null
     */
    public boolean failsOn(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return threshold.map(severity::isAtLeast).orElse(false);
    }

    /**
     * Whether any of these findings fails the run.
     *
     * @param findings the findings of a run
     * @return {@code true} if at least one finding is at or above the threshold
     * @throws NullPointerException if {@code findings} is null
     */
    public boolean failsOn(Collection<CliFinding> findings) {
        Objects.requireNonNull(findings, "findings");
        return findings.stream().anyMatch(finding -> failsOn(finding.severity()));
    }

    /** The lower-case name, as {@code --fail-on} takes it and {@code --help} shows it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
