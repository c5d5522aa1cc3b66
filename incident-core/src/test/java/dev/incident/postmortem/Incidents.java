package dev.incident.postmortem;

import dev.incident.event.CommanderAssigned;
import dev.incident.event.FixApplied;
import dev.incident.event.ImpactAssessed;
import dev.incident.event.ImpactMitigated;
import dev.incident.event.IncidentDeclared;
import dev.incident.event.IncidentResolved;
import dev.incident.event.MitigationApplied;
import dev.incident.event.RecoveryVerified;
import dev.incident.event.RootCauseIdentified;
import dev.incident.event.StatusUpdatePosted;
import dev.incident.event.TriggerIdentified;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Lifecycle;
import dev.incident.model.Audience;
import dev.incident.model.Fix;
import dev.incident.model.Impact;
import dev.incident.model.IncidentId;
import dev.incident.model.Mitigation;
import dev.incident.model.MitigationKind;
import dev.incident.model.Participant;
import dev.incident.model.PublicStatus;
import dev.incident.model.RecoveryVerification;
import dev.incident.model.RootCause;
import dev.incident.model.Severity;
import dev.incident.model.StatusUpdate;
import dev.incident.model.Trigger;
import dev.incident.model.TriggerKind;
import java.time.Instant;
import java.util.Optional;

/** The lesson's incident (the walkthrough's scenario), built through the default lifecycle. */
final class Incidents {
    static final Instant T0 = Instant.parse("2026-03-04T14:00:00Z");

    private Incidents() {}

    static Instant at(int minutes) {
        return T0.plusSeconds(minutes * 60L);
    }

    /** Declared, mitigated by a rollback, root cause found, fixed, verified and resolved. */
    static Incident resolvedCheckoutIncident() {
        Lifecycle lifecycle = Lifecycle.withDefaults();
        Participant comms = Participant.of("aiko");
        Incident incident = lifecycle.declare(new IncidentDeclared(
                IncidentId.of("INC-42"),
                "Checkout errors after deploy 8812",
                Severity.SEV2,
                Participant.of("priya"),
                Optional.of(at(3)),
                at(5)));
        incident = lifecycle.apply(incident, new CommanderAssigned(Participant.of("marco"), at(6)));
        incident = lifecycle.apply(
                incident,
                new ImpactAssessed(
                        Impact.builder()
                                .startedAt(at(0))
                                .addAffectedService("checkout")
                                .userFacing(true)
                                .scope("about 8% of checkout requests fail with HTTP 500")
                                .usersAffected(12_000)
                                .build(),
                        at(7)));
        incident = lifecycle.apply(
                incident,
                new StatusUpdatePosted(StatusUpdate.builder()
                        .status(PublicStatus.INVESTIGATING)
                        .audience(Audience.PUBLIC)
                        .message("We are investigating checkout errors.")
                        .author(comms)
                        .at(at(8))
                        .build()));
        incident = lifecycle.apply(
                incident,
                new TriggerIdentified(
                        Trigger.builder()
                                .kind(TriggerKind.DEPLOY)
                                .description("deploy 8812 of the checkout service at 13:58")
                                .reference("8812")
                                .build(),
                        at(12)));
        incident = lifecycle.apply(
                incident,
                new MitigationApplied(Mitigation.builder()
                        .kind(MitigationKind.ROLLBACK)
                        .description("rolled back deploy 8812")
                        .at(at(14))
                        .stoppedImpact(true)
                        .build()));
        incident = lifecycle.apply(
                incident, new ImpactMitigated("error rate back to baseline after the rollback", at(18)));
        incident = lifecycle.apply(
                incident,
                new RootCauseIdentified(
                        RootCause.builder()
                                .description("the new price-rounding code threw on currencies without minor units,"
                                        + " and no test covered them")
                                .addContributingFactor("the canary stage checked latency, not error rate")
                                .build(),
                        at(65)));
        incident = lifecycle.apply(
                incident,
                new FixApplied(
                        Fix.builder()
                                .description("handle zero-decimal currencies; add tests")
                                .reference("PR 4411")
                                .build(),
                        at(120)));
        incident = lifecycle.apply(
                incident,
                new RecoveryVerified(
                        RecoveryVerification.of("error rate at baseline for 30 minutes, including JPY orders"),
                        at(150)));
        return lifecycle.apply(incident, new IncidentResolved("fix deployed and recovery verified", at(151)));
    }
}
