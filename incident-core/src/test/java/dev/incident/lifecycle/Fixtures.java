package dev.incident.lifecycle;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Test helpers for the lifecycle: a fixed clock, a cast of participants, valid events of every
 * type, and {@link #driveTo} which brings an incident to any phase along the shortest valid path.
 */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-03-04T14:00:00Z");
    /** "Now" on the fixed clock: a day after {@link #T0}. */
    static final Instant NOW = T0.plus(Duration.ofDays(1));

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final IncidentId ID = IncidentId.of("INC-42");
    static final IncidentId OTHER_ID = IncidentId.of("INC-7");
    static final Participant PRIYA = Participant.of("priya");
    static final Participant MARCO = Participant.of("marco");
    static final Participant AIKO = Participant.of("aiko");

    private Fixtures() {}

    static Lifecycle lifecycle() {
        return lifecycle(LifecyclePolicy.defaults());
    }

    static Lifecycle lifecycle(LifecyclePolicy policy) {
        return Lifecycle.builder().policy(policy).clock(CLOCK).build();
    }

    static Incident declare(Lifecycle lifecycle, Severity severity) {
        return lifecycle.declare(new IncidentDeclared(ID, "Checkout errors", severity, PRIYA, T0));
    }

    /** The time one minute after the incident's latest event. */
    static Instant next(Incident incident) {
        return incident.lastEventAt().plusSeconds(60);
    }

    /** Drives a SEV3 incident with a commander (marco) and a responder (aiko) to {@code phase}. */
    static Incident driveTo(Lifecycle lifecycle, Phase phase) {
        return driveTo(lifecycle, phase, Severity.SEV3, true);
    }

    /**
     * Drives an incident of the given severity to {@code phase}: declared by priya; marco assigned
     * commander if {@code withCommander}; aiko a responder; then a stopping rollback (mitigating),
     * impact mitigated, fix and verification (mitigated), resolved, postmortem (in review), closed.
     * Cancelled and merged are reached from declared.
     */
    static Incident driveTo(Lifecycle lifecycle, Phase phase, Severity severity, boolean withCommander) {
        Incident incident = declare(lifecycle, severity);
        if (withCommander) {
            incident = lifecycle.apply(incident, new CommanderAssigned(MARCO, next(incident)));
        }
        incident = lifecycle.apply(incident, new RoleAssigned(AIKO, Role.RESPONDER, next(incident)));
        switch (phase) {
            case DECLARED:
                return incident;
            case CANCELLED:
                return lifecycle.apply(incident, validEvent(EventType.CANCELLED, incident));
            case MERGED:
                return lifecycle.apply(incident, validEvent(EventType.MERGED_AS_DUPLICATE, incident));
            default:
                break;
        }
        incident = lifecycle.apply(incident, validEvent(EventType.MITIGATION_APPLIED, incident));
        if (phase == Phase.MITIGATING) {
            return incident;
        }
        incident = lifecycle.apply(incident, validEvent(EventType.IMPACT_MITIGATED, incident));
        incident = lifecycle.apply(incident, validEvent(EventType.FIX_APPLIED, incident));
        incident = lifecycle.apply(incident, validEvent(EventType.RECOVERY_VERIFIED, incident));
        if (phase == Phase.MITIGATED) {
            return incident;
        }
        incident = lifecycle.apply(incident, validEvent(EventType.RESOLVED, incident));
        if (phase == Phase.RESOLVED) {
            return incident;
        }
        incident = lifecycle.apply(incident, validEvent(EventType.POSTMORTEM_COMPLETED, incident));
        if (phase == Phase.IN_REVIEW) {
            return incident;
        }
        return lifecycle.apply(incident, validEvent(EventType.CLOSED, incident));
    }

    /**
     * An event of {@code type} one minute after the incident's latest event, valid for an incident
     * made by {@link #driveTo} (for {@link EventType#COMMANDER_ASSIGNED}: one without a commander).
     */
    static IncidentEvent validEvent(EventType type, Incident incident) {
        Instant at = next(incident);
        return switch (type) {
            case DECLARED -> new IncidentDeclared(ID, "Checkout errors", Severity.SEV3, PRIYA, at);
            case COMMANDER_ASSIGNED -> new CommanderAssigned(MARCO, at);
            case COMMAND_HANDED_OVER ->
                new CommandHandedOver(incident.commander().orElse(MARCO), AIKO, at);
            case ROLE_ASSIGNED -> new RoleAssigned(AIKO, Role.SCRIBE, at);
            case ROLE_RELEASED -> new RoleReleased(AIKO, Role.RESPONDER, at);
            case SEVERITY_CHANGED -> new SeverityChanged(Severity.SEV1, "more users affected", at);
            case IMPACT_ASSESSED ->
                new ImpactAssessed(
                        Impact.builder()
                                .addAffectedService("checkout")
                                .userFacing(true)
                                .build(),
                        at);
            case STATUS_UPDATE_POSTED -> status(incident.publicStatus(), at);
            case TRIGGER_IDENTIFIED -> new TriggerIdentified(Trigger.of(TriggerKind.DEPLOY, "deploy 8812"), at);
            case MITIGATION_STARTED -> new MitigationStarted(AIKO, at);
            case MITIGATION_APPLIED -> mitigation(true, at);
            case IMPACT_MITIGATED -> new ImpactMitigated("error rate at baseline", at);
            case ROOT_CAUSE_IDENTIFIED -> new RootCauseIdentified(RootCause.of("untested rounding code"), at);
            case FIX_APPLIED -> new FixApplied(Fix.of("handle zero-decimal currencies"), at);
            case RECOVERY_VERIFIED -> new RecoveryVerified(RecoveryVerification.of("errors at baseline"), at);
            case RESOLVED -> new IncidentResolved("fixed and verified", at);
            case REOPENED -> new IncidentReopened("errors are back", at);
            case REVIEW_STARTED -> new ReviewStarted(at);
            case POSTMORTEM_COMPLETED -> new PostmortemCompleted("PM-42", at);
            case CLOSED -> new IncidentClosed(at);
            case CANCELLED -> new IncidentCancelled("false alarm", at);
            case MERGED_AS_DUPLICATE -> new MergedAsDuplicate(OTHER_ID, at);
            case NOTE_ADDED -> new NoteAdded(AIKO, "dashboards attached", at);
        };
    }

    static MitigationApplied mitigation(boolean stoppedImpact, Instant at) {
        return new MitigationApplied(Mitigation.builder()
                .kind(MitigationKind.ROLLBACK)
                .description("rolled back deploy 8812")
                .at(at)
                .stoppedImpact(stoppedImpact)
                .build());
    }

    static StatusUpdatePosted status(PublicStatus status, Instant at) {
        return new StatusUpdatePosted(StatusUpdate.builder()
                .status(status)
                .message("update: " + status)
                .author(AIKO)
                .at(at)
                .build());
    }

    static NoteAdded note(Instant at) {
        return new NoteAdded(AIKO, "a note", at);
    }
}
