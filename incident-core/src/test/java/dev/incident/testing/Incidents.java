package dev.incident.testing;

import dev.incident.event.CommanderAssigned;
import dev.incident.event.FixApplied;
import dev.incident.event.ImpactAssessed;
import dev.incident.event.ImpactMitigated;
import dev.incident.event.IncidentClosed;
import dev.incident.event.IncidentDeclared;
import dev.incident.event.IncidentEvent;
import dev.incident.event.IncidentReopened;
import dev.incident.event.IncidentResolved;
import dev.incident.event.MitigationApplied;
import dev.incident.event.NoteAdded;
import dev.incident.event.PostmortemCompleted;
import dev.incident.event.RecoveryVerified;
import dev.incident.event.RoleAssigned;
import dev.incident.event.RootCauseIdentified;
import dev.incident.event.SeverityChanged;
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
import dev.incident.model.Role;
import dev.incident.model.RootCause;
import dev.incident.model.Severity;
import dev.incident.model.StatusUpdate;
import dev.incident.model.Trigger;
import dev.incident.model.TriggerKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Test helpers that build valid incidents through {@link Lifecycle#withDefaults()}. Times are given
 * in minutes after {@link #T0}, a fixed instant in the past, so the default clock accepts them.
 *
 * <pre>{@code
 * Incident incident = Incidents.scenario("INC-1", Severity.SEV2)
 *     .detectedAt(3).declaredAt(5)
 *     .commander("marco", 6)
 *     .impact(0, true, 7, "checkout")
 *     .publicUpdate(PublicStatus.INVESTIGATING, 8)
 *     .rollback(14).mitigated(18)
 *     .fix(120).verify(150).resolve(151)
 *     .build();
 * }</pre>
 */
public final class Incidents {
    /** Minute zero of every scenario: 2026-03-04T14:00:00Z. */
    public static final Instant T0 = Instant.parse("2026-03-04T14:00:00Z");

    private Incidents() {}

    /** Returns {@link #T0} plus {@code minutes}. */
    public static Instant at(long minutes) {
        return T0.plusSeconds(minutes * 60);
    }

    /** Starts a scenario for an incident with the given id and severity. */
    public static Scenario scenario(String id, Severity severity) {
        return new Scenario(id, severity);
    }

    /**
     * The lesson's incident, resolved: impact from minute 0, detected at 3, declared at 5, commander
     * at 6, user-facing impact on checkout assessed at 7, public updates at 8, 15, 20 and 152, deploy
     * trigger at 12, rollback at 14, mitigated at 18, root cause at 65, fix at 120, verified at 150,
     * resolved at 151.
     */
    public static Incident lesson() {
        return lessonScenario().build();
    }

    /** The scenario of {@link #lesson()}, to extend. */
    public static Scenario lessonScenario() {
        return scenario("INC-42", Severity.SEV2)
                .title("Checkout errors after deploy 8812")
                .detectedAt(3)
                .declaredAt(5)
                .commander("marco", 6)
                .impact(0, true, 7, "checkout")
                .publicUpdate(PublicStatus.INVESTIGATING, 8)
                .deployTrigger(12)
                .rollback(14)
                .publicUpdate(PublicStatus.IDENTIFIED, 15)
                .mitigated(18)
                .publicUpdate(PublicStatus.MONITORING, 20)
                .rootCause(65)
                .fix(120)
                .verify(150)
                .resolve(151)
                .publicUpdate(PublicStatus.RESOLVED, 152);
    }

    /** A fluent builder of one incident; each step is applied through the default lifecycle. */
    public static final class Scenario {
        private final Lifecycle lifecycle = Lifecycle.withDefaults();
        private final String id;
        private final Severity severity;
        private String title = "Something is broken";
        private Optional<Instant> detectedAt = Optional.empty();
        private Instant declaredAt = T0;
        private final java.util.ArrayList<IncidentEvent> events = new java.util.ArrayList<>();

        Scenario(String id, Severity severity) {
            this.id = id;
            this.severity = severity;
        }

        /** Sets the title. */
        public Scenario title(String title) {
            this.title = title;
            return this;
        }

        /** Sets the detection time, in minutes after T0. */
        public Scenario detectedAt(long minute) {
            this.detectedAt = Optional.of(at(minute));
            return this;
        }

        /** Sets the declaration time, in minutes after T0 (default 0). */
        public Scenario declaredAt(long minute) {
            this.declaredAt = at(minute);
            return this;
        }

        /** Adds any event. */
        public Scenario then(IncidentEvent event) {
            events.add(event);
            return this;
        }

        /** Assigns the first commander. */
        public Scenario commander(String name, long minute) {
            return then(new CommanderAssigned(Participant.of(name), at(minute)));
        }

        /** Assigns a role other than commander. */
        public Scenario role(String name, Role role, long minute) {
            return then(new RoleAssigned(Participant.of(name), role, at(minute)));
        }

        /** Assesses the impact; {@code startedMinute} may be negative relative to T0. */
        public Scenario impact(long startedMinute, boolean userFacing, long minute, String... services) {
            return then(new ImpactAssessed(
                    Impact.builder()
                            .startedAt(at(startedMinute))
                            .userFacing(userFacing)
                            .addAffectedServices(services)
                            .build(),
                    at(minute)));
        }

        /** Assesses the impact without a start time. */
        public Scenario impactWithoutStart(boolean userFacing, long minute, String... services) {
            return then(new ImpactAssessed(
                    Impact.builder()
                            .userFacing(userFacing)
                            .addAffectedServices(services)
                            .build(),
                    at(minute)));
        }

        /** Changes the severity. */
        public Scenario severity(Severity to, long minute) {
            return then(new SeverityChanged(to, "reassessed", at(minute)));
        }

        /** Posts a public update by aiko. */
        public Scenario publicUpdate(PublicStatus status, long minute) {
            return update(status, Audience.PUBLIC, minute);
        }

        /** Posts an update by aiko. */
        public Scenario update(PublicStatus status, Audience audience, long minute) {
            return then(new StatusUpdatePosted(StatusUpdate.builder()
                    .status(status)
                    .audience(audience)
                    .message("Update: " + status.name().toLowerCase(java.util.Locale.ROOT) + " at minute " + minute)
                    .author(Participant.of("aiko"))
                    .at(at(minute))
                    .build()));
        }

        /** Identifies a deploy as the trigger. */
        public Scenario deployTrigger(long minute) {
            return trigger(TriggerKind.DEPLOY, minute);
        }

        /** Identifies a trigger. */
        public Scenario trigger(TriggerKind kind, long minute) {
            return then(new TriggerIdentified(
                    Trigger.builder()
                            .kind(kind)
                            .description("deploy 8812")
                            .reference("8812")
                            .build(),
                    at(minute)));
        }

        /** Applies a rollback that stopped the impact. */
        public Scenario rollback(long minute) {
            return then(new MitigationApplied(Mitigation.builder()
                    .kind(MitigationKind.ROLLBACK)
                    .description("rolled back deploy 8812")
                    .at(at(minute))
                    .stoppedImpact(true)
                    .build()));
        }

        /** Marks the impact mitigated. */
        public Scenario mitigated(long minute) {
            return then(new ImpactMitigated("error rate back to baseline", at(minute)));
        }

        /** Identifies the root cause. */
        public Scenario rootCause(long minute) {
            return then(new RootCauseIdentified(RootCause.of("untested rounding code"), at(minute)));
        }

        /** Applies the fix. */
        public Scenario fix(long minute) {
            return then(new FixApplied(Fix.of("handle zero-decimal currencies"), at(minute)));
        }

        /** Verifies recovery. */
        public Scenario verify(long minute) {
            return then(new RecoveryVerified(RecoveryVerification.of("error rate at baseline"), at(minute)));
        }

        /** Resolves. */
        public Scenario resolve(long minute) {
            return then(new IncidentResolved("fixed and verified", at(minute)));
        }

        /** Reopens. */
        public Scenario reopen(long minute) {
            return then(new IncidentReopened("errors are back", at(minute)));
        }

        /** Records the postmortem and closes. */
        public Scenario close(long minute) {
            then(new PostmortemCompleted("docs/postmortems/" + id + ".md", at(minute)));
            return then(new IncidentClosed(at(minute)));
        }

        /** Adds a note by priya. */
        public Scenario note(String text, long minute) {
            return then(new NoteAdded(Participant.of("priya"), text, at(minute)));
        }

        /** The events added so far, after the declaration. */
        public List<IncidentEvent> events() {
            return List.copyOf(events);
        }

        /** Declares the incident and applies every event; throws if the lifecycle refuses one. */
        public Incident build() {
            Incident incident = lifecycle.declare(new IncidentDeclared(
                    IncidentId.of(id), title, severity, Participant.of("priya"), detectedAt, declaredAt));
            for (IncidentEvent event : events) {
                incident = lifecycle.apply(incident, event);
            }
            return incident;
        }
    }
}
