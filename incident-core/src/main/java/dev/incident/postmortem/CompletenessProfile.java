package dev.incident.postmortem;

import dev.incident.postmortem.internal.ProfileFormat;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A completeness policy, the template a team writes postmortems to: required and recommended
 * sections, which {@link Rule rules} apply at which severity, and how soon follow-ups must be due.
 * Rules absent from {@link #severities()} are off.
 *
 * <p>Shipped profiles: {@link #DEFAULT} (the lesson's), {@link #GOOGLE_SRE}, {@link #ATLASSIAN} and
 * {@link #PAGERDUTY}. Teams build their own with {@link #builder()} (often {@code
 * builder().from(DEFAULT)}), adjust one with {@link #withRule} / {@link #withoutRule}, or read one
 * from a small text file with {@link #parse(String)}:
 *
 * <pre>
 * # payments team
 * name: payments
 * extends: default
 * required: Summary, Impact, Timeline, Root causes, Follow-ups, Security review
 * section: Security review = security, threat review
 * rule follow-up-due-too-late: warning
 * rule follow-up-kind-not-stated: off
 * follow-ups due within: 30 days
 * </pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompletenessProfile {
    /**
     * The lesson's profile: summary, impact, timeline, root causes and follow-ups required; trigger,
     * detection, resolution and lessons recommended. Every rule is an error (blaming language
     * included) except recommended sections, rows without a time and won't-do follow-ups without a
     * reason, which are warnings; follow-ups are due within 8 weeks; stating follow-up kinds is not
     * required (they are inferred).
     */
    public static final CompletenessProfile DEFAULT = builder()
            .name("default")
            .addRequiredSections(
                    Section.SUMMARY, Section.IMPACT, Section.TIMELINE, Section.ROOT_CAUSES, Section.FOLLOW_UPS)
            .addRecommendedSections(Section.TRIGGER, Section.DETECTION, Section.RESOLUTION, Section.LESSONS)
            .severities(defaultSeverities())
            .followUpDueWithin(Period.ofWeeks(8))
            .build();

    /**
     * Google SRE's template: summary, impact, root causes, trigger, resolution, detection, action
     * items, lessons learned and timeline, all required; action items should state their kind
     * (mitigate, prevent, process), a warning when they don't. No due-date window, and a missing
     * due date is a warning: the template tracks action items by bug, where their dates live.
     */
    public static final CompletenessProfile GOOGLE_SRE = builder()
            .name("google-sre")
            .addRequiredSections(
                    Section.SUMMARY,
                    Section.IMPACT,
                    Section.ROOT_CAUSES,
                    Section.TRIGGER,
                    Section.RESOLUTION,
                    Section.DETECTION,
                    Section.FOLLOW_UPS,
                    Section.LESSONS,
                    Section.TIMELINE)
            .severities(with(
                    with(
                            without(defaultSeverities(), Rule.FOLLOW_UP_DUE_TOO_LATE),
                            Rule.FOLLOW_UP_KIND_NOT_STATED,
                            FindingSeverity.WARNING),
                    // The SRE template tracks action items by bug, where their dates live.
                    Rule.FOLLOW_UP_NO_DUE_DATE,
                    FindingSeverity.WARNING))
            .build();

    /**
     * Atlassian's template: summary, lead-up, fault (root causes), impact, detection, response,
     * recovery (resolution), timeline, five whys and priority actions (follow-ups), all required;
     * follow-ups due within 8 weeks, priority ones (P0, P1, high, critical) within 4.
     */
    public static final CompletenessProfile ATLASSIAN = builder()
            .name("atlassian")
            .addRequiredSections(
                    Section.SUMMARY,
                    Section.LEAD_UP,
                    Section.ROOT_CAUSES,
                    Section.IMPACT,
                    Section.DETECTION,
                    Section.RESPONSE,
                    Section.RESOLUTION,
                    Section.TIMELINE,
                    Section.FIVE_WHYS,
                    Section.FOLLOW_UPS)
            .severities(defaultSeverities())
            .followUpDueWithin(Period.ofWeeks(8))
            .priorityFollowUpDueWithin(Period.ofWeeks(4))
            .build();

    /**
     * PagerDuty's template: overview (summary), what happened, contributing factors (root causes),
     * resolution, impact, responders, timeline, what went well (lessons), action items (follow-ups)
     * and messaging, all required. No due-date window.
     */
    public static final CompletenessProfile PAGERDUTY = builder()
            .name("pagerduty")
            .addRequiredSections(
                    Section.SUMMARY,
                    Section.WHAT_HAPPENED,
                    Section.ROOT_CAUSES,
                    Section.RESOLUTION,
                    Section.IMPACT,
                    Section.RESPONDERS,
                    Section.TIMELINE,
                    Section.LESSONS,
                    Section.FOLLOW_UPS,
                    Section.MESSAGING)
            .severities(without(defaultSeverities(), Rule.FOLLOW_UP_DUE_TOO_LATE))
            .build();

    private static final List<CompletenessProfile> SHIPPED = List.of(DEFAULT, GOOGLE_SRE, ATLASSIAN, PAGERDUTY);

    CompletenessProfile() {}

    /** Returns a new, empty builder: no sections and every rule off. */
    public static Builder builder() {
        return new Builder();
    }

    /** The shipped profiles: default, google-sre, atlassian, pagerduty. */
    public static List<CompletenessProfile> shipped() {
        return SHIPPED;
    }

    /** Returns the shipped profile with that name, ignoring case ({@code default}, {@code google-sre}, ...). */
    public static Optional<CompletenessProfile> named(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return SHIPPED.stream().filter(profile -> profile.name().equals(key)).findFirst();
    }

    /**
     * Reads a profile from the text format shown in the class comment. Lines are {@code key: value};
     * {@code #} starts a comment. Keys: {@code name}, {@code extends} (a shipped profile to start
     * from), {@code required} and {@code recommended} (comma-separated section names, replacing
     * the base's), {@code section} ({@code Title = synonym, synonym} declares a team's section),
     * {@code rule <id>} ({@code error}, {@code warning} or {@code off}), {@code follow-ups due
     * within} and {@code priority follow-ups due within} (such as {@code 30 days}, {@code 4 weeks},
     * {@code P30D} or {@code none}). Section names are matched against the known sections' synonyms;
     * other names are a team's own sections.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws ProfileFormatException naming the line, if a line cannot be read
     */
    public static CompletenessProfile parse(String text) {
        return ProfileFormat.parse(text);
    }

    /** The profile's name, such as {@code default}. */
    public abstract String name();

    /** The sections every postmortem must have, with content. */
    public abstract List<Section> requiredSections();

    /** The sections a postmortem should have; missing ones are warnings. */
    public abstract List<Section> recommendedSections();

    /** The rules that apply and their severities; absent rules are off. */
    public abstract Map<Rule, FindingSeverity> severities();

    /**
     * How soon after the postmortem's {@link Postmortem#date() date} every open follow-up must be
     * due, if limited. Postmortems without a date are not checked against the window.
     */
    public abstract Optional<Period> followUpDueWithin();

    /**
     * How soon after the incident high-priority follow-ups (priority {@code P0}, {@code P1}, {@code
     * high}, {@code critical}, {@code urgent}) must be due, if limited more tightly.
     */
    public abstract Optional<Period> priorityFollowUpDueWithin();

    /** Returns the severity of {@code rule} in this profile, or empty when it is off. */
    public final Optional<FindingSeverity> severity(Rule rule) {
        return Optional.ofNullable(severities().get(rule));
    }

    /** Returns a copy of this profile with {@code rule} at {@code severity}. */
    public final CompletenessProfile withRule(Rule rule, FindingSeverity severity) {
        return builder()
                .from(this)
                .severities(with(severities(), rule, severity))
                .build();
    }

    /** Returns a copy of this profile with {@code rule} off. */
    public final CompletenessProfile withoutRule(Rule rule) {
        return builder().from(this).severities(without(severities(), rule)).build();
    }

    /** Returns this profile in the text format of {@link #parse(String)}; parsing it gives an equal profile. */
    public final String toText() {
        return ProfileFormat.write(this);
    }

    @Value.Check
    final void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("profile name must not be blank");
        }
        for (Section section : requiredSections()) {
            if (recommendedSections().contains(section)) {
                throw new IllegalArgumentException(
                        "section " + section + " cannot be both required and recommended in profile " + name());
            }
        }
        for (Period period : List.of(
                followUpDueWithin().orElse(Period.ZERO),
                priorityFollowUpDueWithin().orElse(Period.ZERO))) {
            if (period.isNegative()) {
                throw new IllegalArgumentException("due-date windows must not be negative in profile " + name());
            }
        }
    }

    private static Map<Rule, FindingSeverity> defaultSeverities() {
        Map<Rule, FindingSeverity> severities = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            severities.put(rule, FindingSeverity.ERROR);
        }
        severities.put(Rule.RECOMMENDED_SECTION_MISSING, FindingSeverity.WARNING);
        severities.put(Rule.TIMELINE_ROW_WITHOUT_TIME, FindingSeverity.WARNING);
        severities.put(Rule.FOLLOW_UP_WONT_DO_WITHOUT_REASON, FindingSeverity.WARNING);
        severities.remove(Rule.FOLLOW_UP_KIND_NOT_STATED);
        return severities;
    }

    private static Map<Rule, FindingSeverity> with(
            Map<Rule, FindingSeverity> base, Rule rule, FindingSeverity severity) {
        Map<Rule, FindingSeverity> copy = new EnumMap<>(Rule.class);
        copy.putAll(base);
        copy.put(rule, severity);
        return copy;
    }

    private static Map<Rule, FindingSeverity> without(Map<Rule, FindingSeverity> base, Rule rule) {
        Map<Rule, FindingSeverity> copy = new EnumMap<>(Rule.class);
        copy.putAll(base);
        copy.remove(rule);
        return copy;
    }

    /** Builds a {@link CompletenessProfile}; not thread-safe. */
    public static final class Builder extends ImmutableCompletenessProfile.Builder {
        Builder() {}
    }
}
