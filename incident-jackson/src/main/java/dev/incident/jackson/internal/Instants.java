package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;

/**
 * How the format writes instants: {@link Instant#toString()}, ISO-8601 in UTC with a {@code Z},
 * such as {@code 2026-03-04T14:05:00Z} (fractions of a second only when there are any). Reading is
 * {@link JsonIn#instant()}. Not registered for {@code Instant} in general: the module leaves other
 * libraries' instants alone.
 */
final class Instants {
    private Instants() {}

    static void write(String field, Instant instant, JsonGenerator out) throws IOException {
        out.writeStringField(field, instant.toString());
    }
}
