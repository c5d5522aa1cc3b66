package dev.incident.timeline.internal;

import dev.incident.lifecycle.Phase;
import dev.incident.timeline.Durations;
import dev.incident.timeline.KeyMoment;
import dev.incident.timeline.KeyMoments;
import dev.incident.timeline.Measure;
import dev.incident.timeline.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a {@link Timeline} as a Mermaid {@code gantt} chart: {@code dateFormat YYYY-MM-DD
 * HH:mm:ss}, an {@code axisFormat} fitted to the span, sections for impact, measures and key
 * moments, and tasks {@code name :tags, id, start, duration} with durations in whole minutes
 * ({@code 18m}) or seconds ({@code 1085s}). Stateless and thread-safe.
 */
public final class MermaidRenderer {
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final Set<Phase> OVER =
            EnumSet.of(Phase.RESOLVED, Phase.IN_REVIEW, Phase.CLOSED, Phase.CANCELLED, Phase.MERGED);

    private MermaidRenderer() {}

    /** Renders {@code timeline} with times in {@code zone}. */
    public static String render(Timeline timeline, ZoneId zone) {
        DateTimeFormatter start = START.withZone(zone);
        KeyMoments moments = timeline.keyMoments();
        Durations durations = timeline.durations();
        Instant first = timeline.entries().get(0).at();
        Instant last = timeline.entries().get(timeline.entries().size() - 1).at();
        boolean long_ = Duration.between(first, last).compareTo(Duration.ofHours(20)) > 0;

        StringBuilder out = new StringBuilder("gantt\n");
        out.append("    title ")
                .append(clean(
                        timeline.incident().id() + " " + timeline.incident().title()))
                .append(" (")
                .append(Format.zone(zone))
                .append(")\n");
        out.append("    dateFormat YYYY-MM-DD HH:mm:ss\n");
        out.append("    axisFormat ").append(long_ ? "%m-%d %H:%M" : "%H:%M").append('\n');
        out.append("    todayMarker off\n");

        Optional<Instant> impactStart = moments.impactStarted();
        if (impactStart.isPresent()) {
            Optional<Instant> impactEnd = moments.mitigated();
            String label = "User impact";
            if (impactEnd.isEmpty() && !OVER.contains(timeline.incident().phase())) {
                impactEnd = Optional.of(last);
                label = "User impact (ongoing)";
            }
            if (impactEnd.isPresent() && !impactEnd.get().isBefore(impactStart.get())) {
                out.append("    section Impact\n");
                task(
                        out,
                        label,
                        "crit, impact",
                        start.format(impactStart.get()),
                        Duration.between(impactStart.get(), impactEnd.get()));
            }
        }

        StringBuilder bars = new StringBuilder();
        for (Measure measure : Measure.values()) {
            Optional<Duration> value = durations.get(measure);
            Optional<Instant> from = moments.get(measure.from());
            if (value.isPresent() && from.isPresent()) {
                String label = capitalise(measure.label()) + " " + Format.duration(value.get());
                task(bars, label, id(measure), start.format(from.get()), value.get());
            }
        }
        if (bars.length() > 0) {
            out.append("    section Durations\n").append(bars);
        }

        out.append("    section Key moments\n");
        for (KeyMoment moment : KeyMoment.values()) {
            Optional<Instant> at = moments.get(moment);
            if (at.isPresent()) {
                task(
                        out,
                        capitalise(moment.name().toLowerCase(Locale.ROOT).replace('_', ' ')),
                        "milestone, " + id(moment),
                        start.format(at.get()),
                        Duration.ZERO);
            }
        }
        return out.toString();
    }

    private static void task(StringBuilder out, String name, String tags, String start, Duration duration) {
        out.append("    ")
                .append(clean(name))
                .append(" :")
                .append(tags)
                .append(", ")
                .append(start)
                .append(", ")
                .append(duration(duration))
                .append('\n');
    }

    /** A Mermaid duration: whole minutes as {@code 18m}, otherwise whole seconds as {@code 1085s}. */
    static String duration(Duration duration) {
        long seconds = duration.getSeconds();
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    private static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Removes what Mermaid's gantt grammar treats as syntax in names and titles. */
    static String clean(String text) {
        return text.replaceAll("[:;#%\\r\\n]+", " ").replaceAll("\\s+", " ").trim();
    }
}
