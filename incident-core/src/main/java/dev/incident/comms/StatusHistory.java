package dev.incident.comms;

import dev.incident.event.EventType;
import dev.incident.event.IncidentEvent;
import dev.incident.internal.Checks;
import dev.incident.lifecycle.Incident;
import dev.incident.model.Audience;
import dev.incident.model.PublicStatus;
import dev.incident.model.StatusUpdate;
import dev.incident.timeline.internal.Format;
import dev.incident.timeline.internal.Replay;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The public status history of an incident: when its derived public status changed (investigating
 * → identified → monitoring → resolved, and back on reopening), and the public updates posted.
 *
 * <p>The derived status follows {@link Incident#publicStatus()} after every event: the last change
 * is always the incident's current public status. Immutable and thread-safe.
 */
public final class StatusHistory {
    /**
     * A change of the derived public status.
     *
     * @param at when it changed
     * @param status the new status
     * @param cause the type of the event that changed it ({@link EventType#DECLARED} for the first)
     */
    public record Change(Instant at, PublicStatus status, EventType cause) {
        /**
         * Creates a change.
         *
         * @throws NullPointerException if a component is null
         */
        public Change {
            Checks.notNull(at, "at");
            Checks.notNull(status, "status");
            Checks.notNull(cause, "cause");
        }
    }

    private final Incident incident;
    private final List<Change> changes;
    private final List<StatusUpdate> publicUpdates;

    private StatusHistory(Incident incident, List<Change> changes, List<StatusUpdate> publicUpdates) {
        this.incident = incident;
        this.changes = changes;
        this.publicUpdates = publicUpdates;
    }

    /**
     * Returns the status history of {@code incident}.
     *
     * @throws NullPointerException if {@code incident} is null
     */
    public static StatusHistory of(Incident incident) {
        Checks.notNull(incident, "incident");
        List<IncidentEvent> events = incident.events();
        List<Replay.State> states = Replay.of(incident).states();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            PublicStatus status = states.get(i).status();
            if (changes.isEmpty() || changes.get(changes.size() - 1).status() != status) {
                changes.add(new Change(events.get(i).at(), status, events.get(i).type()));
            }
        }
        List<StatusUpdate> updates = incident.statusUpdates().stream()
                .filter(u -> u.audience() == Audience.PUBLIC)
                .toList();
        return new StatusHistory(incident, Collections.unmodifiableList(changes), updates);
    }

    /** The incident. */
    public Incident incident() {
        return incident;
    }

    /** The changes of the derived public status, oldest first; the first is at the declaration. */
    public List<Change> changes() {
        return changes;
    }

    /** The public status updates posted, oldest first. */
    public List<StatusUpdate> publicUpdates() {
        return publicUpdates;
    }

    /**
     * Returns the derived public status at {@code at}, or empty before the declaration.
     *
     * @throws NullPointerException if {@code at} is null
     */
    public Optional<PublicStatus> statusAt(Instant at) {
        Checks.notNull(at, "at");
        PublicStatus status = null;
        for (Change change : changes) {
            if (change.at().isAfter(at)) {
                break;
            }
            status = change.status();
        }
        return Optional.ofNullable(status);
    }

    /**
     * Renders the history as plain text, one line per status change or public update, in time order
     * (a change before an update at the same time); times in {@code zone}.
     *
     * @throws NullPointerException if {@code zone} is null
     */
    public String toPlainText(ZoneId zone) {
        Checks.notNull(zone, "zone");
        List<Instant> times = new ArrayList<>();
        changes.forEach(c -> times.add(c.at()));
        publicUpdates.forEach(u -> times.add(u.at()));
        DateTimeFormatter formatter = Format.formatter(times, zone);
        StringBuilder out = new StringBuilder();
        int u = 0;
        for (int c = 0; c <= changes.size(); c++) {
            Instant limit = c < changes.size() ? changes.get(c).at() : Instant.MAX;
            while (u < publicUpdates.size() && publicUpdates.get(u).at().isBefore(limit)) {
                StatusUpdate update = publicUpdates.get(u++);
                out.append(formatter.format(update.at()))
                        .append("  public update  ")
                        .append(String.format(Locale.ROOT, "%-14s", name(update.status())))
                        .append(update.author())
                        .append(": ")
                        .append(update.message().replace('\n', ' '))
                        .append('\n');
            }
            if (c < changes.size()) {
                Change change = changes.get(c);
                out.append(formatter.format(change.at()))
                        .append("  status is now ")
                        .append(String.format(Locale.ROOT, "%-14s", name(change.status())))
                        .append("(")
                        .append(name(change.cause()))
                        .append(")\n");
            }
        }
        return out.toString();
    }

    private static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @Override
    public String toString() {
        return "StatusHistory{" + incident.id() + ", " + changes + "}";
    }
}
