package dev.incident.postmortem.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading and writing the times, dates, durations and periods of postmortems. Stateless. */
public final class Times {
    /**
     * A time at the start of a text: optional Markdown emphasis or code ({@code **2:14 PM**}, {@code
     * `01:58`}), optional date, time, optional AM/PM ({@code pm}, {@code p.m.}). A zone may follow
     * ({@link Zones#suffix}), then {@link #LEADING_TAIL}. Every part is bounded and anchored at the
     * start, so a match is linear.
     */
    private static final Pattern LEADING_CLOCK = Pattern.compile(
            "^[*_`]{0,3}\\s*(?:(\\d{4}-\\d{2}-\\d{2})(?:[ T]|,\\s*))?(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?"
                    + "(?:\\s?([ap])(?:\\.\\s?m\\.?|m\\b))?",
            Pattern.CASE_INSENSITIVE);
    /** What ends a leading time: closing emphasis, a word boundary, and an optional separator. */
    private static final Pattern LEADING_TAIL = Pattern.compile("[*_`]{0,3}(?=$|[\\s,;:|\\-–—)])\\s*(?:[-–—:|,]\\s*)?");

    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    /** A numeric date with slashes, {@code 04/03/2026}: day and month in an order the document decides. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\w/.])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\w/])");

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            + "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /**
     * A date with the month written as a (capitalised) word, the year optional: {@code Mar 12, 2026},
     * {@code March 4, 2026}, {@code 4 March 2026}, {@code 4th March}, {@code Mar 19}.
     */
    private static final Pattern WRITTEN_DATE = Pattern.compile("(?<![\\w.:/])(?:" + MONTH
            + "\\s(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s(\\d{4}))?|(\\d{1,2})(?:st|nd|rd|th)?\\s" + MONTH
            + ",?(?:\\s(\\d{4}))?)(?![\\w:/])");

    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Pattern INSTANT =
            Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern DURATION_PART = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(d|days?|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_WHOLE = Pattern.compile(
            "^(?:\\d+(?:\\.\\d+)?\\s*(?:d|days?|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)(?:\\s*,?\\s*(?:and\\s+)?)?)+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERIOD =
            Pattern.compile("^(\\d+)\\s*(d|days?|w|weeks?|m|months?)$", Pattern.CASE_INSENSITIVE);

    private Times() {}

    /**
     * A time read from the start of a timeline row, as written: its date and time of day in the zone
     * written after it, if any ({@code 14:52 UTC}, {@code 2:14 PM PDT}); {@code length} is what it used.
     */
    public record LeadingTime(Optional<LocalDate> date, LocalTime time, Optional<Zones.Zone> zone, int length) {}

    /** Reads a time at the start of {@code text}, if there is a valid one; {@code length} is what it used. */
    public static Optional<LeadingTime> leadingTime(String text) {
        Matcher matcher = LEADING_CLOCK.matcher(text);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        try {
            Optional<LocalDate> date =
                    matcher.group(1) == null ? Optional.empty() : Optional.of(LocalDate.parse(matcher.group(1)));
            int hour = Integer.parseInt(matcher.group(2));
            int minute = Integer.parseInt(matcher.group(3));
            int second = matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4));
            if (matcher.group(5) != null) {
                OptionalInt twentyFour = twentyFourHour(hour, matcher.group(5).equalsIgnoreCase("p"));
                if (twentyFour.isEmpty()) {
                    return Optional.empty();
                }
                hour = twentyFour.getAsInt();
            }
            LocalTime time = LocalTime.of(hour, minute, second);
            Optional<Zones.SuffixMatch> zone =
                    Zones.suffix(text, matcher.end(), date.isPresent() || matcher.group(4) != null);
            Matcher tail = LEADING_TAIL.matcher(text);
            if (zone.isPresent() && tail.region(zone.get().end(), text.length()).lookingAt()) {
                return Optional.of(new LeadingTime(date, time, zone.map(Zones.SuffixMatch::zone), tail.end()));
            }
            if (tail.region(matcher.end(), text.length()).lookingAt()) {
                return Optional.of(new LeadingTime(date, time, Optional.empty(), tail.end()));
            }
            return Optional.empty();
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The hour of a 12-hour clock on the 24-hour clock: 12 AM is 0, 12 PM is 12, 2 PM is 14. Empty
     * for an hour a 12-hour clock does not have ({@code 0} or above {@code 12}, as in "14:02 PM"):
     * such a time says two different things, and is not guessed at.
     */
    static OptionalInt twentyFourHour(int hour, boolean pm) {
        if (hour < 1 || hour > 12) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(hour % 12 + (pm ? 12 : 0));
    }

    /** Reads the first valid ISO date ({@code 2026-04-01}) in {@code text}. */
    public static Optional<DateMatch> firstDate(String text) {
        Matcher matcher = DATE.matcher(text);
        while (matcher.find()) {
            try {
                return Optional.of(new DateMatch(LocalDate.parse(matcher.group()), matcher.start(), matcher.end()));
            } catch (DateTimeException e) {
                // not a real date, such as 2026-02-30: keep looking
            }
        }
        return Optional.empty();
    }

    /** A date found in a text, with where it was. */
    public record DateMatch(LocalDate date, int start, int end) {}

    /** How a document writes numeric dates such as {@code 04/03/2026}. */
    public enum DateOrder {
        /** Day first: {@code 25/03/2026}. */
        DAY_FIRST,
        /** Month first: {@code 03/25/2026}. */
        MONTH_FIRST,
        /** Not known: no date in the document tells, or its dates contradict each other. */
        UNKNOWN
    }

    /**
     * How {@code text} writes numeric dates: day first when one of them can only be day first
     * ({@code 25/03/2026}), month first when one can only be month first ({@code 04/30/2026}), unknown
     * when none tells or they disagree.
     */
    public static DateOrder dateOrder(String text) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        Matcher matcher = NUMERIC_DATE.matcher(text);
        while (matcher.find()) {
            int first = Integer.parseInt(matcher.group(1));
            int second = Integer.parseInt(matcher.group(2));
            if (first > 12 && second >= 1 && second <= 12) {
                dayFirst = true;
            } else if (second > 12 && first >= 1 && first <= 12) {
                monthFirst = true;
            }
        }
        if (dayFirst == monthFirst) {
            return DateOrder.UNKNOWN;
        }
        return dayFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
    }

    /**
     * What a document's dates are read with: how it writes numeric dates, and the date a date
     * without a year ({@code Mar 19}) is taken to follow.
     */
    public record DateContext(DateOrder order, Optional<LocalDate> reference) {
        /** No order known and no reference date: only dates that say everything are read. */
        public static final DateContext NONE = new DateContext(DateOrder.UNKNOWN, Optional.empty());
    }

    /** A date-like text found: its date, or empty when it cannot be read without guessing. */
    private record Candidate(Optional<LocalDate> date, int start, int end) {}

    /**
     * Reads the first date in {@code text}: ISO ({@code 2026-03-04}), with the month in words
     * ({@code Mar 4, 2026}, {@code 4 March 2026}) or numeric ({@code 04/03/2026}). A numeric date whose
     * order neither its parts nor {@code context} settle, and a date without a year when there is no
     * reference date or it would fall before it, cannot be read: when such a text comes first, there is
     * no date, rather than a guess or a later date standing in for it. Impossible dates ({@code Feb 30})
     * are skipped.
     */
    public static Optional<DateMatch> findDate(String text, DateContext context) {
        Candidate first = null;
        for (Optional<Candidate> found :
                List.of(iso(text), numeric(text, context.order()), written(text, context.reference()))) {
            if (found.isPresent() && (first == null || found.get().start() < first.start())) {
                first = found.get();
            }
        }
        if (first == null || first.date().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DateMatch(first.date().get(), first.start(), first.end()));
    }

    /**
     * Reads a whole text as one date in any form {@link #findDate} reads, perhaps after a weekday
     * ({@code Thursday, April 9, 2026}) and before a note in parentheses.
     */
    public static Optional<LocalDate> wholeDate(String text, DateContext context) {
        String value = text.strip();
        if (value.length() > 100) {
            return Optional.empty();
        }
        Optional<DateMatch> found = findDate(value, context);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String before = value.substring(0, found.get().start()).strip();
        String after = value.substring(found.get().end()).strip();
        boolean weekdayOrNothing = before.isEmpty() || WEEKDAY.matcher(before).matches();
        boolean noteOrNothing = after.isEmpty() || NOTE.matcher(after).matches();
        return weekdayOrNothing && noteOrNothing ? Optional.of(found.get().date()) : Optional.empty();
    }

    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTE = Pattern.compile("[.,;]?\\s*(?:\\([^()]{0,80}\\))?\\s*[.]?");

    /**
     * Explains why the first date-like text in {@code text} could not be read, if one could not:
     * {@code "04/03/2026" could be day/month or month/day}, {@code "Mar 19" has no year}. Empty when
     * there is no such text, or it reads.
     */
    public static Optional<String> unreadableDate(String text, DateContext context) {
        Candidate first = null;
        for (Optional<Candidate> found :
                List.of(iso(text), numeric(text, context.order()), written(text, context.reference()))) {
            if (found.isPresent() && (first == null || found.get().start() < first.start())) {
                first = found.get();
            }
        }
        if (first == null || first.date().isPresent()) {
            return Optional.empty();
        }
        String raw = text.substring(first.start(), first.end());
        return Optional.of(
                NUMERIC_DATE.matcher(raw).matches()
                        ? "\"" + raw + "\" could be day/month or month/day"
                        : "\"" + raw + "\" has no year, and no document date before it gives one");
    }

    private static Optional<Candidate> iso(String text) {
        return firstDate(text).map(match -> new Candidate(Optional.of(match.date()), match.start(), match.end()));
    }

    private static Optional<Candidate> numeric(String text, DateOrder order) {
        Matcher matcher = NUMERIC_DATE.matcher(text);
        while (matcher.find()) {
            int first = Integer.parseInt(matcher.group(1));
            int second = Integer.parseInt(matcher.group(2));
            int year = Integer.parseInt(matcher.group(3));
            boolean dayFirst;
            if (first == second || second > 12) {
                dayFirst = false;
            } else if (first > 12) {
                dayFirst = true;
            } else if (order == DateOrder.UNKNOWN) {
                return Optional.of(new Candidate(Optional.empty(), matcher.start(), matcher.end()));
            } else {
                dayFirst = order == DateOrder.DAY_FIRST;
            }
            Optional<LocalDate> date = dayFirst ? of(year, second, first) : of(year, first, second);
            if (date.isPresent()) {
                return Optional.of(new Candidate(date, matcher.start(), matcher.end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Candidate> written(String text, Optional<LocalDate> reference) {
        Matcher matcher = WRITTEN_DATE.matcher(text);
        while (matcher.find()) {
            boolean monthFirst = matcher.group(1) != null;
            int month = MONTHS.indexOf((monthFirst ? matcher.group(1) : matcher.group(5))
                            .substring(0, 3)
                            .toLowerCase(Locale.ROOT))
                    + 1;
            int day = Integer.parseInt(monthFirst ? matcher.group(2) : matcher.group(4));
            String yearText = monthFirst ? matcher.group(3) : matcher.group(6);
            if (yearText != null) {
                Optional<LocalDate> date = of(Integer.parseInt(yearText), month, day);
                if (date.isPresent()) {
                    return Optional.of(new Candidate(date, matcher.start(), matcher.end()));
                }
                continue;
            }
            if (reference.isEmpty()) {
                if (of(2000, month, day).isPresent()) {
                    return Optional.of(new Candidate(Optional.empty(), matcher.start(), matcher.end()));
                }
                continue;
            }
            Optional<LocalDate> date = of(reference.get().getYear(), month, day);
            if (date.isPresent() || of(2000, month, day).isPresent()) {
                // a date without a year is read in the reference date's year, and only on or after it
                Optional<LocalDate> read = date.filter(found -> !found.isBefore(reference.get()));
                return Optional.of(new Candidate(read, matcher.start(), matcher.end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Reads a whole text as an ISO date. */
    public static Optional<LocalDate> date(String text) {
        Optional<DateMatch> found = firstDate(text.strip());
        return found.filter(match ->
                        match.start() == 0 && match.end() == text.strip().length())
                .map(DateMatch::date);
    }

    /** Reads {@code 2026-03-04 14:02}, {@code 2026-03-04 14:02 UTC} or {@code 2026-03-04T14:02:30Z} as an instant. */
    public static Optional<Instant> instant(String text) {
        return instant(text, Optional.empty());
    }

    /**
     * Reads a date and time as an instant, in the zone written after it ({@code 2026-03-04 14:02 PDT},
     * {@code 2026-03-04T14:02:30+01:00}), else in {@code zone}, else in UTC. Empty when the text is not
     * one date and time, or its zone cannot be converted from (see {@link Zones.Zone#offset}).
     */
    public static Optional<Instant> instant(String text, Optional<Zones.Zone> zone) {
        String value = text.strip();
        Matcher matcher = INSTANT.matcher(value);
        if (!matcher.lookingAt() || value.length() > 100) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(matcher.group(1));
            int second = matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4));
            LocalTime time =
                    LocalTime.of(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)), second);
            Optional<Zones.Zone> written = Optional.empty();
            if (matcher.end() < value.length()) {
                Optional<Zones.SuffixMatch> suffix = Zones.suffix(value, matcher.end(), true);
                if (suffix.isEmpty() || suffix.get().end() != value.length()) {
                    return Optional.empty();
                }
                written = Optional.of(suffix.get().zone());
            }
            Zones.Zone in = written.or(() -> zone).orElse(Zones.Zone.UTC);
            return in.offset(Optional.of(date), time)
                    .map(offset -> date.atTime(time).toInstant(offset));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Writes an instant as {@code 2026-03-04 14:02 UTC} (with seconds when not zero). */
    public static String instant(Instant instant) {
        LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        return time.toLocalDate() + " " + time(time.toLocalTime()) + " UTC";
    }

    /** Writes a time as {@code 14:02}, or {@code 14:02:30} when the seconds are not zero. */
    public static String time(LocalTime time) {
        String text = String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
        return time.getSecond() == 0 ? text : text + String.format(Locale.ROOT, ":%02d", time.getSecond());
    }

    /** Reads a duration such as {@code 18 minutes}, {@code 2h 15m}, {@code 1 hour and 5 minutes} or {@code PT18M}. */
    public static Optional<Duration> duration(String text) {
        String value = text.strip();
        if (value.regionMatches(true, 0, "PT", 0, 2) || value.regionMatches(true, 0, "P", 0, 1)) {
            try {
                return Optional.of(Duration.parse(value.toUpperCase(Locale.ROOT)));
            } catch (DateTimeException | ArithmeticException e) {
                return Optional.empty();
            }
        }
        if (value.isEmpty()
                || value.length() > 200
                || !DURATION_WHOLE.matcher(value).matches()) {
            return Optional.empty();
        }
        Matcher matcher = DURATION_PART.matcher(value);
        double seconds = 0;
        while (matcher.find()) {
            double amount = Double.parseDouble(matcher.group(1));
            char unit = Character.toLowerCase(matcher.group(2).charAt(0));
            seconds += amount
                    * switch (unit) {
                        case 'd' -> 86_400;
                        case 'h' -> 3_600;
                        case 'm' -> 60;
                        default -> 1;
                    };
        }
        if (seconds > 1e12) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Math.round(seconds)));
    }

    /** Writes a duration as {@code 2h 15m}, {@code 18m}, {@code 45s} or {@code 0m}. */
    public static String duration(Duration duration) {
        long total = duration.getSeconds();
        long days = total / 86_400;
        long hours = total % 86_400 / 3_600;
        long minutes = total % 3_600 / 60;
        long seconds = total % 60;
        StringBuilder out = new StringBuilder();
        if (days > 0) {
            out.append(days).append("d ");
        }
        if (hours > 0) {
            out.append(hours).append("h ");
        }
        if (minutes > 0 || (total > 0 && seconds == 0 && out.length() == 0)) {
            out.append(minutes).append("m ");
        }
        if (seconds > 0) {
            out.append(seconds).append("s ");
        }
        return out.length() == 0 ? "0m" : out.toString().strip();
    }

    /** Writes a duration for people: {@code 18 minutes}, {@code 2 hours 15 minutes}. */
    public static String humanDuration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return duration.getSeconds() + " seconds";
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        String h = hours == 0 ? "" : hours + (hours == 1 ? " hour" : " hours");
        String m = rest == 0 ? "" : rest + (rest == 1 ? " minute" : " minutes");
        return (h + " " + m).strip();
    }

    /** Reads a period such as {@code 30 days}, {@code 4 weeks}, {@code 2 months} or {@code P30D}. */
    public static Optional<Period> period(String text) {
        String value = text.strip();
        if (value.regionMatches(true, 0, "P", 0, 1)) {
            try {
                return Optional.of(Period.parse(value.toUpperCase(Locale.ROOT)));
            } catch (DateTimeException | ArithmeticException e) {
                return Optional.empty();
            }
        }
        Matcher matcher = PERIOD.matcher(value);
        if (!matcher.matches() || matcher.group(1).length() > 6) {
            return Optional.empty();
        }
        int amount = Integer.parseInt(matcher.group(1));
        return switch (Character.toLowerCase(matcher.group(2).charAt(0))) {
            case 'd' -> Optional.of(Period.ofDays(amount));
            case 'w' -> Optional.of(Period.ofWeeks(amount));
            default -> Optional.of(Period.ofMonths(amount));
        };
    }

    /** Writes a period as {@code 8 weeks}, {@code 30 days} or ISO when it mixes units. */
    public static String period(Period period) {
        if (period.getYears() == 0 && period.getMonths() == 0) {
            int days = period.getDays();
            return days % 7 == 0 && days > 0 ? count(days / 7, "week") : count(days, "day");
        }
        if (period.getYears() == 0 && period.getDays() == 0) {
            return count(period.getMonths(), "month");
        }
        return period.toString();
    }

    private static String count(int amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }
}
