package dev.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Model-based stateful property test of the lifecycle: random sequences of events, legal and
 * illegal, are applied both to the real {@link Lifecycle} and to a tiny independent {@link Model}
 * written from the rules; after every step the decisions, phases and invariants must agree.
 */
class LifecycleProperties {
    static final Instant T0 = Instant.parse("2026-03-04T14:00:00Z");
    /** The fixed "now": forward steps of up to 5 minutes reach it only in some long sequences. */
    static final Instant NOW = T0.plusSeconds(4 * 3600);

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final IncidentId ID = IncidentId.of("INC-42");
    static final IncidentId OTHER = IncidentId.of("INC-7");
    static final List<Participant> PEOPLE =
            List.of(Participant.of("priya"), Participant.of("marco"), Participant.of("aiko"));
    static final List<Role> ROLES = List.of(Role.COMMANDER, Role.SCRIBE, Role.RESPONDER, Role.of("customer liaison"));
    static final List<Severity> SEVERITIES = List.of(
            Severity.SEV1,
            Severity.SEV2,
            Severity.of("P2", 2),
            Severity.SEV3,
            Severity.SEV5,
            Severity.UNDETERMINED,
            Severity.UNDETERMINED);

    /** Phases and reasons reached across the whole run, printed after all properties. */
    static final Map<String, LongAdder> COVERAGE = new ConcurrentHashMap<>();

    // ---------------------------------------------------------------------------------------------
    // Commands: an event type, a small "choice" number that picks participants, roles, severities,
    // statuses and flags, and a time step relative to the latest accepted event.
    // ---------------------------------------------------------------------------------------------

    enum Step {
        /** 0..300 s after the latest event. */
        FORWARD,
        /** The same instant as the latest event. */
        SAME,
        /** 1..300 s before the latest event. */
        BACKWARD,
        /** Exactly now on the clock. */
        AT_NOW,
        /** 1..3600 s after now. */
        FUTURE
    }

    record Command(EventType type, int choice, Step step, int seconds) {}

