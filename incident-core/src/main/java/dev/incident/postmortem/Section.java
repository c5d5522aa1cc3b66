package dev.incident.postmortem;

import dev.incident.postmortem.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section of a postmortem, identified by its title and the synonyms people use for it in headings
 * ("Summary", "Overview", "TL;DR"). Headings match a section ignoring case, punctuation and a leading
 * number such as {@code "2."}.
 *
 * <p>The sections the SDK knows are constants ({@link #SUMMARY}, {@link #IMPACT}, ...); the first
 * nine have a place of their own in {@link Postmortem}, the others are kept as {@link
 * Postmortem#additionalSections() additional sections}. Teams name their own with {@link
 * #custom(String, String...)}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Section {
    /** A few sentences on what happened and why; synonyms "Overview", "TL;DR". */
    public static final Section SUMMARY =
            known("Summary", "overview", "tl;dr", "tldr", "executive summary", "incident summary", "synopsis");
    /** Who and what was affected, for how long, with figures. */
    public static final Section IMPACT = known(
            "Impact",
            "customer impact",
            "user impact",
            "business impact",
            "what users saw",
            "what customers saw",
            "who was affected");
    /** Timestamped rows: detection, mitigation, resolution and what happened in between. */
    public static final Section TIMELINE =
            known("Timeline", "incident timeline", "chronology", "sequence of events", "timeline of events");
    /** Root causes and contributing factors, written about the system. */
    public static final Section ROOT_CAUSES = known(
            "Root causes",
            "root cause",
            "root cause(s)",
            "causes",
            "cause",
            "contributing factors",
            "contributing factor",
            "root cause analysis",
            "fault");
    /** What set the incident off. */
    public static final Section TRIGGER = known("Trigger", "triggers", "what triggered it");
    /** How the problem was noticed, and how fast. */
    public static final Section DETECTION =
            known("Detection", "how we detected it", "how it was detected", "how we found out", "how we noticed");
    /** How the impact was stopped and the incident resolved; synonyms "Mitigation", "Recovery". */
    public static final Section RESOLUTION = known(
            "Resolution",
            "mitigation",
            "recovery",
            "mitigation and resolution",
            "resolution and recovery",
            "how we fixed it");
    /** What went well, what went wrong, where we got lucky. */
    public static final Section LESSONS = known(
            "Lessons learned",
            "lessons",
            "what went well",
            "what went wrong",
            "where we got lucky",
            "what we learned",
            "things that went well",
            "things that went wrong",
            "what went poorly",
            "what didn't go well",
            "what didn't go so well",
            "what didn't",
            "what was hard",
            "what could have gone better",
            "what can be improved",
            "how'd we do",
            "how did we do",
            "takeaways");
    /** The follow-ups (action items) that stop it happening again. */
    public static final Section FOLLOW_UPS = known(
            "Follow-ups",
            "follow-up",
            "followups",
            "action items",
            "remediation",
            "remediations",
            "corrective actions",
            "priority actions",
            "next steps",
            "action plan",
            "what we're changing",
            "what we are changing",
            "what we're doing about it",
            "what we are doing about it",
            "what we will do",
            "what we'll do",
            "what we're doing next",
            "what we are doing next",
            "what's next",
            "preventing recurrence",
            "preventing a recurrence",
            "preventing it from happening again",
            "remediation items",
            "follow-up tasks");
    /** Atlassian: the events that led up to the incident. */
    public static final Section LEAD_UP = known("Lead-up", "leadup", "lead-up to the incident");
    /** Atlassian: asking "why?" five times. */
    public static final Section FIVE_WHYS = known("Five whys", "5 whys", "the five whys");
    /** Atlassian: how the team responded. */
    public static final Section RESPONSE = known("Response", "incident response", "how we responded");
    /** PagerDuty: who took part in the response. */
    public static final Section RESPONDERS = known("Responders", "participants", "people involved");
    /** PagerDuty: the internal and external messages sent. */
    public static final Section MESSAGING =
            known("Messaging", "communications", "external messaging", "customer communication");
    /** PagerDuty: the story of the incident. */
    public static final Section WHAT_HAPPENED = known("What happened", "narrative", "incident description");

    private static final List<Section> KNOWN = List.of(
            SUMMARY,
            IMPACT,
            TIMELINE,
            ROOT_CAUSES,
            TRIGGER,
            DETECTION,
            RESOLUTION,
            LESSONS,
            FOLLOW_UPS,
            LEAD_UP,
            FIVE_WHYS,
            RESPONSE,
            RESPONDERS,
            MESSAGING,
            WHAT_HAPPENED);

    Section() {}

    /** The canonical title, used as the heading when rendering. */
    public abstract String title();

    /** Other headings that mean this section, as given. */
    public abstract List<String> synonyms();

    /** Whether this is one of the sections the SDK knows (a constant of this class). */
    @Value.Default
    public boolean isKnown() {
        return false;
    }

    private static Section known(String title, String... synonyms) {
        return ImmutableSection.builder()
                .title(title)
                .addSynonyms(synonyms)
                .isKnown(true)
                .build();
    }

    /**
     * Returns a team's own section, such as {@code custom("Security review", "security")}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the title or a synonym is blank
     */
    public static Section custom(String title, String... synonyms) {
        return ImmutableSection.builder().title(title).addSynonyms(synonyms).build();
    }

    /** The sections the SDK knows, in the order a rendered postmortem shows them. */
    public static List<Section> known() {
        return KNOWN;
    }

    /** Returns the known section that {@code heading} names, if any: the first of {@link #findAll}. */
    public static Optional<Section> find(String heading) {
        List<Section> named = findAll(heading);
        return named.isEmpty() ? Optional.empty() : Optional.of(named.get(0));
    }

    /**
     * Returns the known sections that {@code heading} names, in the order it names them; empty when
     * it names none. A heading equal to a title or synonym names that section only. Otherwise the
     * words of the heading that name a core section decide, the earliest first: "Timeline (all times
     * UTC)" names the timeline, "How we found it and stopped it" detection, then resolution. A
     * heading that starts with "Why" names root causes only.
     */
    public static List<Section> findAll(String heading) {
        for (Section section : KNOWN) {
            if (section.matches(heading)) {
                return List.of(section);
            }
        }
        String key = " " + Text.headingKey(PARENTHESISED.matcher(heading).replaceAll(" ")) + " ";
        // "Why the flag went to 100%", "Why the leak reached production": a heading asking why is
        // about causes, whatever it names after the question word.
        if (key.startsWith(" why ")) {
            return List.of(ROOT_CAUSES);
        }
        Map<Section, Integer> earliest = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Section> keyword : KEYWORDS.entrySet()) {
            int at = key.indexOf(" " + keyword.getKey() + " ");
            if (at >= 0) {
                earliest.merge(keyword.getValue(), at, Math::min);
            }
        }
        List<Section> named = new ArrayList<>(earliest.keySet());
        // a stable sort: sections named at the same place keep the keywords' order
        named.sort(java.util.Comparator.comparing(earliest::get));
        return List.copyOf(named);
    }

    private static final java.util.regex.Pattern PARENTHESISED = java.util.regex.Pattern.compile("\\([^)]*\\)");

    /** Words that name a core section wherever they stand in a heading. */
    private static final Map<String, Section> KEYWORDS = keywords();

    private static Map<String, Section> keywords() {
        Map<String, Section> keywords = new java.util.LinkedHashMap<>();
        keywords.put("summary", SUMMARY);
        keywords.put("overview", SUMMARY);
        keywords.put("impact", IMPACT);
        keywords.put("timeline", TIMELINE);
        keywords.put("chronology", TIMELINE);
        keywords.put("root cause", ROOT_CAUSES);
        keywords.put("root causes", ROOT_CAUSES);
        keywords.put("why did it happen", ROOT_CAUSES);
        keywords.put("trigger", TRIGGER);
        keywords.put("triggered", TRIGGER);
        keywords.put("detection", DETECTION);
        keywords.put("detected", DETECTION);
        keywords.put("detect", DETECTION);
        keywords.put("found out", DETECTION);
        keywords.put("found it", DETECTION);
        keywords.put("noticed", DETECTION);
        keywords.put("resolution", RESOLUTION);
        keywords.put("recovery", RESOLUTION);
        keywords.put("recovered", RESOLUTION);
        keywords.put("mitigation", RESOLUTION);
        keywords.put("mitigated", RESOLUTION);
        keywords.put("stopped it", RESOLUTION);
        keywords.put("fixed it", RESOLUTION);
        keywords.put("lessons", LESSONS);
        keywords.put("learned", LESSONS);
        keywords.put("went well", LESSONS);
        keywords.put("went wrong", LESSONS);
        keywords.put("how d we do", LESSONS);
        keywords.put("how did we do", LESSONS);
        keywords.put("users saw", IMPACT);
        keywords.put("customers saw", IMPACT);
        keywords.put("users experienced", IMPACT);
        keywords.put("customers experienced", IMPACT);
        keywords.put("next steps", FOLLOW_UPS);
        keywords.put("doing next", FOLLOW_UPS);
        keywords.put("we are changing", FOLLOW_UPS);
        keywords.put("we re changing", FOLLOW_UPS);
        keywords.put("doing about it", FOLLOW_UPS);
        keywords.put("action items", FOLLOW_UPS);
        keywords.put("follow up", FOLLOW_UPS);
        keywords.put("follow ups", FOLLOW_UPS);
        keywords.put("followups", FOLLOW_UPS);
        keywords.put("corrective", FOLLOW_UPS);
        keywords.put("preventive", FOLLOW_UPS);
        keywords.put("preventative", FOLLOW_UPS);
        keywords.put("remediation", FOLLOW_UPS);
        return java.util.Collections.unmodifiableMap(keywords);
    }

    /**
     * Returns the known section that {@code name} names, or a {@link #custom} section titled
     * {@code name}.
     *
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static Section named(String name) {
        return find(name).orElseGet(() -> custom(name.strip()));
    }

    /** Returns whether a heading with this text names this section. */
    public final boolean matches(String heading) {
        String key = Text.headingKey(heading);
        if (key.isEmpty()) {
            return false;
        }
        if (key.equals(Text.headingKey(title()))) {
            return true;
        }
        for (String synonym : synonyms()) {
            if (key.equals(Text.headingKey(synonym))) {
                return true;
            }
        }
        return false;
    }

    /** The title and synonyms, for messages. */
    final List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(title());
        names.addAll(synonyms());
        return names;
    }

    @Value.Check
    final void check() {
        if (title().isBlank()) {
            throw new IllegalArgumentException("section title must not be blank");
        }
        for (String synonym : synonyms()) {
            if (synonym.isBlank()) {
                throw new IllegalArgumentException("section synonyms must not be blank");
            }
        }
    }

    @Override
    public String toString() {
        return title();
    }
}
