package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.event.IncidentDeclared;
import dev.incident.event.IncidentEvent;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Lifecycle;
import dev.incident.lifecycle.Rejection;
import dev.incident.lifecycle.TransitionRejectedException;
import dev.incident.model.IncidentId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Incident} as the document {@code {"format": "incident/1", "id": "INC-42", "events": [...]}}.
 * Reading is validating: the events are replayed through the {@link Lifecycle} given at
 * construction, and a refused event becomes {@code LIFECYCLE_REJECTED} at {@code /events/<index>}.
 * Immutable and thread-safe.
 */
public final class IncidentCodec extends DocumentCodec<Incident> {
    /** The format this version writes and reads. */
    public static final String FORMAT = "incident/1";

    private final Lifecycle lifecycle;

    /**
     * @param lifecycle the lifecycle that replays what is read
     */
    public IncidentCodec(Lifecycle lifecycle) {
        super(Incident.class, FORMAT);
        this.lifecycle = lifecycle;
    }

    @Override
    protected void writeFields(Incident value, JsonGenerator out) throws IOException {
        out.writeStringField("id", value.id().value());
        out.writeArrayFieldStart("events");
        for (IncidentEvent event : value.events()) {
            EventCodec.INSTANCE.write(event, out);
        }
        out.writeEndArray();
    }

    @Override
    protected Incident readFields(ObjectIn in) throws IncidentJsonException {
        JsonIn idField = in.required("id");
        IncidentId id = IncidentIdCodec.INSTANCE.read(idField);
        JsonIn eventsField = in.required("events");
        List<JsonIn> elements = eventsField.elements();
        if (elements.isEmpty()) {
            throw eventsField.error(Reason.INVALID_VALUE, "an incident has at least one event, its declaration, first");
        }
        List<IncidentEvent> events = new ArrayList<>(elements.size());
        for (JsonIn element : elements) {
            events.add(EventCodec.INSTANCE.read(element));
        }
        in.checkUnknownFields();
        if (events.get(0) instanceof IncidentDeclared declared && !declared.id().equals(id)) {
            throw idField.error(
                    Reason.INVALID_VALUE,
                    "the document's id " + IncidentJsonException.quote(id.value())
                            + " differs from the declaration's id "
                            + IncidentJsonException.quote(declared.id().value()) + " at "
                            + elements.get(0).path("id"));
        }
        try {
            return lifecycle.replay(events);
        } catch (TransitionRejectedException e) {
            Rejection rejection = e.rejection();
            int index = e.eventIndex().orElse(0);
            throw new IncidentJsonException(
                    Reason.LIFECYCLE_REJECTED,
                    elements.get(index).path(),
                    Names.of(rejection.reason()) + ": " + rejection.message(),
                    rejection.reason(),
                    e);
        }
    }
}
