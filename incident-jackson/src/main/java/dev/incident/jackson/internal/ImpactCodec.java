package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.model.Impact;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@link Impact} as {@code {"started_at", "affected_services", "user_facing", "scope",
 * "users_affected", "requests_affected", "regions_affected"}}; the optional ones are left out when
 * absent, the arrays and {@code user_facing} are always written and default to empty and false
 * when read. Stateless.
 */
public final class ImpactCodec extends Codec<Impact> {
    /** The instance. */
    public static final ImpactCodec INSTANCE = new ImpactCodec();

    private ImpactCodec() {
        super(Impact.class);
    }

    @Override
    public void write(Impact value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        if (value.startedAt().isPresent()) {
            Instants.write("started_at", value.startedAt().get(), out);
        }
        writeTexts("affected_services", value.affectedServices(), out);
        out.writeBooleanField("user_facing", value.userFacing());
        if (value.scope().isPresent()) {
            out.writeStringField("scope", value.scope().get());
        }
        if (value.usersAffected().isPresent()) {
            out.writeNumberField("users_affected", value.usersAffected().getAsLong());
        }
        if (value.requestsAffected().isPresent()) {
            out.writeNumberField("requests_affected", value.requestsAffected().getAsLong());
        }
        writeTexts("regions_affected", value.regionsAffected(), out);
        out.writeEndObject();
    }

    static void writeTexts(String field, Collection<String> texts, JsonGenerator out) throws IOException {
        out.writeArrayFieldStart(field);
        for (String text : texts) {
            out.writeString(text);
        }
        out.writeEndArray();
    }

    @Override
    public Impact read(JsonIn in) throws IncidentJsonException {
        ObjectIn object = in.object("an impact");
        Optional<Instant> startedAt = object.optionalInstant("started_at");
        List<String> services = object.distinctTexts("affected_services");
        boolean userFacing = object.bool("user_facing", false);
        Optional<String> scope = object.optionalText("scope");
        OptionalLong users = count(object, "users_affected");
        OptionalLong requests = count(object, "requests_affected");
        List<String> regions = object.distinctTexts("regions_affected");
        return object.build(() -> Impact.builder()
                .startedAt(startedAt)
                .affectedServices(services)
                .userFacing(userFacing)
                .scope(scope)
                .usersAffected(users)
                .requestsAffected(requests)
                .regionsAffected(regions)
                .build());
    }

    private static OptionalLong count(ObjectIn object, String name) throws IncidentJsonException {
        Optional<JsonIn> field = object.optional(name);
        return field.isEmpty()
                ? OptionalLong.empty()
                : OptionalLong.of(field.get().integer(0, Long.MAX_VALUE));
    }
}
