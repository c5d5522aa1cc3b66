package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.postmortem.PostmortemImpact;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@link PostmortemImpact} as {@code {"started_at", "mitigated_at", "resolved_at", "duration",
 * "affected_services", "users_affected", "requests_affected", "description"}}: the optional ones left
 * out when absent, {@code duration} in ISO-8601 ({@code PT18M}), {@code affected_services} and
 * {@code description} (Markdown, may be empty) always written. Stateless.
 */
public final class PostmortemImpactCodec extends Codec<PostmortemImpact> {
    /** The instance. */
    public static final PostmortemImpactCodec INSTANCE = new PostmortemImpactCodec();

    private PostmortemImpactCodec() {
        super(PostmortemImpact.class);
    }

    @Override
    public void write(PostmortemImpact value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        Out.instant("started_at", value.startedAt(), out);
        Out.instant("mitigated_at", value.mitigatedAt(), out);
        Out.instant("resolved_at", value.resolvedAt(), out);
        Out.duration("duration", value.duration(), out);
        Out.texts("affected_services", value.affectedServices(), out);
        Out.number("users_affected", value.usersAffected(), out);
        Out.number("requests_affected", value.requestsAffected(), out);
        out.writeStringField("description", value.description());
        out.writeEndObject();
    }

    @Override
    public PostmortemImpact read(JsonIn in) throws IncidentJsonException {
        ObjectIn o = in.object("a postmortem impact");
        Optional<Instant> started = o.optionalInstant("started_at");
        Optional<Instant> mitigated = o.optionalInstant("mitigated_at");
        Optional<Instant> resolved = o.optionalInstant("resolved_at");
        Optional<Duration> duration = o.optionalDuration("duration");
        List<String> services = o.distinctTexts("affected_services");
        OptionalLong users = o.optionalInteger("users_affected", 0, Long.MAX_VALUE);
        OptionalLong requests = o.optionalInteger("requests_affected", 0, Long.MAX_VALUE);
        String description = o.optionalAnyText("description").orElse("");
        return o.build(() -> PostmortemImpact.builder()
                .startedAt(started)
                .mitigatedAt(mitigated)
                .resolvedAt(resolved)
                .duration(duration)
                .affectedServices(services)
                .usersAffected(users)
                .requestsAffected(requests)
                .description(description)
                .build());
    }
}
