package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Small writing helpers shared by the codecs: absent optionals are left out, dates, times of day
 * and durations are ISO-8601. Stateless.
 */
final class Out {
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Out() {}

    static void text(String field, Optional<String> value, JsonGenerator out) throws IOException {
        if (value.isPresent()) {
            out.writeStringField(field, value.get());
        }
    }

    static void instant(String field, Optional<Instant> value, JsonGenerator out) throws IOException {
        if (value.isPresent()) {
            Instants.write(field, value.get(), out);
        }
    }

    static void date(String field, Optional<LocalDate> value, JsonGenerator out) throws IOException {
        if (value.isPresent()) {
            out.writeStringField(field, value.get().toString());
        }
    }

    static void timeOfDay(String field, LocalTime value, JsonGenerator out) throws IOException {
        out.writeStringField(field, TIME_OF_DAY.format(value));
    }

    static void duration(String field, Optional<Duration> value, JsonGenerator out) throws IOException {
        if (value.isPresent()) {
            out.writeStringField(field, value.get().toString());
        }
    }

    static void number(String field, OptionalLong value, JsonGenerator out) throws IOException {
        if (value.isPresent()) {
            out.writeNumberField(field, value.getAsLong());
        }
    }

    static void constant(String field, Enum<?> value, JsonGenerator out) throws IOException {
        out.writeStringField(field, Names.of(value));
    }

    static void texts(String field, Collection<String> texts, JsonGenerator out) throws IOException {
        ImpactCodec.writeTexts(field, texts, out);
    }
}
