package dev.incident.cli.findings;

import java.util.Objects;

/**
 * A rule a command checks, as SARIF's {@code reportingDescriptor} needs it: a stable id, a short
 * description, help text and the severity its findings usually have.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the stable rule id, such as {@code blame-word}
 * @param shortDescription one line saying what the rule looks for
 * @param help what to do about a finding (may be empty)
 * @param defaultSeverity the severity the rule's findings have unless configured otherwise
 */
public record Rule(String id, String shortDescription, String help, Severity defaultSeverity) {

    /**
     * Checks the rule.
     *
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if {@code id} or {@code shortDescription} is blank
     */
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shortDescription, "shortDescription");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        if (id.isBlank() || shortDescription.isBlank()) {
            throw new IllegalArgumentException("a rule needs an id and a short description, got '" + id + "'");
        }
    }
}
