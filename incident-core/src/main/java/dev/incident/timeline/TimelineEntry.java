package dev.incident.timeline;

import dev.incident.event.IncidentEvent;
import dev.incident.lifecycle.Phase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One row of a {@link Timeline}: when, what kind, from where, what happened, and in which phase the
 * incident was at that time. Entries are made by {@link Timeline}; a corrected entry shows its
 * corrected time and text, and keeps the original in {@link #key()} and the corrections in {@link
 * #corrections()}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TimelineEntry {
    TimelineEntry() {}

    /** When it happened, after corrections. */
    public abstract Instant at();

    /** What the entry is about. */
    public abstract EntryKind kind();

    /** Where it comes from: {@link Timeline#INCIDENT_SOURCE} for the incident's own history. */
    public abstract String source();

    /** What happened, after corrections. */
    public abstract String text();

    /** A link to the original, if there is one. */
    public abstract Optional<String> link();

    /**
     * The incident's phase at {@link #at()}: for an entry derived from an event, the phase after that
     * event; otherwise the phase after the latest event at or before that time. Empty before the
     * declaration.
     */
    public abstract Optional<Phase> phase();

    /** The event this entry was derived from; empty for external entries. */
    public abstract Optional<IncidentEvent> event();

    /** The key moments this entry marks, often none. */
    public abstract Set<KeyMoment> keyMoments();

    /** The original source, time and text: what identifies the entry. */
    public abstract EntryKey key();

    /** The corrections applied, in the order applied; empty if the entry was never corrected. */
    public abstract List<Correction> corrections();

    /** Position among the entries derived from the incident, in history order; -1 for external ones. */
    @Value.Auxiliary
    abstract int sequence();

    /** Whether the entry comes from the incident's own history. */
    public final boolean isFromIncident() {
        return event().isPresent();
    }

    /** Whether a correction changed this entry. */
    public final boolean isCorrected() {
        return !corrections().isEmpty();
    }
}
