package dev.incident.postmortem;

import dev.incident.postmortem.internal.Wording;
import dev.incident.timeline.EntryKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a postmortem's own timeline: a time of day in UTC, the date when it is known, what
 * happened, and what kind of moment it was.
 *
 * <p>People write times such as {@code 14:02} without a date; such a row has no {@link #date()}
 * until a date is known. The Markdown parser gives rows the document's date (from its header, or
 * the latest dated row before them), rolling over to the next day when the time jumps back by more
 * than twelve hours ({@code 23:58} then {@code 00:03}). Times are truncated to the second.
 *
 * <p>The parser converts times written in another zone to UTC, moving the date with them across
 * midnight: the zone written after the time ({@code 2:14 PM PDT}, {@code 10:00 UTC+2}), else the one
 * the timeline's heading or time column names, else the document's (see {@link
 * PostmortemDocument#timeZone()}); with none named, times are taken as UTC. A row whose zone cannot
 * be converted from (IST, which names three) keeps its time as written, and is listed in {@link
 * PostmortemDocument#unconvertedTimelineRows()}. The text is as written, times in it included.
 *
 * <p>A row stamped with a date only ({@code 2026-03-01: first reminder sent}) has day precision:
 * {@link #timeKnown()} is false, its time is midnight and only its date is meaningful.
 *
 * <p>The text is a single line: surrounding and repeated whitespace is collapsed when the row is
 * built. Immutable and thread-safe.
 *
 * <pre>{@code
 * TimelineRow row = TimelineRow.of(LocalDate.of(2026, 3, 4), LocalTime.of(14, 3),
 *     EntryKind.DETECTION, "Error-rate alert fired for checkout");
 * }</pre>
 */
@Value.Immutable
public abstract class TimelineRow {
    TimelineRow() {}

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a row whose kind was stated (not inferred).
     *
     * @throws IllegalArgumentException if {@code text} is blank
     */
    public static TimelineRow of(LocalDate date, LocalTime time, EntryKind kind, String text) {
        return builder().date(date).time(time).kind(kind).text(text).build();
    }

    /** The date in UTC, if known. */
    public abstract Optional<LocalDate> date();

    /** The time of day in UTC, to the second. */
    public abstract LocalTime time();

    /** What happened; a single line, not blank. */
    public abstract String text();

    /** What kind of moment it was. */
    public abstract EntryKind kind();

    /**
     * Whether {@link #kind()} was inferred from the wording rather than stated. When set, the kind is
     * inferred from the text as the row is built, so it always follows the text. Default: false.
     */
    @Value.Default
    public boolean kindInferred() {
        return false;
    }

    /**
     * Whether the time of day was written. False for a row stamped with a date only (day precision),
     * whose {@link #time()} is midnight; such a row must have a date. Default: true.
     */
    @Value.Default
    public boolean timeKnown() {
        return true;
    }

    /** The instant, when the date is known; for a row of day precision, the start of its day. */
    @Value.Lazy
    public Optional<Instant> instant() {
        return date().map(day -> day.atTime(time()).toInstant(ZoneOffset.UTC));
    }

    @Value.Check
    final TimelineRow normalize() {
        String text = text().strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("timeline row text must not be blank");
        }
        if (!timeKnown() && date().isEmpty()) {
            throw new IllegalArgumentException("a timeline row without a time of day must have a date");
        }
        LocalTime time = timeKnown() ? time().truncatedTo(ChronoUnit.SECONDS) : LocalTime.MIDNIGHT;
        EntryKind kind = kindInferred() ? Wording.entryKind(text) : kind();
        if (text.equals(text()) && time.equals(time()) && kind == kind()) {
            return this;
        }
        return builder().from(this).text(text).time(time).kind(kind).build();
    }

    /** Builds a {@link TimelineRow}; not thread-safe. */
    public static final class Builder extends ImmutableTimelineRow.Builder {
        Builder() {}
    }
}
