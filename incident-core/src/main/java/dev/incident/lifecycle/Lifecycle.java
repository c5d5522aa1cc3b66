package dev.incident.lifecycle;

import dev.incident.event.CommandHandedOver;
import dev.incident.event.CommanderAssigned;
import dev.incident.event.EventType;
import dev.incident.event.FixApplied;
import dev.incident.event.ImpactAssessed;
import dev.incident.event.IncidentCancelled;
import dev.incident.event.IncidentDeclared;
import dev.incident.event.IncidentEvent;
import dev.incident.event.MergedAsDuplicate;
import dev.incident.event.MitigationApplied;
import dev.incident.event.NoteAdded;
import dev.incident.event.PostmortemCompleted;
import dev.incident.event.RecoveryVerified;
import dev.incident.event.RoleAssigned;
import dev.incident.event.RoleReleased;
import dev.incident.event.RootCauseIdentified;
import dev.incident.event.SeverityChanged;
import dev.incident.event.StatusUpdatePosted;
import dev.incident.event.TriggerIdentified;
import dev.incident.internal.Checks;
import dev.incident.model.Participant;
import dev.incident.model.PublicStatus;
import dev.incident.model.Role;
import dev.incident.model.Severity;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The incident state machine: decides whether an event may be applied to an incident, and applies
 * it. The permitted (event, phase) pairs come from a {@link TransitionTable}; the guards on top of
 * them from a {@link LifecyclePolicy}; "now" from an injected {@link Clock}.
 *
 * <pre>{@code
 * Lifecycle lifecycle = Lifecycle.withDefaults();
 * Incident incident = lifecycle.declare(new IncidentDeclared(
 *     IncidentId.of("INC-42"), "Checkout errors", Severity.SEV2, Participant.of("priya"), now));
 * incident = lifecycle.apply(incident, new CommanderAssigned(Participant.of("marco"), now));
 *
 * Outcome outcome = lifecycle.tryApply(incident, new IncidentResolved("done", now));
 * outcome.rejection().ifPresent(r -> System.out.println(r.reason() + ": " + r.message()));
 * }</pre>
 *
 * <p>A rejected event changes nothing: incidents are immutable, and the caller keeps the incident
 * it had. Accepted transitions are logged at DEBUG through SLF4J. Immutable and thread-safe.
 */