    static Gen<EventType> types() {
        List<Pair<Integer, Gen<EventType>>> weighted = new ArrayList<>();
        Map<EventType, Integer> weights = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            weights.put(type, 2);
        }
        // Terminal events are rare so that sequences live long enough to reach the later phases;
        // the events on the way to "closed" are common.
        weights.put(EventType.DECLARED, 1);
        weights.put(EventType.CANCELLED, 1);
        weights.put(EventType.MERGED_AS_DUPLICATE, 1);
        weights.put(EventType.COMMANDER_ASSIGNED, 6);
        weights.put(EventType.MITIGATION_APPLIED, 8);
        weights.put(EventType.IMPACT_MITIGATED, 8);
        weights.put(EventType.FIX_APPLIED, 8);
        weights.put(EventType.RECOVERY_VERIFIED, 8);
        weights.put(EventType.RESOLVED, 8);
        weights.put(EventType.POSTMORTEM_COMPLETED, 5);
        weights.put(EventType.CLOSED, 6);
        weights.forEach((type, weight) -> weighted.add(Pair.of(weight, Generate.constant(type))));
        return Generate.frequency(weighted);
    }

    static Gen<Step> steps() {
        return Generate.frequency(List.of(
                Pair.of(180, Generate.constant(Step.FORWARD)),
                Pair.of(8, Generate.constant(Step.SAME)),
                Pair.of(6, Generate.constant(Step.BACKWARD)),
                Pair.of(1, Generate.constant(Step.AT_NOW)),
                Pair.of(5, Generate.constant(Step.FUTURE))));
    }

    static Gen<Command> commands() {
        return types().zip(integers().between(0, 9_999), steps(), integers().between(0, 300), Command::new);
    }

    static Gen<List<Command>> sequences() {
        return lists().of(commands()).ofSizeBetween(0, 60);
    }

    static Gen<Severity> declaredSeverities() {
        return Generate.pick(SEVERITIES);
    }

    /** Turns a command into an event at a time relative to {@code last}. */
    static IncidentEvent toEvent(Command command, Instant last) {
        Instant at = switch (command.step()) {
            case FORWARD -> last.plusSeconds(command.seconds());
            case SAME -> last;
            case BACKWARD -> last.minusSeconds(1 + command.seconds());
            case AT_NOW -> NOW;
            case FUTURE -> NOW.plusSeconds(1 + command.seconds() * 12L);
        };
        int c = command.choice();
        Participant one = PEOPLE.get(c % 3);
        Participant two = PEOPLE.get((c / 3) % 3);
        Role role = ROLES.get((c / 9) % ROLES.size());
        boolean flag = (c / 36) % 5 != 0; // 80% true
        Severity severity = SEVERITIES.get((c / 36) % SEVERITIES.size());
        PublicStatus status = PublicStatus.values()[(c / 9) % PublicStatus.values().length];
        return switch (command.type()) {
            case DECLARED -> new IncidentDeclared(ID, "again", Severity.SEV3, one, at);
            case COMMANDER_ASSIGNED -> new CommanderAssigned(one, at);
            case COMMAND_HANDED_OVER -> new CommandHandedOver(one, two, at);
            case ROLE_ASSIGNED -> new RoleAssigned(one, role, at);
            case ROLE_RELEASED -> new RoleReleased(one, role, at);
            case SEVERITY_CHANGED -> new SeverityChanged(severity, "reassessed", at);
            case IMPACT_ASSESSED ->
                new ImpactAssessed(
                        Impact.builder()
                                .addAffectedService("checkout")
                                .userFacing(flag)
                                .build(),
                        at);
            case STATUS_UPDATE_POSTED ->
                new StatusUpdatePosted(StatusUpdate.builder()
                        .status(status)
                        .message("update")
                        .author(one)
                        .at(at)
                        .build());
            case TRIGGER_IDENTIFIED -> new TriggerIdentified(Trigger.of(TriggerKind.DEPLOY, "deploy 8812"), at);
            case MITIGATION_STARTED -> new MitigationStarted(one, at);
            case MITIGATION_APPLIED ->
                new MitigationApplied(Mitigation.builder()
                        .kind(MitigationKind.ROLLBACK)
                        .description("rollback")
                        .at(at)
                        .stoppedImpact(flag)
                        .build());
            case IMPACT_MITIGATED -> new ImpactMitigated("stopped", at);
            case ROOT_CAUSE_IDENTIFIED -> new RootCauseIdentified(RootCause.of("cause"), at);
            case FIX_APPLIED -> new FixApplied(Fix.of("fix"), at);
            case RECOVERY_VERIFIED -> new RecoveryVerified(RecoveryVerification.of("baseline"), at);
            case RESOLVED -> new IncidentResolved("resolved", at);
            case REOPENED -> new IncidentReopened("back", at);
            case REVIEW_STARTED -> new ReviewStarted(at);
            case POSTMORTEM_COMPLETED -> new PostmortemCompleted("PM-1", at);
            case CLOSED -> new IncidentClosed(at);
            case CANCELLED -> new IncidentCancelled("false alarm", at);
            case MERGED_AS_DUPLICATE -> new MergedAsDuplicate(flag ? OTHER : ID, at);
            case NOTE_ADDED -> new NoteAdded(one, "note", at);
        };
    }

    // ---------------------------------------------------------------------------------------------
    // The model: a few fields and the default policy's rules, written from the issue, not the code.
    // ---------------------------------------------------------------------------------------------

    static final class Model {
        final boolean rejectDiagnosis;
        Phase phase = Phase.DECLARED;
        Participant commander;
        final Set<String> roles = new HashSet<>();
        Severity severity;
        boolean impactStopped; // a stopping mitigation since (re)opening
        boolean fixed; // a fix since (re)opening
        boolean verifiedAfterFix; // a verification after the latest fix
        boolean postmortem;
        boolean causeKnown; // a trigger or root cause identified
        Instant last;

        Model(Severity severity, Instant declaredAt, boolean rejectDiagnosis) {
            this.severity = severity;
            this.last = declaredAt;
            this.rejectDiagnosis = rejectDiagnosis;
        }

        static boolean open(Phase p) {
            return p == Phase.DECLARED
                    || p == Phase.MITIGATING
                    || p == Phase.MITIGATED
                    || p == Phase.RESOLVED
                    || p == Phase.IN_REVIEW;
        }

        /** The phase the event leads to, or null if the process does not allow it in this phase. */
        Phase target(EventType type) {
            Phase p = phase;
            switch (type) {
                case COMMANDER_ASSIGNED,
                        COMMAND_HANDED_OVER,
                        ROLE_ASSIGNED,
                        ROLE_RELEASED,
                        SEVERITY_CHANGED,
                        IMPACT_ASSESSED,
                        STATUS_UPDATE_POSTED,
                        TRIGGER_IDENTIFIED,
                        NOTE_ADDED:
                    return open(p) ? p : null;
                case MITIGATION_STARTED:
                    return p == Phase.DECLARED ? Phase.MITIGATING : null;
                case MITIGATION_APPLIED:
                    return p == Phase.DECLARED ? Phase.MITIGATING : responding(p) ? p : null;
                case FIX_APPLIED, RECOVERY_VERIFIED:
                    return responding(p) ? p : null;
                case ROOT_CAUSE_IDENTIFIED:
                    return open(p) && p != Phase.DECLARED ? p : null;
                case IMPACT_MITIGATED:
                    return p == Phase.MITIGATING ? Phase.MITIGATED : null;
                case RESOLVED:
                    return p == Phase.MITIGATED ? Phase.RESOLVED : null;
                case REOPENED:
                    return p == Phase.RESOLVED || p == Phase.IN_REVIEW ? Phase.MITIGATING : null;
                case REVIEW_STARTED:
                    return p == Phase.RESOLVED ? Phase.IN_REVIEW : null;
                case POSTMORTEM_COMPLETED:
                    return p == Phase.RESOLVED || p == Phase.IN_REVIEW ? Phase.IN_REVIEW : null;
                case CLOSED:
                    return p == Phase.RESOLVED || p == Phase.IN_REVIEW ? Phase.CLOSED : null;
                case CANCELLED:
                    return p == Phase.DECLARED || responding(p) ? Phase.CANCELLED : null;
                case MERGED_AS_DUPLICATE:
                    return open(p) ? Phase.MERGED : null;
                default:
                    return null;
            }
        }

        static boolean responding(Phase p) {
            return p == Phase.MITIGATING || p == Phase.MITIGATED;
        }

        PublicStatus publicStatus() {
            return switch (phase) {
                case DECLARED, MITIGATING -> causeKnown ? PublicStatus.IDENTIFIED : PublicStatus.INVESTIGATING;
                case MITIGATED -> PublicStatus.MONITORING;
                default -> PublicStatus.RESOLVED;
            };
        }

        /** Every rule the event breaks; empty means it must be accepted. */
        Set<RejectionReason> violations(IncidentEvent event) {
            Set<RejectionReason> v = EnumSet.noneOf(RejectionReason.class);
            EventType type = event.type();
            if (type == EventType.DECLARED) {
                v.add(RejectionReason.ALREADY_DECLARED);
                return v;
            }
            if (phase == Phase.CLOSED || phase == Phase.CANCELLED || phase == Phase.MERGED) {
                v.add(RejectionReason.TERMINAL_PHASE);
            }
            if (event.at().isBefore(last)) {
                v.add(RejectionReason.TIME_RUNS_BACKWARDS);
            }
            if (event.at().isAfter(NOW)) {
                v.add(RejectionReason.EVENT_IN_FUTURE);
            }
            if (target(type) == null) {
                v.add(RejectionReason.NOT_PERMITTED_IN_PHASE);
            }
            switch (type) {
                case MITIGATION_STARTED, MITIGATION_APPLIED -> {
                    if (phase == Phase.DECLARED && commander == null) {
                        v.add(RejectionReason.COMMANDER_REQUIRED);
                    }
                }
                case COMMANDER_ASSIGNED -> {
                    if (commander != null) {
                        v.add(RejectionReason.COMMANDER_ALREADY_ASSIGNED);
                    }
                }
                case COMMAND_HANDED_OVER -> {
                    CommandHandedOver h = (CommandHandedOver) event;
                    if (!h.from().equals(commander)) {
                        v.add(RejectionReason.NOT_CURRENT_COMMANDER);
                    } else if (h.to().equals(h.from())) {
                        v.add(RejectionReason.HANDOVER_TO_SELF);
                    }
                }
                case ROLE_ASSIGNED -> {
                    RoleAssigned r = (RoleAssigned) event;
                    if (r.role().equals(Role.COMMANDER)) {
                        v.add(RejectionReason.COMMANDER_ROLE_RESERVED);
                    } else if (roles.contains(key(r.participant(), r.role()))) {
                        v.add(RejectionReason.ROLE_ALREADY_HELD);
                    }
                }
                case ROLE_RELEASED -> {
                    RoleReleased r = (RoleReleased) event;
                    if (r.role().equals(Role.COMMANDER)) {
                        v.add(RejectionReason.COMMANDER_ROLE_RESERVED);
                    } else if (!roles.contains(key(r.participant(), r.role()))) {
                        v.add(RejectionReason.ROLE_NOT_HELD);
                    }
                }
                case SEVERITY_CHANGED -> {
                    boolean mitigatedOrLater =
                            phase == Phase.MITIGATED || phase == Phase.RESOLVED || phase == Phase.IN_REVIEW;
                    if (mitigatedOrLater && ((SeverityChanged) event).severity().equals(Severity.UNDETERMINED)) {
                        v.add(RejectionReason.SEVERITY_UNDETERMINED);
                    }
                }
                case IMPACT_MITIGATED -> {
                    if (severity.equals(Severity.UNDETERMINED)) {
                        v.add(RejectionReason.SEVERITY_UNDETERMINED);
                    }
                    if (!impactStopped) {
                        v.add(RejectionReason.NO_IMPACT_STOPPING_MITIGATION);
                    }
                }
                case ROOT_CAUSE_IDENTIFIED, FIX_APPLIED -> {
                    if (rejectDiagnosis && phase == Phase.MITIGATING) {
                        v.add(RejectionReason.DIAGNOSIS_BEFORE_MITIGATION);
                    }
                }
                case RESOLVED -> {
                    if (!fixed) {
                        v.add(RejectionReason.NO_FIX_APPLIED);
                    }
                    if (!verifiedAfterFix) {
                        v.add(RejectionReason.RECOVERY_NOT_VERIFIED);
                    }
                }
                case CLOSED -> {
                    int rank = severity.rank().orElse(Integer.MAX_VALUE);
                    if (rank <= 2 && !postmortem) {
                        v.add(RejectionReason.POSTMORTEM_REQUIRED);
                    }
                }
                case STATUS_UPDATE_POSTED -> {
                    PublicStatus claimed = ((StatusUpdatePosted) event).update().status();
                    PublicStatus actual = publicStatus();
                    if (claimed.ordinal() > actual.ordinal()
                            || (actual == PublicStatus.RESOLVED && claimed != PublicStatus.RESOLVED)) {
                        v.add(RejectionReason.STATUS_CONTRADICTS_INCIDENT);
                    }
                }
                case MERGED_AS_DUPLICATE -> {
                    if (((MergedAsDuplicate) event).into().equals(ID)) {
                        v.add(RejectionReason.MERGE_INTO_SELF);
                    }
                }
                default -> {}
            }
            return v;
        }

        /** Whether an accepted event gets the stabilise-before-you-diagnose advisory. */
        boolean advises(IncidentEvent event) {
            return !rejectDiagnosis
                    && phase == Phase.MITIGATING
                    && (event.type() == EventType.ROOT_CAUSE_IDENTIFIED || event.type() == EventType.FIX_APPLIED);
        }

        /** Applies an accepted event. */
        void accept(IncidentEvent event) {
            Phase to = target(event.type());
            last = event.at();
            switch (event.type()) {
                case COMMANDER_ASSIGNED -> commander = ((CommanderAssigned) event).commander();
                case COMMAND_HANDED_OVER -> commander = ((CommandHandedOver) event).to();
                case ROLE_ASSIGNED ->
                    roles.add(key(((RoleAssigned) event).participant(), ((RoleAssigned) event).role()));
                case ROLE_RELEASED ->
                    roles.remove(key(((RoleReleased) event).participant(), ((RoleReleased) event).role()));
                case SEVERITY_CHANGED -> severity = ((SeverityChanged) event).severity();
                case TRIGGER_IDENTIFIED, ROOT_CAUSE_IDENTIFIED -> causeKnown = true;
                case MITIGATION_APPLIED ->
                    impactStopped |= ((MitigationApplied) event).mitigation().stoppedImpact();
                case FIX_APPLIED -> {
                    fixed = true;
                    verifiedAfterFix = false;
                }
                case RECOVERY_VERIFIED -> {
                    verifiedAfterFix = fixed;
                }
                case REOPENED -> {
                    impactStopped = false;
                    fixed = false;
                    verifiedAfterFix = false;
                }
                case POSTMORTEM_COMPLETED -> postmortem = true;
                default -> {}
            }
            phase = to;
        }

        static String key(Participant p, Role r) {
            return p.name() + "/" + r.name();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Running a sequence against both, checking after every step.
    // ---------------------------------------------------------------------------------------------

    /** The result of one run: null if every check passed, else the failure and the step it happened at. */
    record Failure(int step, Throwable error) {}

    static Failure run(Severity declared, List<Command> commands, LifecyclePolicy policy, Map<String, Integer> counts) {
        Lifecycle lifecycle = Lifecycle.builder().policy(policy).clock(CLOCK).build();
        boolean rejectDiagnosis = policy.diagnosisBeforeMitigation() == LifecyclePolicy.DiagnosisRule.REJECT;
        Incident incident = lifecycle.declare(new IncidentDeclared(ID, "Checkout errors", declared, PEOPLE.get(0), T0));
        Model model = new Model(declared, T0, rejectDiagnosis);
        count(counts, "phase " + Phase.DECLARED);
        for (int i = 0; i < commands.size(); i++) {
            IncidentEvent event = toEvent(commands.get(i), model.last);
            try {
                incident = step(lifecycle, incident, model, event, counts);
            } catch (AssertionError | RuntimeException e) {
                return new Failure(i, e);
            }
        }
        try {
            checkReplayWithoutDeclaration(lifecycle, incident, counts);
        } catch (AssertionError | RuntimeException e) {
            return new Failure(commands.size(), e);
        }
        return null;
    }

    private static Incident step(
            Lifecycle lifecycle, Incident incident, Model model, IncidentEvent event, Map<String, Integer> counts) {
        Set<RejectionReason> expected = model.violations(event);
        boolean expectAdvice = model.advises(event);
        Phase expectedPhase = expected.isEmpty() ? model.target(event.type()) : model.phase;

        int sizeBefore = incident.events().size();
        boolean can = lifecycle.canApply(incident, event);
        Outcome outcome = lifecycle.tryApply(incident, event);

        assertThat(can).as("canApply agrees with tryApply").isEqualTo(outcome.isAccepted());
        if (outcome instanceof Outcome.Rejected rejected) {
            RejectionReason reason = rejected.refusal().reason();
            count(counts, "reason " + reason);
            assertThat(expected)
                    .as(
                            "model violations; lifecycle rejected with %s: %s",
                            reason, rejected.refusal().message())
                    .isNotEmpty()
                    .contains(reason);
            assertThat(rejected.incident())
                    .as("a rejected event leaves the incident")
                    .isSameAs(incident);
            assertThat(rejected.refusal().phase()).contains(model.phase);
            assertThat(rejected.refusal().incident()).contains(ID);
            assertThat(rejected.refusal().event()).isEqualTo(event);
        } else {
            Outcome.Accepted accepted = (Outcome.Accepted) outcome;
            assertThat(expected).as("model violations of an accepted event").isEmpty();
            assertThat(model.phase.isTerminal())
                    .as("terminal phases accept nothing")
                    .isFalse();
            assertThat(accepted.advisories())
                    .as("advisories")
                    .extracting(Advisory::code)
                    .isEqualTo(expectAdvice ? List.of(Advisory.Code.DIAGNOSIS_BEFORE_MITIGATION) : List.of());
            model.accept(event);
            Incident next = accepted.incident();
            assertThat(next.events()).hasSize(incident.events().size() + 1).endsWith(event);
            assertThat(incident.events())
                    .as("the old incident's history is unchanged")
                    .hasSize(sizeBefore);
            incident = next;
        }
        count(counts, "phase " + incident.phase());
        checkInvariants(lifecycle, incident, model, expectedPhase);
        return incident;
    }

    private static void checkInvariants(Lifecycle lifecycle, Incident incident, Model model, Phase expectedPhase) {
        assertThat(incident.phase()).as("phase").isEqualTo(expectedPhase).isEqualTo(model.phase);
        assertThat(incident.holders(Role.COMMANDER)).as("zero or one commander").hasSizeLessThanOrEqualTo(1);
        assertThat(incident.commander().orElse(null)).as("commander").isEqualTo(model.commander);
        assertThat(incident.roles().values()).as("roles hold no commander").noneMatch(r -> r.contains(Role.COMMANDER));
        assertThat(incident.severity()).as("severity").isEqualTo(model.severity);
        assertThat(incident.isImpactStopped())
                .as("impact stopped since (re)opening")
                .isEqualTo(model.impactStopped);
        assertThat(incident.isRecoveryVerifiedAfterFix())
                .as("recovery verified after fix")
                .isEqualTo(model.fixed && model.verifiedAfterFix);
        assertThat(incident.publicStatus()).as("public status").isEqualTo(model.publicStatus());
        Instant previous = Instant.MIN;
        for (IncidentEvent e : incident.events()) {
            assertThat(e.at()).as("times are monotonic").isAfterOrEqualTo(previous);
            previous = e.at();
        }
        assertThat(incident.lastEventAt()).isEqualTo(model.last).isBeforeOrEqualTo(NOW);
        assertThat(lifecycle.replay(incident.events())).as("replay(history)").isEqualTo(incident);
        if (incident.phase().isTerminal()) {
            assertThat(lifecycle.permittedEvents(incident))
                    .as("terminal phases permit nothing")
                    .isEmpty();
        }
    }

    private static void checkReplayWithoutDeclaration(
            Lifecycle lifecycle, Incident incident, Map<String, Integer> counts) {
        List<IncidentEvent> history = incident.events();
        if (history.size() < 2) {
            return;
        }
        try {
            lifecycle.replay(history.subList(1, history.size()));
            throw new AssertionError("replay without the declaration was accepted");
        } catch (TransitionRejectedException e) {
            count(counts, "reason " + e.rejection().reason());
            assertThat(e.rejection().reason()).isEqualTo(RejectionReason.NOT_DECLARED);
            assertThat(e.eventIndex()).hasValue(0);
        }
    }

    static void count(Map<String, Integer> counts, String key) {
        counts.merge(key, 1, Integer::sum);
    }

    // ---------------------------------------------------------------------------------------------
    // Our own shrinking step: drop commands one at a time while the run still fails.
    // ---------------------------------------------------------------------------------------------

    static List<Command> shrink(Severity declared, List<Command> commands, LifecyclePolicy policy) {
        return shrinkWith(commands, shorter -> run(declared, shorter, policy, new HashMap<>()) != null);
    }

    /** Drops commands one at a time, from the end, while {@code fails} still holds; repeats until stable. */
    static List<Command> shrinkWith(List<Command> commands, Predicate<List<Command>> fails) {
        List<Command> current = new ArrayList<>(commands);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int i = current.size() - 1; i >= 0; i--) {
                List<Command> shorter = new ArrayList<>(current);
                shorter.remove(i);
                if (fails.test(shorter)) {
                    current = shorter;
                    progress = true;
                }
            }
        }
        return current;
    }

    /** One line per event, with what the lifecycle did with it. */
    static String describe(Severity declared, List<Command> commands, LifecyclePolicy policy) {
        StringJoiner out = new StringJoiner("\n");
        Lifecycle lifecycle = Lifecycle.builder().policy(policy).clock(CLOCK).build();
        Incident incident = lifecycle.declare(new IncidentDeclared(ID, "Checkout errors", declared, PEOPLE.get(0), T0));
        out.add(String.format("%4d. declared %s at %s (now is %s)", 0, declared, T0, NOW));
        for (int i = 0; i < commands.size(); i++) {
            IncidentEvent event = toEvent(commands.get(i), incident.lastEventAt());
            Outcome outcome = lifecycle.tryApply(incident, event);
            String result = outcome.rejection()
                    .map(r -> "rejected " + r.reason())
                    .orElseGet(() -> "accepted -> " + outcome.incident().phase());
            out.add(String.format("%4d. %-8s %s  => %s", i + 1, commands.get(i).step(), event, result));
            incident = outcome.incident();
        }
        return out.toString();
    }

    static void check(Severity declared, List<Command> commands, LifecyclePolicy policy, Map<String, Integer> counts) {
        Failure failure = run(declared, commands, policy, counts);
        if (failure == null) {
            return;
        }
        List<Command> minimal = shrink(declared, commands, policy);
        Failure minimalFailure = run(declared, minimal, policy, new HashMap<>());
        AssertionError error = new AssertionError("lifecycle and model disagree after step "
                + (minimalFailure.step() + 1) + " of this minimal sequence (" + minimal.size() + " of "
                + commands.size() + " events):\n" + describe(declared, minimal, policy) + "\n"
                + minimalFailure.error().getMessage());
        error.initCause(minimalFailure.error());
        throw error;
    }

    // ---------------------------------------------------------------------------------------------
    // The properties.
    // ---------------------------------------------------------------------------------------------

    @Test
    void should_agree_with_the_model_after_every_step_when_random_events_are_applied_under_the_default_policy() {
        // GIVEN random sequences of legal and illegal events, and the default policy
        Map<String, Integer> counts = new HashMap<>();

        // WHEN each is applied to the lifecycle and the model
        qt().withExamples(2000)
                .forAll(declaredSeverities(), sequences())
                .checkAssert((declared, commands) -> check(declared, commands, LifecyclePolicy.defaults(), counts));

        // THEN they agreed throughout (checked inside), and the generator reached every phase and
        // every reason the default policy can give
        record(counts);
        Set<String> expected = new HashSet<>();
        for (Phase phase : Phase.values()) {
            expected.add("phase " + phase);
        }
        for (RejectionReason reason : RejectionReason.values()) {
            if (reason != RejectionReason.DIAGNOSIS_BEFORE_MITIGATION) {
                expected.add("reason " + reason);
            }
        }
        assertThat(counts.keySet()).as("coverage of the generator").containsAll(expected);
    }

    @Test
    void should_agree_with_the_model_when_the_policy_rejects_diagnosis_before_mitigation() {
        // GIVEN the default policy tightened to reject diagnosis before mitigation
        LifecyclePolicy strict = LifecyclePolicy.builder()
                .diagnosisBeforeMitigation(LifecyclePolicy.DiagnosisRule.REJECT)
                .build();
        Map<String, Integer> counts = new HashMap<>();

        // WHEN random sequences are applied
        qt().withExamples(500)
                .forAll(declaredSeverities(), sequences())
                .checkAssert((declared, commands) -> check(declared, commands, strict, counts));

        // THEN the model agreed and the rejection was reached
        record(counts);
        assertThat(counts).containsKey("reason " + RejectionReason.DIAGNOSIS_BEFORE_MITIGATION);
    }

    @Test
    void should_shrink_to_the_culprit_and_print_one_event_per_line_when_a_sequence_fails() {
        // GIVEN 20 notes and one second declaration, and a failure predicate that only the
        // declaration triggers
        List<Command> commands = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            commands.add(new Command(EventType.NOTE_ADDED, i, Step.FORWARD, 10));
        }
        commands.add(7, new Command(EventType.DECLARED, 0, Step.FORWARD, 10));

        // WHEN our shrinking step minimises it
        List<Command> minimal = shrinkWith(commands, c -> c.stream().anyMatch(x -> x.type() == EventType.DECLARED));

        // THEN only the culprit is left, and it prints one line per event with the lifecycle's answer
        assertThat(minimal).extracting(Command::type).containsExactly(EventType.DECLARED);
        assertThat(describe(Severity.SEV2, minimal, LifecyclePolicy.defaults()).lines())
                .hasSize(2)
                .last()
                .asString()
                .contains("IncidentDeclared", "rejected ALREADY_DECLARED");
    }

    static void record(Map<String, Integer> counts) {
        counts.forEach(
                (key, n) -> COVERAGE.computeIfAbsent(key, k -> new LongAdder()).add(n));
    }

    @AfterAll
    static void printCoverage() {
        StringJoiner out = new StringJoiner(
                "\n", "LifecycleProperties coverage (steps that reached each phase / rejections per reason):\n", "");
        for (Phase phase : Phase.values()) {
            LongAdder n = COVERAGE.get("phase " + phase);
            out.add(String.format("  phase  %-30s %8d", phase, n == null ? 0 : n.sum()));
        }
        for (RejectionReason reason : RejectionReason.values()) {
            LongAdder n = COVERAGE.get("reason " + reason);
            out.add(String.format("  reason %-30s %8d", reason, n == null ? 0 : n.sum()));
        }
        System.out.println(out);
    }
}
