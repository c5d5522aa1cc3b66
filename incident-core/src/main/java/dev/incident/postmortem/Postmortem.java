package dev.incident.postmortem;

import dev.incident.event.PostmortemCompleted;
import dev.incident.internal.Checks;
import dev.incident.lifecycle.Incident;
import dev.incident.postmortem.internal.IncidentDrafts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A blameless postmortem: what happened, its impact, its timeline, why it happened, how it was
 * resolved, what we learned, and the follow-ups that stop it happening again.
 *
 * <p>Text sections ({@link #summary()}, {@link #trigger()}, ...) are Markdown, kept as written:
 * trimmed, with line endings normalised to {@code \n}. An empty text means the section is there but
 * says nothing (the validator reports it as trivial); an absent one means there is no such section.
 * Root causes and contributing factors are single lines each.
 *
 * <p>Start from an incident with {@link #draftFrom(Incident)}, or from scratch with {@link
 * #builder()}; read and write Markdown with {@link PostmortemMarkdown}; check completeness with
 * {@link CompletenessValidator}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Postmortem postmortem = Postmortem.draftFrom(incident)
 *     .summary("A deploy broke checkout for 8% of requests for 18 minutes.")
 *     .addFollowUp(FollowUp.builder().title("Page on checkout 5xx rate").owner("@priya")
 *         .due(LocalDate.of(2026, 3, 18)).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Postmortem {
    private static final List<Section> OWN_PLACE = List.of(
            Section.SUMMARY,
            Section.IMPACT,
            Section.TIMELINE,
            Section.ROOT_CAUSES,
            Section.TRIGGER,
            Section.DETECTION,
            Section.RESOLUTION,
            Section.LESSONS,
            Section.FOLLOW_UPS);

    Postmortem() {}

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder filled in from the incident: title, incident reference, date, impact window
     * and figures, trigger, detection, root cause and contributing factors, mitigations and
     * resolution, and a timeline with one row per event. People fill in the rest: summary, lessons,
     * follow-ups, authors. The status is {@link PostmortemStatus#DRAFT}.
     *
     * @throws NullPointerException if {@code incident} is null
     */
    public static Builder draftFrom(Incident incident) {
        Checks.notNull(incident, "incident");
        Builder builder = builder();
        IncidentDrafts.fill(builder, incident);
        return builder;
    }

    /** The title; a single line, not blank. */
    public abstract String title();

    /** The incident this postmortem is about, such as {@code INC-42}. */
    public abstract Optional<String> incidentReference();

    /** Who wrote it. */
    public abstract List<String> authors();

    /** Draft, in review or published. Default: draft. */
    @Value.Default
    public PostmortemStatus status() {
        return PostmortemStatus.DRAFT;
    }

    /**
     * The date of the incident; gives a date to timeline rows written as bare times. Read from
     * Markdown, it is the date as the document writes it, in the zone its times are written in.
     */
    public abstract Optional<LocalDate> date();

    /** Where the postmortem lives: a URL, a path or a document id. */
    public abstract Optional<String> location();

    /** The summary, in Markdown. */
    public abstract Optional<String> summary();

    /** The impact. */
    public abstract Optional<PostmortemImpact> impact();

    /** What set the incident off, in Markdown. */
    public abstract Optional<String> trigger();

    /** How the problem was detected, and how fast, in Markdown. */
    public abstract Optional<String> detection();

    /** The root causes, about the system, one line each. */
    public abstract List<String> rootCauses();

    /** Conditions that made the incident possible or worse, one line each. */
    public abstract List<String> contributingFactors();

    /** How the impact was mitigated and the incident resolved, in Markdown. */
    public abstract Optional<String> resolution();

    /** The timeline, in the order written. */
    public abstract List<TimelineRow> timeline();

    /** General lessons learned, in Markdown. */
    public abstract Optional<String> lessonsLearned();

    /** What went well, in Markdown. */
    public abstract Optional<String> wentWell();

    /** What went wrong, in Markdown. */
    public abstract Optional<String> wentWrong();

    /** Where we got lucky, in Markdown. */
    public abstract Optional<String> gotLucky();

    /**
     * Other sections, by heading, in Markdown: the five whys, the lead-up, responders, messaging, or
     * a team's own sections. Headings are single lines, and may not name a section that has its own
     * place (such as "Summary").
     */
    public abstract Map<String, String> additionalSections();

    /** The follow-ups, in the order written. */
    public abstract List<FollowUp> followUps();

    /**
     * Returns the additional section that {@code section} names (by its title or a synonym), if
     * there is one.
     */
    public final Optional<String> additionalSection(Section section) {
        for (Map.Entry<String, String> entry : additionalSections().entrySet()) {
            if (section.matches(entry.getKey())) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the event that tells the incident's lifecycle this postmortem is complete, pointing at
     * {@code reference}. Validate the postmortem first: the event records a fact, it checks nothing.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code reference} is blank
     * @throws IllegalStateException if this postmortem is not {@link PostmortemStatus#PUBLISHED}
     */
    public final PostmortemCompleted completionEvent(String reference, Instant at) {
        Checks.notBlank(reference, "reference");
        Checks.notNull(at, "at");
        if (status() != PostmortemStatus.PUBLISHED) {
            throw new IllegalStateException(
                    "only a published postmortem completes an incident; \"" + title() + "\" is " + status());
        }
        return new PostmortemCompleted(reference, at);
    }

    /**
     * Returns {@link #completionEvent(String, Instant)} with the {@link #location()} as reference,
     * or, without one, the incident reference and the title.
     *
     * @throws NullPointerException if {@code at} is null
     * @throws IllegalStateException if this postmortem is not {@link PostmortemStatus#PUBLISHED}
     */
    public final PostmortemCompleted completionEvent(Instant at) {
        String reference = location()
                .orElseGet(
                        () -> incidentReference().map(id -> id + ": ").orElse("") + "postmortem \"" + title() + "\"");
        return completionEvent(reference, at);
    }

    @Value.Check
    final Postmortem normalize() {
        String title = title().strip().replaceAll("\\s+", " ");
        if (title.isEmpty()) {
            throw new IllegalArgumentException("postmortem title must not be blank");
        }
        for (String author : authors()) {
            if (author.isBlank() || author.contains(",") || !author.equals(author.strip())) {
                throw new IllegalArgumentException(
                        "author names must be trimmed, not blank, without commas; got \"" + author + "\"");
            }
        }
        Optional<String> reference = incidentReference().map(Postmortem::line).filter(s -> !s.isEmpty());
        Optional<String> location = location().map(Postmortem::line).filter(s -> !s.isEmpty());
        Map<String, String> additional = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : additionalSections().entrySet()) {
            String heading = line(entry.getKey());
            if (heading.isEmpty()) {
                throw new IllegalArgumentException("additional section headings must not be blank");
            }
            for (Section own : OWN_PLACE) {
                if (own.matches(heading)) {
                    throw new IllegalArgumentException("\"" + heading + "\" names the section " + own
                            + ", which has its own place in a postmortem; it cannot be an additional section");
                }
            }
            additional.put(heading, body(entry.getValue()));
        }
        List<String> causes = lines(rootCauses(), "root causes");
        List<String> factors = lines(contributingFactors(), "contributing factors");
        Optional<String> summary = summary().map(Postmortem::body);
        Optional<String> trigger = trigger().map(Postmortem::body);
        Optional<String> detection = detection().map(Postmortem::body);
        Optional<String> resolution = resolution().map(Postmortem::body);
        Optional<String> lessons = lessonsLearned().map(Postmortem::body);
        Optional<String> wentWell = wentWell().map(Postmortem::body);
        Optional<String> wentWrong = wentWrong().map(Postmortem::body);
        Optional<String> gotLucky = gotLucky().map(Postmortem::body);
        boolean unchanged = title.equals(title())
                && reference.equals(incidentReference())
                && location.equals(location())
                && additional.equals(additionalSections())
                && List.copyOf(additional.keySet())
                        .equals(List.copyOf(additionalSections().keySet()))
                && causes.equals(rootCauses())
                && factors.equals(contributingFactors())
                && summary.equals(summary())
                && trigger.equals(trigger())
                && detection.equals(detection())
                && resolution.equals(resolution())
                && lessons.equals(lessonsLearned())
                && wentWell.equals(wentWell())
                && wentWrong.equals(wentWrong())
                && gotLucky.equals(gotLucky());
        if (unchanged) {
            return this;
        }
        return builder()
                .from(this)
                .title(title)
                .incidentReference(reference)
                .location(location)
                .summary(summary)
                .trigger(trigger)
                .detection(detection)
                .resolution(resolution)
                .lessonsLearned(lessons)
                .wentWell(wentWell)
                .wentWrong(wentWrong)
                .gotLucky(gotLucky)
                .rootCauses(causes)
                .contributingFactors(factors)
                .additionalSections(additional)
                .build();
    }

    /** Trims a Markdown body and normalises its line endings. */
    static String body(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private static String line(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static List<String> lines(List<String> texts, String name) {
        List<String> lines = new ArrayList<>(texts.size());
        for (String text : texts) {
            String line = line(text);
            if (line.isEmpty()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            lines.add(line);
        }
        return lines;
    }

    /** Builds a {@link Postmortem}; not thread-safe. */
    public static final class Builder extends ImmutablePostmortem.Builder {
        Builder() {}
    }
}
