package dev.incident.lint;

import java.util.Optional;

/**
 * The rules of the blameless-language linter. Each has a stable kebab-case {@link #id()} (used in
 * configuration and in suppression comments), a default severity and a description.
 */
public enum LintRule {
    /** "Human error", "operator error", "user error" and the like named as a cause. */
    HUMAN_ERROR(
            "human-error",
            FindingSeverity.ERROR,
            "Human, operator, user, engineer or pilot error named as a cause.",
            "Name the systemic condition instead: which safeguard, alert, review gate or interface let"
                    + " the action through?"),
    /** Fault and blame put on people. */
    BLAME_ATTRIBUTION(
            "blame-attribution",
            FindingSeverity.ERROR,
            "Fault or blame put on a person: \"X's fault\", \"at fault\", \"to blame\", \"the culprit\","
                    + " a person \"responsible for the outage\".",
            "Describe what happened and which control was missing; incidents have contributing factors,"
                    + " not culprits."),
    /** Judging people: careless, sloppy, negligent, poor judgement. */
    JUDGEMENT(
            "judgement",
            FindingSeverity.ERROR,
            "A judgement of a person: careless, sloppy, negligent, reckless, lazy, incompetent, poor"
                    + " judgement, lack of diligence.",
            "Describe the action and the context that made it look reasonable at the time."),
    /** Counterfactuals about people: should have, could have, if only, had they. */
    COUNTERFACTUAL(
            "counterfactual",
            FindingSeverity.WARNING,
            "A counterfactual about a person: \"X should have\", \"could have\", \"if only X had\","
                    + " \"why didn't anyone\".",
            "Describe what the person knew at the time and what would have made the risk visible: an"
                    + " alert, a check, a runbook step."),
    /** A person as the subject of a failure verb. */
    PERSON_FAILURE(
            "person-failure",
            FindingSeverity.WARNING,
            "A person as the subject of a failure verb: failed to, forgot, neglected, ignored, missed,"
                    + " mistakenly, broke production, caused the outage, took down.",
            "Make the system the subject: which alert, guardrail, default or checklist step did not catch" + " it?"),
    /** Hindsight and minimising about people: obviously, clearly, simply, anyone could see. */
    HINDSIGHT(
            "hindsight",
            FindingSeverity.WARNING,
            "Hindsight or minimising about people: obviously, clearly, simply, \"just had to\","
                    + " \"anyone could see\", \"any competent engineer\".",
            "Drop the hindsight; describe what the situation looked like from the inside at the time."),
    /** Punitive framing: reprimanded, held accountable, be more careful, dropped the ball. */
    PUNITIVE(
            "punitive",
            FindingSeverity.ERROR,
            "Punitive framing: reprimanded, disciplined, held accountable, \"should be more careful\","
                    + " \"pay more attention\", \"dropped the ball\".",
            "Make the follow-up a change to the system (an alert, a guardrail, a better default), not to"
                    + " a person."),
    /** An inline suppression comment that suppressed nothing. */
    UNUSED_SUPPRESSION(
            "unused-suppression",
            FindingSeverity.WARNING,
            "A blameless-disable comment that suppressed no finding, or names an unknown rule.",
            "Remove the comment, or fix the rule id it names.");

    private final String id;
    private final FindingSeverity defaultSeverity;
    private final String description;
    private final String suggestion;

    LintRule(String id, FindingSeverity defaultSeverity, String description, String suggestion) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
        this.suggestion = suggestion;
    }

    /** The stable kebab-case id, such as {@code human-error}. */
    public String id() {
        return id;
    }

    /** The severity of this rule's findings unless configured otherwise. */
    public FindingSeverity defaultSeverity() {
        return defaultSeverity;
    }

    /** What the rule flags, in one sentence. */
    public String description() {
        return description;
    }

    /** The systemic rewording this rule's findings suggest. */
    public String suggestion() {
        return suggestion;
    }

    /**
     * Returns the rule with the given id, if there is one.
     *
     * @throws NullPointerException if {@code id} is null
     */
    public static Optional<LintRule> fromId(String id) {
        java.util.Objects.requireNonNull(id, "id must not be null");
        for (LintRule rule : values()) {
            if (rule.id.equals(id)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
