package dev.incident.jackson;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** Shared test data: a fixed clock, the lesson's walkthrough incident, a tiny incident. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-03-04T14:00:00Z");
    /** "Now" for every test lifecycle: well after every fixture, so nothing is in the future. */
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    static final Lifecycle LIFECYCLE =
            Lifecycle.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    static final IncidentJson JSON = IncidentJson.builder().lifecycle(LIFECYCLE).build();
    static final IncidentJson PRETTY =
            IncidentJson.builder().lifecycle(LIFECYCLE).prettyPrint(true).build();
    static final IncidentJson STRICT = IncidentJson.builder()
            .lifecycle(LIFECYCLE)
            .rejectUnknownFields(true)
            .build();

    private Fixtures() {}

    static Instant at(int minutes) {
        return T0.plusSeconds(minutes * 60L);
    }

    /** The smallest incident: only its declaration. */
    static Incident tiny() {
        return LIFECYCLE.declare(new IncidentDeclared(
                IncidentId.of("INC-7"), "Login page slow", Severity.SEV3, Participant.of("priya"), at(0)));
    }

    /** The lesson's scenario (incident-examples' Walkthrough), resolved after verified recovery. */
    static Incident walkthrough() {
        Participant oncall = Participant.of("priya");
        Participant commander = Participant.of("marco");
        Participant comms = Participant.of("aiko");
        Incident incident = LIFECYCLE.declare(new IncidentDeclared(
                IncidentId.of("INC-42"),
                "Checkout errors after deploy 8812",
                Severity.SEV2,
                oncall,
                Optional.of(at(3)),
                at(5)));
        incident = LIFECYCLE.apply(incident, new CommanderAssigned(commander, at(6)));
        incident = LIFECYCLE.apply(
                incident,
                new ImpactAssessed(
                        Impact.builder()
                                .startedAt(at(0))
                                .addAffectedService("checkout")
                                .userFacing(true)
                                .scope("about 8% of checkout requests fail with HTTP 500")
                                .build(),
                        at(7)));
        incident = LIFECYCLE.apply(
                incident, update(PublicStatus.INVESTIGATING, "We are investigating checkout errors.", comms, 8));
        incident = LIFECYCLE.apply(
                incident,
                new TriggerIdentified(
                        Trigger.builder()
                                .kind(TriggerKind.DEPLOY)
                                .description("deploy 8812 of the checkout service at 13:58")
                                .reference("8812")
                                .build(),
                        at(12)));
        incident = LIFECYCLE.apply(
                incident,
                new MitigationApplied(Mitigation.builder()
                        .kind(MitigationKind.ROLLBACK)
                        .description("rolled back deploy 8812")
                        .at(at(14))
                        .stoppedImpact(true)
                        .build()));
        incident = LIFECYCLE.apply(
                incident, update(PublicStatus.IDENTIFIED, "Identified: a recent change; rolling it back.", comms, 15));
        incident = LIFECYCLE.apply(
                incident, new ImpactMitigated("error rate back to baseline after the rollback", at(18)));
        incident = LIFECYCLE.apply(
                incident, update(PublicStatus.MONITORING, "A fix has been applied; we are monitoring.", comms, 20));
        incident = LIFECYCLE.apply(
                incident,
                new RootCauseIdentified(
                        RootCause.builder()
                                .description("the new price-rounding code threw on currencies without minor units,"
                                        + " and no test covered them")
                                .addContributingFactor("the canary stage checked latency, not error rate")
                                .build(),
                        at(65)));
        incident = LIFECYCLE.apply(
                incident,
                new FixApplied(
                        Fix.builder()
                                .description("handle zero-decimal currencies; add tests")
                                .reference("PR 4411")
                                .build(),
                        at(120)));
        incident = LIFECYCLE.apply(
                incident,
                new RecoveryVerified(
                        RecoveryVerification.of("error rate at baseline for 30 minutes, including JPY orders"),
                        at(150)));
        incident = LIFECYCLE.apply(incident, new IncidentResolved("fix deployed and recovery verified", at(151)));
        return LIFECYCLE.apply(
                incident, update(PublicStatus.RESOLVED, "Resolved: checkout is working normally.", comms, 152));
    }

    private static StatusUpdatePosted update(PublicStatus status, String message, Participant author, int minute) {
        return new StatusUpdatePosted(StatusUpdate.builder()
                .status(status)
                .audience(Audience.PUBLIC)
                .message(message)
                .author(author)
                .at(at(minute))
                .build());
    }

    /** A test resource as text. */
    static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
