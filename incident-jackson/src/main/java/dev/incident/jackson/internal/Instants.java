package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How the format writes instants: exactly {@link Instant#toString()}, ISO-8601 in UTC with a
 * {@code Z}, such as {@code 2026-03-04T14:05:00Z} (fractions of a second in groups of three digits,
 * only when there are any). Reading accepts exactly what {@link Instant#parse} accepts.
 *
 * <p>Both directions have a fast path for the common form (years 0000 to 9999, no leap second):
 * {@code java.time}'s formatter costs more than the rest of an event. Anything else takes the
 * standard path, so the results are the same. Not registered for {@code Instant} in general: the
 * module leaves other libraries' instants alone. Stateless.
 */
public final class Instants {
    private static final long SECONDS_PER_DAY = 86_400;
    private static final long MAX_FAST_SECOND = 253_402_300_799L; // 9999-12-31T23:59:59Z
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Instants() {}

    static void write(String field, Instant instant, JsonGenerator out) throws IOException {
        out.writeFieldName(field);
        out.writeString(format(instant));
    }

    /** The same text as {@link Instant#toString()}. */
    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds > MAX_FAST_SECOND) {
            return instant.toString();
        }
        long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        LocalDate date = LocalDate.ofEpochDay(day);
        int nanos = instant.getNano();
        int fraction = nanos == 0 ? 0 : nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
        char[] out = new char[20 + (fraction == 0 ? 0 : fraction + 1)];
        put(out, 0, date.getYear(), 4);
        out[4] = '-';
        put(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        put(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        put(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        put(out, 17, secondOfDay % 60, 2);
        if (fraction > 0) {
            out[19] = '.';
            put(out, 20, nanos / POWERS[9 - fraction], fraction);
        }
        out[out.length - 1] = 'Z';
        return new String(out);
    }

    private static void put(char[] out, int at, int value, int digits) {
        for (int i = at + digits - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * The same instant as {@link Instant#parse(CharSequence)}.
     *
     * @throws DateTimeParseException if {@code text} is not an ISO-8601 instant
     */
    public static Instant parse(String text) {
        int n = text.length();
        if (n < 20
                || n == 21
                || n > 30
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':'
                || text.charAt(n - 1) != 'Z'
                || (n > 20 && text.charAt(19) != '.')) {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int fractionDigits = n > 20 ? n - 21 : 0;
        int fraction = fractionDigits == 0 ? 0 : digits(text, 20, fractionDigits);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || fraction < 0) {
            return Instant.parse(text);
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return Instant.parse(text);
        }
        long seconds = date.toEpochDay() * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
        long nanos = fractionDigits == 0 ? 0 : (long) fraction * POWERS[9 - fractionDigits];
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The decimal value of {@code count} digits at {@code at}, or -1 if one is not a digit. */
    private static int digits(String text, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