public final class Lifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);
    private static final Lifecycle DEFAULT =
            new Lifecycle(LifecyclePolicy.defaults(), Clock.systemUTC(), TransitionTable.STANDARD);

    private final LifecyclePolicy policy;
    private final Clock clock;
    private final TransitionTable table;

    private Lifecycle(LifecyclePolicy policy, Clock clock, TransitionTable table) {
        this.policy = policy;
        this.clock = clock;
        this.table = table;
    }

    /** Returns a lifecycle with the lesson's policy and the system's UTC clock. */
    public static Lifecycle withDefaults() {
        return DEFAULT;
    }

    /** Returns a builder, starting from the default policy and the system's UTC clock. */
    public static Builder builder() {
        return new Builder();
    }

    /** The policy whose guards this lifecycle applies. */
    public LifecyclePolicy policy() {
        return policy;
    }

    /** The clock that says what "now" is. */
    public Clock clock() {
        return clock;
    }

    /** The table of permitted transitions. */
    public TransitionTable table() {
        return table;
    }

    /**
     * Starts an incident from its declaration.
     *
     * @throws NullPointerException if {@code declared} is null
     * @throws TransitionRejectedException with {@link RejectionReason#EVENT_IN_FUTURE} if the
     *     declaration is later than now
     */
    public Incident declare(IncidentDeclared declared) {
        Checks.notNull(declared, "declared");
        Instant now = clock.instant();
        if (isInFuture(declared.at(), now)) {
            throw new TransitionRejectedException(new Rejection(
                    Optional.of(declared.id()),
                    declared,
                    Optional.empty(),
                    RejectionReason.EVENT_IN_FUTURE,
                    "cannot declare " + declared.id() + ": its time " + declared.at() + " is later than now (" + now
                            + "); record events when they have happened"));
        }
        LOG.debug("{} declared ({})", declared.id(), declared.severity());
        return new Incident.Draft(declared).build();
    }

    /**
     * Applies {@code event} to {@code incident}, or says why not. Never throws for a refused event.
     *
     * @throws NullPointerException if an argument is null
     */
    public Outcome tryApply(Incident incident, IncidentEvent event) {
        Checks.notNull(incident, "incident");
        Checks.notNull(event, "event");
        List<Advisory> advisories = new ArrayList<>(0);
        Object result = step(incident, event, clock.instant(), advisories);
        if (result instanceof Rejection rejection) {
            return new Outcome.Rejected(incident, rejection);
        }
        return new Outcome.Accepted((Incident) result, advisories);
    }

    /**
     * Applies {@code event} to {@code incident}.
     *
     * @return the incident with the event applied; {@code incident} itself is unchanged
     * @throws NullPointerException if an argument is null
     * @throws TransitionRejectedException if the event is refused; it carries the {@link Rejection}
     */
    public Incident apply(Incident incident, IncidentEvent event) {
        Checks.notNull(incident, "incident");
        Checks.notNull(event, "event");
        Object result = step(incident, event, clock.instant(), null);
        if (result instanceof Rejection rejection) {
            throw new TransitionRejectedException(rejection);
        }
        return (Incident) result;
    }

    /**
     * Returns whether {@link #apply} would accept {@code event} now.
     *
     * @throws NullPointerException if an argument is null
     */
    public boolean canApply(Incident incident, IncidentEvent event) {
        Checks.notNull(incident, "incident");
        Checks.notNull(event, "event");
        return !(step(incident, event, clock.instant(), null) instanceof Rejection);
    }

    /**
     * Returns the event types that the table permits in the incident's phase and whose guards on the
     * incident's state pass. An event of a returned type may still be refused for its contents (a
     * handover from someone who is not the commander, a time in the past).
     *
     * @throws NullPointerException if {@code incident} is null
     */
    public Set<EventType> permittedEvents(Incident incident) {
        Checks.notNull(incident, "incident");
        Set<EventType> permitted = EnumSet.noneOf(EventType.class);
        for (EventType type : table.permitted(incident.phase)) {
            if (stateGuard(incident, type) == null) {
                permitted.add(type);
            }
        }
        return Collections.unmodifiableSet(permitted);
    }

    /**
     * Rebuilds an incident from its history, checking every event as {@link #apply} would.
     *
     * @throws NullPointerException if {@code history} or one of its events is null
     * @throws IllegalArgumentException if {@code history} is empty
     * @throws TransitionRejectedException at the first refused event, with its index in {@code
     *     history}; a first event that is not an {@link IncidentDeclared} is refused with {@link
     *     RejectionReason#NOT_DECLARED}
     */
    public Incident replay(List<? extends IncidentEvent> history) {
        Checks.notNull(history, "history");
        Checks.argument(!history.isEmpty(), "history must not be empty: it starts with IncidentDeclared");
        IncidentEvent first = Checks.notNull(history.get(0), "history[0]");
        if (!(first instanceof IncidentDeclared declared)) {
            throw new TransitionRejectedException(
                    new Rejection(
                            Optional.empty(),
                            first,
                            Optional.empty(),
                            RejectionReason.NOT_DECLARED,
                            "cannot replay a history that starts with " + name(first.type())
                                    + "; a history starts with the incident's declaration"),
                    0);
        }
        Incident incident;
        try {
            incident = declare(declared);
        } catch (TransitionRejectedException e) {
            throw new TransitionRejectedException(e.rejection(), 0);
        }
        Instant now = clock.instant();
        for (int i = 1; i < history.size(); i++) {
            IncidentEvent event = Checks.notNull(history.get(i), "history[" + i + "]");
            Object result = step(incident, event, now, null);
            if (result instanceof Rejection rejection) {
                throw new TransitionRejectedException(rejection, i);
            }
            incident = (Incident) result;
        }
        return incident;
    }

    /** Returns the incident after {@code event}, or the {@link Rejection}. */
    private Object step(Incident incident, IncidentEvent event, Instant now, @Nullable List<Advisory> advisories) {
        EventType type = event.type();
        if (event instanceof IncidentDeclared) {
            return reject(
                    incident,
                    event,
                    RejectionReason.ALREADY_DECLARED,
                    "cannot declare " + incident.id + " again: it was declared at " + incident.declaredAt()
                            + "; declare a new incident with its own id instead");
        }
        Phase phase = incident.phase;
        if (phase.isTerminal()) {
            return reject(
                    incident,
                    event,
                    RejectionReason.TERMINAL_PHASE,
                    "cannot apply " + name(type) + " to " + incident.id + ": it is " + name(phase)
                            + ", which accepts no further events; declare a new incident if the problem is back");
        }
        Instant last = incident.lastEventAt();
        if (event.at().isBefore(last)) {
            return reject(
                    incident,
                    event,
                    RejectionReason.TIME_RUNS_BACKWARDS,
                    "cannot apply " + name(type) + " to " + incident.id + ": its time " + event.at()
                            + " is earlier than the latest event at " + last
                            + "; events must be recorded in time order (add a note to correct the record)");
        }
        if (isInFuture(event.at(), now)) {
            return reject(
                    incident,
                    event,
                    RejectionReason.EVENT_IN_FUTURE,
                    "cannot apply " + name(type) + " to " + incident.id + ": its time " + event.at()
                            + " is later than now (" + now + "); record events when they have happened");
        }
        Optional<Phase> target = table.target(type, phase);
        if (target.isEmpty()) {
            return reject(
                    incident,
                    event,
                    RejectionReason.NOT_PERMITTED_IN_PHASE,
                    "cannot apply " + name(type) + " to " + incident.id + " while it is " + name(phase)
                            + "; permitted now: " + names(permittedEvents(incident)));
        }
        Rejection refused = stateGuardRejection(incident, event);
        if (refused == null) {
            refused = contentGuard(incident, event);
        }
        if (refused != null) {
            return refused;
        }
        if (advisories != null
                && phase == Phase.MITIGATING
                && (type == EventType.ROOT_CAUSE_IDENTIFIED || type == EventType.FIX_APPLIED)
                && policy.diagnosisBeforeMitigation() == LifecyclePolicy.DiagnosisRule.ADVISE) {
            advisories.add(new Advisory(
                    Advisory.Code.DIAGNOSIS_BEFORE_MITIGATION,
                    name(type) + " recorded for " + incident.id
                            + " while users are still affected; stabilise before you diagnose: a rollback,"
                            + " a feature flag or a failover usually stops the impact without a diagnosis"));
        }
        Incident next = applyEffect(incident, event, target.get());
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {}: {} -> {}", incident.id, name(type), name(phase), name(next.phase));
        }
        return next;
    }

    /** The guard that depends only on the incident's state, as a reason; null if it passes. */
    private @Nullable RejectionReason stateGuard(Incident incident, EventType type) {
        Phase phase = incident.phase;
        switch (type) {
            case MITIGATION_STARTED, MITIGATION_APPLIED:
                if (phase == Phase.DECLARED && policy.requireCommander() && incident.commander == null) {
                    return RejectionReason.COMMANDER_REQUIRED;
                }
                return null;
            case COMMANDER_ASSIGNED:
                return incident.commander != null ? RejectionReason.COMMANDER_ALREADY_ASSIGNED : null;
            case COMMAND_HANDED_OVER:
                return incident.commander == null ? RejectionReason.NOT_CURRENT_COMMANDER : null;
            case IMPACT_MITIGATED:
                if (policy.requireDeterminedSeverity() && incident.severity.isUndetermined()) {
                    return RejectionReason.SEVERITY_UNDETERMINED;
                }
                if (policy.requireImpactStoppingMitigation() && !incident.isImpactStopped()) {
                    return RejectionReason.NO_IMPACT_STOPPING_MITIGATION;
                }
                return null;
            case ROOT_CAUSE_IDENTIFIED, FIX_APPLIED:
                return phase == Phase.MITIGATING
                                && policy.diagnosisBeforeMitigation() == LifecyclePolicy.DiagnosisRule.REJECT
                        ? RejectionReason.DIAGNOSIS_BEFORE_MITIGATION
                        : null;
            case RESOLVED:
                if (policy.requireFix() && incident.lastFix <= incident.openedAt) {
                    return RejectionReason.NO_FIX_APPLIED;
                }
                if (policy.requireVerifiedRecovery()
                        && incident.lastVerification <= Math.max(incident.lastFix, incident.openedAt)) {
                    return RejectionReason.RECOVERY_NOT_VERIFIED;
                }
                return null;
            case CLOSED:
                Optional<Severity> threshold = policy.postmortemRequiredFrom();
                if (threshold.isPresent()
                        && incident.severity.isAtLeast(threshold.get())
                        && incident.postmortem == null) {
                    return RejectionReason.POSTMORTEM_REQUIRED;
                }
                return null;
            default:
                return null;
        }
    }

    private @Nullable Rejection stateGuardRejection(Incident incident, IncidentEvent event) {
        RejectionReason reason = stateGuard(incident, event.type());
        if (reason == null) {
            return null;
        }
        String id = incident.id.value();
        String message = switch (reason) {
            case COMMANDER_REQUIRED ->
                "cannot start mitigating " + id
                        + ": it has no incident commander; assign a commander first (one person coordinates,"
                        + " who need not be the one fixing)";
            case COMMANDER_ALREADY_ASSIGNED ->
                "cannot assign a commander to " + id + ": " + incident.commander
                        + " is already the commander; hand over command instead";
            case NOT_CURRENT_COMMANDER ->
                "cannot hand over command of " + id + ": it has no commander yet; assign a commander first";
            case SEVERITY_UNDETERMINED ->
                "cannot mark " + id + " mitigated: its severity is still undetermined; assess the severity first";
            case NO_IMPACT_STOPPING_MITIGATION ->
                "cannot mark " + id
                        + " mitigated: no mitigation has been recorded as having stopped the user impact"
                        + (incident.openedAt > 0 ? " since it was reopened" : "")
                        + "; record the rollback, flag or failover that stopped it first";
            case DIAGNOSIS_BEFORE_MITIGATION ->
                "cannot record " + name(event.type()) + " for " + id
                        + " while users are still affected: this policy requires the impact to be stopped"
                        + " first; mitigate (roll back, turn a flag off, fail over), then diagnose";
            case NO_FIX_APPLIED ->
                "cannot resolve " + id + ": no fix has been applied"
                        + (incident.openedAt > 0 ? " since it was reopened" : "")
                        + "; a mitigation is not a fix: record the real fix first";
            case RECOVERY_NOT_VERIFIED ->
                "cannot resolve " + id + ": no recovery was verified after "
                        + (incident.lastFix > incident.openedAt && incident.fix != null
                                ? "the fix applied at " + incident.fix.at()
                                : "it was reopened")
                        + "; record a recovery verification first";
            case POSTMORTEM_REQUIRED ->
                "cannot close " + id + ": it is " + incident.severity
                        + ", and incidents at or above "
                        + policy.postmortemRequiredFrom().map(Severity::label).orElse("?")
                        + " need a completed postmortem; record the completed postmortem first";
            default -> "cannot apply " + name(event.type()) + " to " + id + ": " + name(reason);
        };
        return reject(incident, event, reason, message);
    }

    /** The guards that look at the event's contents; null if they pass. */
    private @Nullable Rejection contentGuard(Incident incident, IncidentEvent event) {
        String id = incident.id.value();
        if (event instanceof CommandHandedOver handover) {
            if (!handover.from().equals(incident.commander)) {
                return reject(
                        incident,
                        event,
                        RejectionReason.NOT_CURRENT_COMMANDER,
                        "cannot hand over command of " + id + " from " + handover.from() + ": the commander is "
                                + incident.commander + "; a handover names the current commander");
            }
            if (handover.to().equals(handover.from())) {
                return reject(
                        incident,
                        event,
                        RejectionReason.HANDOVER_TO_SELF,
                        "cannot hand over command of " + id + " from " + handover.from() + " to themselves"
                                + "; name a different participant as the new commander");
            }
        } else if (event instanceof RoleAssigned assigned) {
            if (assigned.role().equals(Role.COMMANDER)) {
                return reject(
                        incident,
                        event,
                        RejectionReason.COMMANDER_ROLE_RESERVED,
                        "cannot assign the commander role of " + id + " as an ordinary role; use a commander"
                                + " assignment or a handover, so there is one commander at a time");
            }
            if (incident.roles.getOrDefault(assigned.participant(), Set.of()).contains(assigned.role())) {
                return reject(
                        incident,
                        event,
                        RejectionReason.ROLE_ALREADY_HELD,
                        "cannot assign " + assigned.role() + " to " + assigned.participant() + " in " + id
                                + ": they already hold it; assign a different role or participant");
            }
        } else if (event instanceof RoleReleased released) {
            if (released.role().equals(Role.COMMANDER)) {
                return reject(
                        incident,
                        event,
                        RejectionReason.COMMANDER_ROLE_RESERVED,
                        "cannot release the commander role of " + id + "; hand over command instead");
            }
            if (!incident.roles.getOrDefault(released.participant(), Set.of()).contains(released.role())) {
                return reject(
                        incident,
                        event,
                        RejectionReason.ROLE_NOT_HELD,
                        "cannot release " + released.role() + " from " + released.participant() + " in " + id
                                + ": they do not hold it; release a role they hold (see the incident's roles)");
            }
        } else if (event instanceof SeverityChanged changed) {
            if (policy.requireDeterminedSeverity()
                    && changed.severity().isUndetermined()
                    && incident.phase.compareTo(Phase.MITIGATED) >= 0) {
                return reject(
                        incident,
                        event,
                        RejectionReason.SEVERITY_UNDETERMINED,
                        "cannot set the severity of " + id + " back to undetermined once it is mitigated"
                                + "; keep a ranked severity (change it to another level if the assessment changed)");
            }
        } else if (event instanceof StatusUpdatePosted posted) {
            PublicStatus claimed = posted.update().status();
            PublicStatus actual = incident.publicStatus();
            boolean ahead = claimed.compareTo(actual) > 0;
            boolean behindResolution = actual == PublicStatus.RESOLVED && claimed != PublicStatus.RESOLVED;
            if (policy.requireConsistentStatusUpdates() && (ahead || behindResolution)) {
                return reject(
                        incident,
                        event,
                        RejectionReason.STATUS_CONTRADICTS_INCIDENT,
                        "cannot post a \"" + name(claimed) + "\" update for " + id + ": the incident is "
                                + name(incident.phase) + ", so its public status is \"" + name(actual) + "\"; "
                                + (ahead
                                        ? "record the progress (mitigation, resolution) before announcing it"
                                        : "reopen the incident before posting a non-resolved status"));
            }
        } else if (event instanceof MergedAsDuplicate merged) {
            if (merged.into().equals(incident.id)) {
                return reject(
                        incident,
                        event,
                        RejectionReason.MERGE_INTO_SELF,
                        "cannot merge " + id + " into itself; merge it into the other incident's id");
            }
        }
        return null;
    }

    private static Incident applyEffect(Incident incident, IncidentEvent event, Phase target) {
        Incident.Draft draft = new Incident.Draft(incident);
        int index = incident.events.size();
        draft.events = incident.events.append(event);
        draft.phase = target;
        switch (event.type()) {
            case COMMANDER_ASSIGNED -> draft.commander = ((CommanderAssigned) event).commander();
            case COMMAND_HANDED_OVER -> draft.commander = ((CommandHandedOver) event).to();
            case ROLE_ASSIGNED -> {
                RoleAssigned assigned = (RoleAssigned) event;
                draft.roles = withRole(incident.roles, assigned.participant(), assigned.role(), true);
            }
            case ROLE_RELEASED -> {
                RoleReleased released = (RoleReleased) event;
                draft.roles = withRole(incident.roles, released.participant(), released.role(), false);
            }
            case SEVERITY_CHANGED -> draft.severity = ((SeverityChanged) event).severity();
            case IMPACT_ASSESSED -> draft.impact = ((ImpactAssessed) event).impact();
            case STATUS_UPDATE_POSTED -> draft.updates = incident.updates.append(((StatusUpdatePosted) event).update());
            case TRIGGER_IDENTIFIED -> draft.trigger = (TriggerIdentified) event;
            case MITIGATION_APPLIED -> {
                MitigationApplied applied = (MitigationApplied) event;
                draft.mitigations = incident.mitigations.append(applied.mitigation());
                if (applied.mitigation().stoppedImpact()) {
                    draft.lastStoppingMitigation = index;
                }
            }
            case ROOT_CAUSE_IDENTIFIED -> draft.rootCause = (RootCauseIdentified) event;
            case FIX_APPLIED -> {
                draft.fix = (FixApplied) event;
                draft.lastFix = index;
            }
            case RECOVERY_VERIFIED -> {
                draft.verification = (RecoveryVerified) event;
                draft.lastVerification = index;
            }
            case REOPENED -> draft.openedAt = index;
            case POSTMORTEM_COMPLETED -> draft.postmortem = (PostmortemCompleted) event;
            case CANCELLED -> draft.cancellation = (IncidentCancelled) event;
            case MERGED_AS_DUPLICATE -> draft.merge = (MergedAsDuplicate) event;
            case NOTE_ADDED -> draft.notes = incident.notes.append((NoteAdded) event);
            default -> {
                // The phase change is the whole effect.
            }
        }
        return draft.build();
    }

    private static Map<Participant, Set<Role>> withRole(
            Map<Participant, Set<Role>> roles, Participant participant, Role role, boolean add) {
        Map<Participant, Set<Role>> copy = new LinkedHashMap<>(roles);
        Set<Role> held = new LinkedHashSet<>(copy.getOrDefault(participant, Set.of()));
        if (add) {
            held.add(role);
        } else {
            held.remove(role);
        }
        if (held.isEmpty()) {
            copy.remove(participant);
        } else {
            copy.put(participant, Collections.unmodifiableSet(held));
        }
        return Collections.unmodifiableMap(copy);
    }

    private boolean isInFuture(Instant at, Instant now) {
        return at.isAfter(now.plus(policy.futureTolerance()));
    }

    private static Rejection reject(Incident incident, IncidentEvent event, RejectionReason reason, String message) {
        return new Rejection(Optional.of(incident.id), event, Optional.of(incident.phase), reason, message);
    }

    private static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String names(Set<EventType> types) {
        if (types.isEmpty()) {
            return "nothing";
        }
        List<String> names = new ArrayList<>();
        for (EventType type : types) {
            names.add(name(type));
        }
        return String.join(", ", names);
    }

    /** Builds a {@link Lifecycle}; not thread-safe. */
    public static final class Builder {
        private LifecyclePolicy policy = LifecyclePolicy.defaults();
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * Sets the policy. Default: {@link LifecyclePolicy#defaults()}.
         *
         * @throws NullPointerException if {@code policy} is null
         */
        public Builder policy(LifecyclePolicy policy) {
            this.policy = Checks.notNull(policy, "policy");
            return this;
        }

        /**
         * Sets the clock that says what "now" is. Default: {@link Clock#systemUTC()}.
         *
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Checks.notNull(clock, "clock");
            return this;
        }

        /** Returns the lifecycle. */
        public Lifecycle build() {
            return new Lifecycle(policy, clock, TransitionTable.STANDARD);
        }
    }
}
