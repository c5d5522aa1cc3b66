package dev.incident.comms;

import dev.incident.comms.internal.Json;
import dev.incident.internal.Checks;
import dev.incident.lifecycle.Incident;
import dev.incident.model.Audience;
import dev.incident.model.PublicStatus;
import dev.incident.model.StatusUpdate;
import dev.incident.timeline.internal.Replay;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An incident as a status page shows it, in the shape of Atlassian Statuspage's {@code incident}
 * with its {@code incident_updates}: only public updates appear, newest first, each with its status,
 * body, display time and the affected components with their old and new component status. {@link
 * #toJson()} writes it with Statuspage's field names so teams can publish it.
 *
 * <pre>{@code
 * StatusPageIncident page = StatusPageIncident.of(incident);
 * httpClient.send(request.POST(BodyPublishers.ofString(page.toJson())), ...);
 * }</pre>
 *
 * <p>The affected components are the services of the latest impact assessment; their status at each
 * update comes from a {@link ComponentStatusRule} applied to the severity at that time and the
 * update's status. Immutable and thread-safe.
 *
 * @param name the incident's title
 * @param status the status of the latest public update, or the derived public status if none was
 *     posted yet
 * @param impact the impact: from the current severity for a user-facing incident, otherwise none
 * @param startedAt when the impact started, if known, otherwise the declaration
 * @param updatedAt the display time of the latest public update, or the declaration
 * @param resolvedAt the display time of the latest update if it announced "resolved"
 * @param incidentUpdates the public updates, newest first
 * @param components the affected components with their current status
 */
public record StatusPageIncident(
        String name,
        PublicStatus status,
        StatusPageImpact impact,
        Instant startedAt,
        Instant updatedAt,
        Optional<Instant> resolvedAt,
        List<Update> incidentUpdates,
        List<Component> components) {

    /**
     * Creates the view.
     *
     * @throws NullPointerException if a component is null
     */
    public StatusPageIncident {
        Checks.notBlank(name, "name");
        Checks.notNull(status, "status");
        Checks.notNull(impact, "impact");
        Checks.notNull(startedAt, "startedAt");
        Checks.notNull(updatedAt, "updatedAt");
        Checks.notNull(resolvedAt, "resolvedAt");
        incidentUpdates = List.copyOf(Checks.notNull(incidentUpdates, "incidentUpdates"));
        components = List.copyOf(Checks.notNull(components, "components"));
    }

    /**
     * One public update, as Statuspage's {@code incident_update}.
     *
     * @param status the status it announced
     * @param body its text
     * @param displayAt when it was posted ({@code display_at})
     * @param affectedComponents the components with their status before and after it
     */
    public record Update(
            PublicStatus status, String body, Instant displayAt, List<ComponentChange> affectedComponents) {
        /**
         * Creates an update.
         *
         * @throws NullPointerException if a component is null
         */
        public Update {
            Checks.notNull(status, "status");
            Checks.notBlank(body, "body");
            Checks.notNull(displayAt, "displayAt");
            affectedComponents = List.copyOf(Checks.notNull(affectedComponents, "affectedComponents"));
        }
    }

    /**
     * A component and its status.
     *
     * @param name the component (service) name
     * @param status its status
     */
    public record Component(String name, ComponentStatus status) {
        /**
         * Creates a component.
         *
         * @throws NullPointerException if a component is null
         */
        public Component {
            Checks.notBlank(name, "name");
            Checks.notNull(status, "status");
        }
    }

    /**
     * A component's status change at one update ({@code old_status} and {@code new_status}).
     *
     * @param name the component name
     * @param oldStatus its status before the update
     * @param newStatus its status after the update
     */
    public record ComponentChange(String name, ComponentStatus oldStatus, ComponentStatus newStatus) {
        /**
         * Creates a change.
         *
         * @throws NullPointerException if a component is null
         */
        public ComponentChange {
            Checks.notBlank(name, "name");
            Checks.notNull(oldStatus, "oldStatus");
            Checks.notNull(newStatus, "newStatus");
        }
    }

    /**
     * Returns the status-page view of {@code incident} with the {@link ComponentStatusRule#DEFAULT}
     * rule.
     *
     * @throws NullPointerException if {@code incident} is null
     */
    public static StatusPageIncident of(Incident incident) {
        return of(incident, ComponentStatusRule.DEFAULT);
    }

    /**
     * Returns the status-page view of {@code incident}, deciding component statuses with {@code rule}.
     *
     * @throws NullPointerException if an argument is null, or {@code rule} returns null
     */
    public static StatusPageIncident of(Incident incident, ComponentStatusRule rule) {
        Checks.notNull(incident, "incident");
        Checks.notNull(rule, "rule");
        Replay replay = Replay.of(incident);
        Set<String> services = incident.impact().map(i -> i.affectedServices()).orElse(Set.of());
        List<Update> updates = new ArrayList<>();
        ComponentStatus previous = ComponentStatus.OPERATIONAL;
        for (StatusUpdate update : incident.statusUpdates()) {
            if (update.audience() != Audience.PUBLIC) {
                continue;
            }
            Replay.State state = replay.at(update.at()).orElseThrow();
            ComponentStatus now = Checks.notNull(rule.statusOf(state.severity(), update.status()), "component status");
            List<ComponentChange> changes = new ArrayList<>();
            for (String service : services) {
                changes.add(new ComponentChange(service, previous, now));
            }
            previous = now;
            updates.add(new Update(update.status(), update.message(), update.at(), changes));
        }
        Optional<Update> latest = updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1));
        PublicStatus status = latest.map(Update::status).orElse(incident.publicStatus());
        ComponentStatus current = latest.isPresent()
                ? previous
                : Checks.notNull(rule.statusOf(incident.severity(), status), "component status");
        List<Component> components = new ArrayList<>();
        for (String service : services) {
            components.add(new Component(service, current));
        }
        Collections.reverse(updates);
        return new StatusPageIncident(
                incident.title(),
                status,
                incident.isUserFacing() ? StatusPageImpact.of(incident.severity()) : StatusPageImpact.NONE,
                incident.impact().flatMap(i -> i.startedAt()).orElse(incident.declaredAt()),
                latest.map(Update::displayAt).orElse(incident.declaredAt()),
                latest.filter(u -> u.status() == PublicStatus.RESOLVED).map(Update::displayAt),
                updates,
                components);
    }

    /**
     * Writes the view as JSON with Statuspage's field names ({@code name}, {@code status}, {@code
     * impact}, {@code started_at}, {@code updated_at}, {@code resolved_at}, {@code incident_updates}
     * with {@code status}, {@code body}, {@code display_at} and {@code affected_components} with
     * {@code name}, {@code old_status}, {@code new_status}; {@code components} with {@code name} and
     * {@code status}); times in ISO-8601 UTC, absent values as {@code null}.
     */
    public String toJson() {
        Json json = new Json();
        json.beginObject()
                .field("name", name)
                .field("status", lower(status))
                .field("impact", impact.apiValue())
                .field("started_at", startedAt.toString())
                .field("updated_at", updatedAt.toString())
                .field("resolved_at", resolvedAt.map(Instant::toString).orElse(null))
                .name("incident_updates")
                .beginArray();
        for (Update update : incidentUpdates) {
            json.beginObject()
                    .field("status", lower(update.status()))
                    .field("body", update.body())
                    .field("display_at", update.displayAt().toString())
                    .name("affected_components")
                    .beginArray();
            for (ComponentChange change : update.affectedComponents()) {
                json.beginObject()
                        .field("name", change.name())
                        .field("old_status", change.oldStatus().apiValue())
                        .field("new_status", change.newStatus().apiValue())
                        .endObject();
            }
            json.endArray().endObject();
        }
        json.endArray().name("components").beginArray();
        for (Component component : components) {
            json.beginObject()
                    .field("name", component.name())
                    .field("status", component.status().apiValue())
                    .endObject();
        }
        return json.endArray().endObject().toString();
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
