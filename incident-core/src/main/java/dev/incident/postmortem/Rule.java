package dev.incident.postmortem;

import java.util.Locale;
import java.util.Optional;

/**
 * The completeness rules, each with a stable kebab-case id (such as {@code section-missing}) for
 * configuration files, CI output and suppressions. A {@link CompletenessProfile} says which rules
 * apply and at which {@link FindingSeverity}.
 */
public enum Rule {
    /** A required section is missing. */
    SECTION_MISSING("section-missing", "Add the section; a heading with any of its usual names is recognised."),
    /** A required section is there but empty or a placeholder such as "TBD". */
    SECTION_TRIVIAL("section-trivial", "Write the section; \"TBD\", \"TODO\" or \"N/A\" do not count."),
    /** A recommended section is missing, empty or a placeholder. */
    RECOMMENDED_SECTION_MISSING(
            "recommended-section-missing", "Consider adding the section; the profile recommends it."),
    /** The impact has no duration, or no measure of its scope. */
    IMPACT_NOT_QUANTIFIED(
            "impact-not-quantified",
            "State how long users were affected (start and end, or a duration) and how many: users,"
                    + " requests, orders or a percentage."),
    /** The timeline lacks a detection, mitigation or resolution row. */
    TIMELINE_INCOMPLETE(
            "timeline-incomplete",
            "Add timestamped rows for when the problem was detected, when the impact was mitigated and"
                    + " when the incident was resolved."),
    /**
     * Timeline rows go back in time, or the first resolution comes before every mitigation. Rows of
     * day precision are compared with others by date only.
     *
     * <p>Mitigation before detection is deliberately not a finding: automation such as a database
     * failover, autoscaling or a circuit breaker can act before anyone is paged, and that is a
     * healthy timeline, not a mistake. Row kinds are inferred from wording, so any row that reads as
     * a mitigation ("failover complete", "rolled back", "mitigated", "restored") counts; an early
     * automated one is not the only evidence when later rows mitigate too.
     */
    TIMELINE_OUT_OF_ORDER(
            "timeline-out-of-order", "Order the rows by time; check the times and dates of the rows involved."),
    /**
     * A timeline row has no time that could be read; also one whose time could only be read as
     * written, not in UTC, because its time zone is ambiguous (IST, CST) or unknown.
     */
    TIMELINE_ROW_WITHOUT_TIME(
            "timeline-row-without-time", "Start the row with a time such as 14:02, 14:02 UTC or 2026-03-04 14:02."),
    /** The root cause is "human error" or points at a person. */
    ROOT_CAUSE_BLAMES_PERSON(
            "root-cause-blames-person",
            "Describe the gap in the system that let a normal action cause harm: the missing check,"
                    + " test, guardrail or signal. People are never the root cause."),
    /** There are no follow-ups. */
    NO_FOLLOW_UPS("no-follow-ups", "Add concrete follow-ups with an owner and a due date."),
    /** A follow-up has no owner. */
    FOLLOW_UP_NO_OWNER("follow-up-no-owner", "Name an owner: @handle, a team, or \"owner: name\"."),
    /** A follow-up has no due date. */
    FOLLOW_UP_NO_DUE_DATE("follow-up-no-due-date", "Give a due date as an ISO date, such as 2026-04-01."),
    /** A follow-up is due later than the profile's window allows. */
    FOLLOW_UP_DUE_TOO_LATE(
            "follow-up-due-too-late", "Bring the due date forward, or split the work into a first, sooner step."),
    /** A follow-up asks people to try harder instead of changing the system. */
    FOLLOW_UP_VAGUE(
            "follow-up-vague",
            "Replace it with a change to the system: an alert, a validation, a limit, a test, a runbook" + " step."),
    /** A follow-up does not state its kind (it was inferred, or could not be). */
    FOLLOW_UP_KIND_NOT_STATED(
            "follow-up-kind-not-stated", "State the kind: detect, prevent, process, mitigate or fix."),
    /** A follow-up that won't be done does not say why. */
    FOLLOW_UP_WONT_DO_WITHOUT_REASON(
            "follow-up-wont-do-without-reason", "Say why it won't be done, such as \"won't do: replaced by X\"."),
    /** No follow-up detects, prevents or changes the process: nothing stops a recurrence. */
    NO_RECURRENCE_PREVENTION(
            "no-recurrence-prevention",
            "Add at least one follow-up that detects (an alert), prevents (a guardrail, a test) or fixes"
                    + " the process (a runbook); state its kind if it is not clear from the wording."),
    /** The language checker found blaming language. */
    BLAMING_LANGUAGE(
            "blaming-language",
            "Describe what the system allowed, not who did it; blamelessness is the cardinal rule.");

    private final String id;
    private final String hint;

    Rule(String id, String hint) {
        this.id = id;
        this.hint = hint;
    }

    /** The stable id, such as {@code section-missing}. */
    public String id() {
        return id;
    }

    /** The default hint: what to do about a finding of this rule. */
    public String hint() {
        return hint;
    }

    /** Returns the rule with the given id, ignoring case and surrounding spaces. */
    public static Optional<Rule> fromId(String id) {
        String key = id.strip().toLowerCase(Locale.ROOT);
        for (Rule rule : values()) {
            if (rule.id.equals(key)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
