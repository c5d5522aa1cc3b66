package dev.incident.jackson;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.incident.event.CommandHandedOver;
import dev.incident.event.CommanderAssigned;
import dev.incident.event.EventType;
import dev.incident.event.FixApplied;
import dev.incident.event.ImpactAssessed;
import dev.incident.event.ImpactMitigated;
import dev.incident.event.IncidentCancelled;
import dev.incident.event.IncidentClosed;
import dev.incident.event.IncidentDeclared;
import dev.incident.event.IncidentEvent;
import dev.incident.event.IncidentReopened;
import dev.incident.event.IncidentResolved;
import dev.incident.event.MergedAsDuplicate;
import dev.incident.event.MitigationApplied;
import dev.incident.event.MitigationStarted;
import dev.incident.event.NoteAdded;
import dev.incident.event.PostmortemCompleted;
import dev.incident.event.RecoveryVerified;
import dev.incident.event.ReviewStarted;
import dev.incident.event.RoleAssigned;
import dev.incident.event.RoleReleased;
import dev.incident.event.RootCauseIdentified;
import dev.incident.event.SeverityChanged;
import dev.incident.event.StatusUpdatePosted;
import dev.incident.event.TriggerIdentified;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Lifecycle;
import dev.incident.lifecycle.Outcome;
import dev.incident.model.Audience;
import dev.incident.model.Fix;
import dev.incident.model.Impact;
import dev.incident.model.IncidentId;
import dev.incident.model.Mitigation;
import dev.incident.model.MitigationKind;
import dev.incident.model.Participant;
import dev.incident.model.PublicStatus;
import dev.incident.model.RecoveryVerification;
import dev.incident.model.Role;
import dev.incident.model.RootCause;
import dev.incident.model.Severity;
import dev.incident.model.StatusUpdate;
import dev.incident.model.Trigger;
import dev.incident.model.TriggerKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Generators of valid incidents. A history is a random walk: each step picks one of the event types
 * the lifecycle permits now ({@link Lifecycle#permittedEvents}), builds a valid event of that type
 * at a time no earlier than the last, and keeps it if the lifecycle accepts it. The walk is driven
 * by a list of integers and a list of texts, which QuickTheories shrinks.
 */
final class IncidentGenerators {
    private static final List<Participant> PEOPLE = List.of(
            Participant.of("priya"),
            Participant.of("marco"),
            Participant.of("aiko"),
            Participant.of("@sam"),
            Participant.of("Zoë Ångström"));
    private static final List<Role> ROLES =
            List.of(Role.COMMUNICATIONS_LEAD, Role.SCRIBE, Role.RESPONDER, Role.of("customer liaison"));
    private static final List<Severity> SEVERITIES = List.of(
            Severity.SEV1,
            Severity.SEV2,
            Severity.SEV3,
            Severity.SEV4,
            Severity.SEV5,
            Severity.of("P1", 1),
            Severity.UNDETERMINED);
    private static final Set<EventType> PROGRESS = Set.of(
            EventType.COMMANDER_ASSIGNED,
            EventType.SEVERITY_CHANGED,
            EventType.MITIGATION_STARTED,
            EventType.MITIGATION_APPLIED,
            EventType.IMPACT_MITIGATED,
            EventType.FIX_APPLIED,
            EventType.RECOVERY_VERIFIED,
            EventType.RESOLVED,
            EventType.REVIEW_STARTED,
            EventType.POSTMORTEM_COMPLETED,
            EventType.REOPENED,
            EventType.CLOSED);

    private IncidentGenerators() {}

    /** Text that is not blank: any code points below the surrogates (controls included), and emoji. */
    static Gen<String> texts() {
        Gen<String> plain = strings().betweenCodePoints(1, 0xD7FF).ofLengthBetween(0, 12);
        Gen<String> emoji = strings().betweenCodePoints(0x1F600, 0x1F64F).ofLengthBetween(1, 4);
        return plain.mix(emoji, 20).map(text -> "t" + text);
    }

    static Gen<IncidentDeclared> declarations() {
        Gen<String> ids =
                strings().betweenCodePoints('a', 'z').ofLengthBetween(0, 20).map(s -> "INC-" + s);
        Gen<Severity> severities = integers().between(0, SEVERITIES.size() - 1).map(SEVERITIES::get);
        Gen<Integer> detection = integers().between(-1, 600);
        return ids.zip(
                texts(),
                severities,
                detection,
                (id, title, severity, detected) -> new IncidentDeclared(
                        IncidentId.of(id),
                        title,
                        severity,
                        PEOPLE.get(Math.abs(title.hashCode() % PEOPLE.size())),
                        detected < 0 ? Optional.empty() : Optional.of(Fixtures.T0.minusSeconds(detected)),
                        Fixtures.T0));
    }

    /** Valid incidents with up to {@code maxSteps} attempted events after the declaration. */
    static Gen<Incident> incidents(Lifecycle lifecycle, int maxSteps) {
        Gen<List<Integer>> steps = lists().of(integers().allPositive()).ofSizeBetween(0, maxSteps);
        Gen<List<String>> texts = lists().of(texts()).ofSizeBetween(1, 8);
        Gen<Boolean> progress = booleans().all();
        return declarations()
                .zip(
                        steps,
                        texts,
                        progress,
                        (declared, choices, words, eager) -> walk(lifecycle, declared, choices, words, eager))
                .describedAs(incident -> incident + " " + incident.events());
    }

    static Incident walk(
            Lifecycle lifecycle, IncidentDeclared declared, List<Integer> choices, List<String> texts, boolean eager) {
        Incident incident = lifecycle.declare(declared);
        for (int c : choices) {
            List<EventType> permitted = new ArrayList<>(lifecycle.permittedEvents(incident));
            if (permitted.isEmpty()) {
                break;
            }
            if (eager && c % 3 != 0) {
                List<EventType> forward = new ArrayList<>(permitted);
                forward.retainAll(PROGRESS);
                if (!forward.isEmpty()) {
                    permitted = forward;
                }
            }
            EventType type = permitted.get(c % permitted.size());
            long seconds = (c / 7) % 5400;
            Instant at = incident.lastEventAt().plusSeconds(seconds).plusMillis(c % 11 == 0 ? c % 1000 : 0);
            Optional<IncidentEvent> event = event(type, incident, at, c, texts);
            if (event.isPresent()) {
                Outcome outcome = lifecycle.tryApply(incident, event.get());
                incident = outcome.incident();
            }
        }
        return incident;
    }

    private static Optional<IncidentEvent> event(
            EventType type, Incident incident, Instant at, int c, List<String> texts) {
        String text = texts.get(c % texts.size());
        Participant someone = PEOPLE.get((c / 3) % PEOPLE.size());
        IncidentEvent event = switch (type) {
            case DECLARED -> null;
            case COMMANDER_ASSIGNED -> new CommanderAssigned(someone, at);
            case COMMAND_HANDED_OVER -> {
                Participant from = incident.commander().orElseThrow();
                Participant to = someone.equals(from) ? PEOPLE.get((c / 3 + 1) % PEOPLE.size()) : someone;
                yield new CommandHandedOver(from, to, at);
            }
            case ROLE_ASSIGNED -> new RoleAssigned(someone, ROLES.get((c / 5) % ROLES.size()), at);
            case ROLE_RELEASED -> {
                if (incident.roles().isEmpty()) {
                    yield null;
                }
                Map.Entry<Participant, Set<Role>> held =
                        incident.roles().entrySet().iterator().next();
                yield new RoleReleased(held.getKey(), held.getValue().iterator().next(), at);
            }
            case SEVERITY_CHANGED -> new SeverityChanged(SEVERITIES.get((c / 5) % (SEVERITIES.size() - 1)), text, at);
            case IMPACT_ASSESSED -> new ImpactAssessed(impact(c, at, texts), at);
            case STATUS_UPDATE_POSTED ->
                new StatusUpdatePosted(StatusUpdate.builder()
                        .status(status(incident, c))
                        .audience(c % 2 == 0 ? Audience.PUBLIC : Audience.INTERNAL)
                        .message(text)
                        .author(someone)
                        .at(at)
                        .build());
            case TRIGGER_IDENTIFIED ->
                new TriggerIdentified(
                        Trigger.builder()
                                .kind(TriggerKind.values()[c % TriggerKind.values().length])
                                .description(text)
                                .reference(c % 2 == 0 ? Optional.of("ref-" + c) : Optional.empty())
                                .build(),
                        at);
            case MITIGATION_STARTED -> new MitigationStarted(someone, at);
            case MITIGATION_APPLIED ->
                new MitigationApplied(Mitigation.builder()
                        .kind(MitigationKind.values()[c % MitigationKind.values().length])
                        .description(text)
                        .at(at)
                        .stoppedImpact(c % 4 != 0)
                        .build());
            case IMPACT_MITIGATED -> new ImpactMitigated(text, at);
            case ROOT_CAUSE_IDENTIFIED ->
                new RootCauseIdentified(
                        RootCause.builder()
                                .description(text)
                                .contributingFactors(texts.subList(0, c % Math.min(3, texts.size() + 1)))
                                .build(),
                        at);
            case FIX_APPLIED ->
                new FixApplied(
                        Fix.builder()
                                .description(text)
                                .reference(c % 3 == 0 ? Optional.empty() : Optional.of("PR " + c))
                                .build(),
                        at);
            case RECOVERY_VERIFIED -> new RecoveryVerified(RecoveryVerification.of(text), at);
            case RESOLVED -> new IncidentResolved(text, at);
            case REOPENED -> new IncidentReopened(text, at);
            case REVIEW_STARTED -> new ReviewStarted(at);
            case POSTMORTEM_COMPLETED -> new PostmortemCompleted("pm/" + c, at);
            case CLOSED -> new IncidentClosed(at);
            case CANCELLED -> new IncidentCancelled(text, at);
            case MERGED_AS_DUPLICATE -> new MergedAsDuplicate(IncidentId.of("INC-" + c), at);
            case NOTE_ADDED -> new NoteAdded(someone, text, at);
        };
        return Optional.ofNullable(event);
    }

    private static PublicStatus status(Incident incident, int c) {
        PublicStatus actual = incident.publicStatus();
        if (actual == PublicStatus.RESOLVED) {
            return actual;
        }
        return PublicStatus.values()[c % (actual.ordinal() + 1)];
    }

    private static Impact impact(int c, Instant at, List<String> texts) {
        Impact.Builder impact = Impact.builder().userFacing(c % 2 == 0);
        if (c % 3 == 0) {
            impact.startedAt(at.minusSeconds(c % 3600));
        }
        if (c % 5 != 0) {
            impact.scope(texts.get(0));
        }
        if (c % 7 != 0) {
            impact.usersAffected(c);
        }
        if (c % 11 == 0) {
            impact.requestsAffected((long) c * 1000);
        }
        for (String text : texts) {
            impact.addAffectedService(text);
        }
        if (c % 2 == 1) {
            impact.addRegionsAffected("eu-west-1", "us-east-1");
        }
        return impact.build();
    }
}
