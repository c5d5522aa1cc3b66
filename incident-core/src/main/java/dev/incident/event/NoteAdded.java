package dev.incident.event;

import dev.incident.internal.Checks;
import dev.incident.model.Participant;
import java.time.Instant;

/**
 * A free note for the record.
 *
 * @param author who wrote it
 * @param text the note
 * @param at when
 */
public record NoteAdded(Participant author, String text, Instant at) implements IncidentEvent {
    /**
     * Creates the event.
     *
     * @param author who wrote it
     * @param text the note
     * @param at when
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public NoteAdded {
        Checks.notNull(author, "author");
        Checks.notBlank(text, "text");
        Checks.notNull(at, "at");
    }

    @Override
    public EventType type() {
        return EventType.NOTE_ADDED;
    }
}
