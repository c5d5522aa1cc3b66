package dev.incident.timeline.internal;

import dev.incident.lifecycle.Phase;
import dev.incident.timeline.Correction;
import dev.incident.timeline.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Formatting shared by the renderers. Stateless and thread-safe. */
public final class Format {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private Format() {}

    /** A formatter with seconds only if one of {@code times} has seconds (or a fraction of one). */
    public static DateTimeFormatter formatter(Collection<Instant> times, ZoneId zone) {
        for (Instant time : times) {
            if (time.getEpochSecond() % 60 != 0 || time.getNano() != 0) {
                return SECONDS.withZone(zone);
            }
        }
        return MINUTES.withZone(zone);
    }

    /** The zone as people read it: {@code UTC} for UTC, the zone id otherwise. */
    public static String zone(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** A phase in lower case with spaces, or {@code empty} before the declaration. */
    public static String phase(Optional<Phase> phase, String empty) {
        return phase.map(p -> p.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .orElse(empty);
    }

    /** A duration such as {@code 2h 31m}, {@code 18m}, {@code 3m 20s} or {@code 1d 4h}. */
    public static String duration(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds == 0) {
            return duration.isZero() ? "0s" : "<1s";
        }
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        long secs = seconds % 60;
        StringBuilder out = new StringBuilder();
        append(out, days, "d");
        append(out, hours, "h");
        append(out, minutes, "m");
        append(out, secs, "s");
        return out.toString();
    }

    private static void append(StringBuilder out, long value, String unit) {
        if (value > 0) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(value).append(unit);
        }
    }

    /** The notes on an entry's corrections, such as {@code corrected by aiko: time was 14:03 (reason)}. */
    public static String corrections(TimelineEntry entry, DateTimeFormatter formatter) {
        StringBuilder out = new StringBuilder();
        Instant at = entry.key().at();
        String text = entry.key().text();
        for (Correction correction : entry.corrections()) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append("corrected by ").append(correction.author()).append(':');
            if (correction.correctedAt().isPresent()) {
                out.append(" time was ").append(formatter.format(at));
                at = correction.correctedAt().get();
            }
            if (correction.correctedText().isPresent()) {
                out.append(correction.correctedAt().isPresent() ? "," : "")
                        .append(" text was \"")
                        .append(text)
                        .append('"');
                text = correction.correctedText().get();
            }
            out.append(" (").append(correction.reason()).append(')');
        }
        return out.toString();
    }
}
