package dev.incident.examples.bench;

import dev.incident.event.CommanderAssigned;
import dev.incident.event.EventType;
import dev.incident.event.FixApplied;
import dev.incident.event.ImpactMitigated;
import dev.incident.event.IncidentDeclared;
import dev.incident.event.IncidentEvent;
import dev.incident.event.IncidentResolved;
import dev.incident.event.MitigationApplied;
import dev.incident.event.MitigationStarted;
import dev.incident.event.NoteAdded;
import dev.incident.event.RecoveryVerified;
import dev.incident.event.RoleAssigned;
import dev.incident.event.RoleReleased;
import dev.incident.event.RootCauseIdentified;
import dev.incident.event.SeverityChanged;
import dev.incident.event.StatusUpdatePosted;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Lifecycle;
import dev.incident.model.Fix;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Replays a 10,000-event history through the real {@link Lifecycle} (every guard checked, a new
 * immutable incident per event), next to a baseline: a mutable enum-switch state machine that only
 * tracks the phase and a few flags, as a hand-rolled implementation would. Scores are events per
 * second (ops are events).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LifecycleBenchmark {
    /** Events in the replayed history. */
    public static final int EVENTS = 10_000;

    private final Lifecycle lifecycle = Lifecycle.withDefaults();
    private List<IncidentEvent> history = List.of();

    /** Builds the history once. */
    @Setup
    public void setUp() {
        history = history(EVENTS);
    }

    /** The real lifecycle: replay with every guard. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Incident replay() {
        return lifecycle.replay(history);
    }

    /** The baseline: a mutable enum-switch state machine over the same events. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Object baselineEnumSwitch() {
        MutableMachine machine = new MutableMachine();
        for (IncidentEvent event : history) {
            machine.on(event.type(), event.at());
        }
        return machine;
    }

    /**
     * Returns a valid history of exactly {@code size} events (at least 12): declaration, command,
     * mitigation, a long middle of routine facts, then mitigation, fix, verification, resolution.
     */
    public static List<IncidentEvent> history(int size) {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        Participant commander = Participant.of("commander");
        Participant scribe = Participant.of("scribe");
        List<IncidentEvent> events = new ArrayList<>(size);
        events.add(new IncidentDeclared(IncidentId.of("INC-1"), "benchmark", Severity.SEV2, commander, t0));
        events.add(new CommanderAssigned(commander, t0.plusSeconds(1)));
        events.add(new MitigationStarted(commander, t0.plusSeconds(2)));
        int tail = 6;
        long second = 3;
        while (events.size() < size - tail) {
            Instant at = t0.plusSeconds(second++);
            switch (events.size() % 6) {
                case 0 -> events.add(new NoteAdded(scribe, "checked dashboards", at));
                case 1 ->
                    events.add(new StatusUpdatePosted(StatusUpdate.builder()
                            .status(PublicStatus.INVESTIGATING)
                            .message("still investigating")
                            .author(commander)
                            .at(at)
                            .build()));
                case 2 ->
                    events.add(new MitigationApplied(Mitigation.builder()
                            .kind(MitigationKind.SCALE_UP)
                            .description("added capacity")
                            .at(at)
                            .build()));
                case 3 -> events.add(new SeverityChanged(Severity.SEV2, "reassessed", at));
                case 4 -> events.add(new RoleAssigned(scribe, Role.SCRIBE, at));
                default -> events.add(new RoleReleased(scribe, Role.SCRIBE, at));
            }
        }
        // Keep role assignments balanced so the next RoleAssigned is always valid.
        if (events.get(events.size() - 1).type() == EventType.ROLE_ASSIGNED) {
            events.set(
                    events.size() - 1,
                    new NoteAdded(scribe, "note", events.get(events.size() - 1).at()));
        }
        events.add(new MitigationApplied(Mitigation.builder()
                .kind(MitigationKind.ROLLBACK)
                .description("rolled back")
                .at(t0.plusSeconds(second++))
                .stoppedImpact(true)
                .build()));
        events.add(new ImpactMitigated("impact stopped", t0.plusSeconds(second++)));
        events.add(new RootCauseIdentified(RootCause.of("a missing guardrail"), t0.plusSeconds(second++)));
        events.add(new FixApplied(Fix.of("the guardrail"), t0.plusSeconds(second++)));
        events.add(new RecoveryVerified(RecoveryVerification.of("error rate at baseline"), t0.plusSeconds(second++)));
        events.add(new IncidentResolved("resolved", t0.plusSeconds(second)));
        return List.copyOf(events);
    }

    /** What a hand-rolled implementation looks like: one mutable object, a switch, few checks. */
    static final class MutableMachine {
        private EventType phase = EventType.DECLARED;
        private boolean commander;
        private boolean stopped;
        private boolean fixed;
        private boolean verified;
        private Instant last = Instant.MIN;
        private int count;

        void on(EventType type, Instant at) {
            if (at.isBefore(last)) {
                throw new IllegalStateException("time runs backwards");
            }
            last = at;
            count++;
            switch (type) {
                case COMMANDER_ASSIGNED -> commander = true;
                case MITIGATION_STARTED -> {
                    if (!commander) {
                        throw new IllegalStateException("no commander");
                    }
                    phase = EventType.MITIGATION_STARTED;
                }
                case MITIGATION_APPLIED -> stopped = true;
                case IMPACT_MITIGATED -> phase = EventType.IMPACT_MITIGATED;
                case FIX_APPLIED -> fixed = true;
                case RECOVERY_VERIFIED -> verified = fixed;
                case RESOLVED -> {
                    if (!stopped || !verified) {
                        throw new IllegalStateException("not verified");
                    }
                    phase = EventType.RESOLVED;
                }
                default -> {
                    // facts: counted only
                }
            }
        }

        @Override
        public String toString() {
            return phase + "/" + count;
        }
    }
}
