package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.model.Audience;
import dev.incident.model.Participant;
import dev.incident.model.PublicStatus;
import dev.incident.model.StatusUpdate;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link StatusUpdate} as {@code {"at", "status", "audience", "message", "author"}}; {@code
 * audience} defaults to {@code internal} when read. The {@code status_update_posted} event carries
 * the same fields next to its {@code type}. Stateless.
 */
public final class StatusUpdateCodec extends Codec<StatusUpdate> {
    /** The instance. */
    public static final StatusUpdateCodec INSTANCE = new StatusUpdateCodec();

    private StatusUpdateCodec() {
        super(StatusUpdate.class);
    }

    @Override
    public void write(StatusUpdate value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        Instants.write("at", value.at(), out);
        writeFields(value, out);
        out.writeEndObject();
    }

    /** Writes every field but {@code at}. */
    static void writeFields(StatusUpdate value, JsonGenerator out) throws IOException {
        out.writeStringField("status", Names.of(value.status()));
        out.writeStringField("audience", Names.of(value.audience()));
        out.writeStringField("message", value.message());
        out.writeStringField("author", value.author().name());
    }

    @Override
    public StatusUpdate read(JsonIn in) throws IncidentJsonException {
        return readFields(in.object("a status update"));
    }

    static StatusUpdate readFields(ObjectIn object) throws IncidentJsonException {
        Instant at = object.instant("at");
        PublicStatus status = object.enumConstant("status", PublicStatus.class);
        Optional<JsonIn> audienceField = object.optional("audience");
        Audience audience = audienceField.isEmpty()
                ? Audience.INTERNAL
                : audienceField.get().enumConstant(Audience.class);
        String message = object.nonBlankText("message");
        Participant author = ParticipantCodec.INSTANCE.read(object.required("author"));
        return object.build(() -> StatusUpdate.builder()
                .status(status)
                .audience(audience)
                .message(message)
                .at(at)
                .author(author)
                .build());
    }
}
