package dev.incident.lifecycle;

import dev.incident.event.FixApplied;
import dev.incident.event.IncidentCancelled;
import dev.incident.event.IncidentDeclared;
import dev.incident.event.IncidentEvent;
import dev.incident.event.MergedAsDuplicate;
import dev.incident.event.NoteAdded;
import dev.incident.event.PostmortemCompleted;
import dev.incident.event.RecoveryVerified;
import dev.incident.event.RootCauseIdentified;
import dev.incident.event.TriggerIdentified;
import dev.incident.internal.AppendOnlyList;
import dev.incident.model.Impact;
import dev.incident.model.IncidentId;
import dev.incident.model.Mitigation;
import dev.incident.model.Participant;
import dev.incident.model.PublicStatus;
import dev.incident.model.Role;
import dev.incident.model.Severity;
import dev.incident.model.StatusUpdate;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An incident: an identity plus its ordered history of events. Everything else here — phase,
 * commander, severity, impact, mitigations, updates, root cause, public status — is derived from
 * that history, and replaying the history through a {@link Lifecycle} rebuilds an equal incident.
 *
 * <p>Incidents are made only by a {@link Lifecycle} ({@link Lifecycle#declare}, {@link
 * Lifecycle#apply}, {@link Lifecycle#replay}), so every incident has a history its lifecycle
 * accepted. Two incidents are equal when their ids and histories are equal.
 *
 * <p>Immutable and thread-safe. Applying an event returns a new incident that shares the history's
 * storage with this one, so building a long history costs amortised constant time per event.
 */
public final class Incident {
    final IncidentId id;
    final String title;
    final Phase phase;
    final Severity severity;
    final @Nullable Participant commander;
    final Map<Participant, Set<Role>> roles;
    final @Nullable Impact impact;
    final AppendOnlyList<Mitigation> mitigations;
    final AppendOnlyList<StatusUpdate> updates;
    final AppendOnlyList<NoteAdded> notes;
    final @Nullable TriggerIdentified trigger;
    final @Nullable RootCauseIdentified rootCause;
    final @Nullable FixApplied fix;
    final @Nullable RecoveryVerified verification;
    final @Nullable PostmortemCompleted postmortem;
    final @Nullable IncidentCancelled cancellation;
    final @Nullable MergedAsDuplicate merge;
    /** Index in the history of the latest reopening, or 0 (the declaration). */
    final int openedAt;
    /** Index of the latest mitigation that stopped the impact, or -1. */
    final int lastStoppingMitigation;
    /** Index of the latest fix, or -1. */
    final int lastFix;
    /** Index of the latest recovery verification, or -1. */
    final int lastVerification;

    final AppendOnlyList<IncidentEvent> events;

    Incident(Draft draft) {
        this.id = draft.id;
        this.title = draft.title;
        this.phase = draft.phase;
        this.severity = draft.severity;
        this.commander = draft.commander;
        this.roles = draft.roles;
        this.impact = draft.impact;
        this.mitigations = draft.mitigations;
        this.updates = draft.updates;
        this.notes = draft.notes;
        this.trigger = draft.trigger;
        this.rootCause = draft.rootCause;
        this.fix = draft.fix;
        this.verification = draft.verification;
        this.postmortem = draft.postmortem;
        this.cancellation = draft.cancellation;
        this.merge = draft.merge;
        this.openedAt = draft.openedAt;
        this.lastStoppingMitigation = draft.lastStoppingMitigation;
        this.lastFix = draft.lastFix;
        this.lastVerification = draft.lastVerification;
        this.events = draft.events;
    }

    /** The incident's identity. */
    public IncidentId id() {
        return id;
    }

    /** The title given at declaration. */
    public String title() {
        return title;
    }

    /** The current phase. */
    public Phase phase() {
        return phase;
    }

    /** The current severity; {@link Severity#UNDETERMINED} until assessed. */
    public Severity severity() {
        return severity;
    }

    /** The declaration, the first event of the history. */
    public IncidentDeclared declaration() {
        return (IncidentDeclared) events.get(0);
    }

    /** When the incident was declared. */
    public Instant declaredAt() {
        return events.get(0).at();
    }

    /** When the latest event happened. */
    public Instant lastEventAt() {
        return events.get(events.size() - 1).at();
    }

    /** The current incident commander, if one is assigned. There is never more than one. */
    public Optional<Participant> commander() {
        return Optional.ofNullable(commander);
    }

    /**
     * The roles each participant holds, besides the commander (see {@link #commander()}), in the
     * order they were first assigned.
     */
    public Map<Participant, Set<Role>> roles() {
        return roles;
    }

    /** The participants holding {@code role}, in the order they took it; the commander for {@link Role#COMMANDER}. */
    public List<Participant> holders(Role role) {
        if (role.equals(Role.COMMANDER)) {
            return commander == null ? List.of() : List.of(commander);
        }
        return roles.entrySet().stream()
                .filter(entry -> entry.getValue().contains(role))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The latest impact assessment, if any. */
    public Optional<Impact> impact() {
        return Optional.ofNullable(impact);
    }

    /** Whether users can see the impact, according to the latest assessment (false if none). */
    public boolean isUserFacing() {
        return impact != null && impact.userFacing();
    }

    /** Every mitigation applied, in order. */
    public List<Mitigation> mitigations() {
        return mitigations;
    }

    /** Every status update posted, in order. */
    public List<StatusUpdate> statusUpdates() {
        return updates;
    }

    /** Every note, in order. */
    public List<NoteAdded> notes() {
        return notes;
    }

    /** The latest identified trigger, if any. */
    public Optional<TriggerIdentified> trigger() {
        return Optional.ofNullable(trigger);
    }

    /** The latest identified root cause, if any. */
    public Optional<RootCauseIdentified> rootCause() {
        return Optional.ofNullable(rootCause);
    }

    /** The latest fix applied, if any. */
    public Optional<FixApplied> fix() {
        return Optional.ofNullable(fix);
    }

    /** The latest recovery verification, if any. */
    public Optional<RecoveryVerified> recoveryVerification() {
        return Optional.ofNullable(verification);
    }

    /** The latest completed postmortem, if any. */
    public Optional<PostmortemCompleted> postmortem() {
        return Optional.ofNullable(postmortem);
    }

    /** Why the incident was cancelled, if it was. */
    public Optional<IncidentCancelled> cancellation() {
        return Optional.ofNullable(cancellation);
    }

    /** The incident this one was merged into, if it was. */
    public Optional<IncidentId> mergedInto() {
        return merge == null ? Optional.empty() : Optional.of(merge.into());
    }

    /** Whether a mitigation that stopped the impact was applied since the incident was (re)opened. */
    public boolean isImpactStopped() {
        return lastStoppingMitigation > openedAt;
    }

    /** Whether recovery was verified after the latest fix, that fix being later than any reopening. */
    public boolean isRecoveryVerifiedAfterFix() {
        return lastFix > openedAt && lastVerification > lastFix;
    }

    /**
     * The status a status page shows, derived from the phase: investigating (declared or
     * mitigating, nothing identified), identified (mitigating, a trigger or root cause known),
     * monitoring (mitigated), resolved (resolved, in review, closed, cancelled or merged).
     */
    public PublicStatus publicStatus() {
        return switch (phase) {
            case DECLARED, MITIGATING ->
                trigger != null || rootCause != null ? PublicStatus.IDENTIFIED : PublicStatus.INVESTIGATING;
            case MITIGATED -> PublicStatus.MONITORING;
            case RESOLVED, IN_REVIEW, CLOSED, CANCELLED, MERGED -> PublicStatus.RESOLVED;
        };
    }

    /** The whole history, oldest first; the first event is always the {@link #declaration()}. */
    public List<IncidentEvent> events() {
        return events;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other || (other instanceof Incident that && id.equals(that.id) && events.equals(that.events));
    }

    @Override
    public int hashCode() {
        return (id.hashCode() * 31 + events.size()) * 31
                + events.get(events.size() - 1).hashCode();
    }

    @Override
    public String toString() {
        return "Incident{" + id + ", " + phase + ", " + severity + ", " + events.size() + " events}";
    }

    /** A mutable copy used by the lifecycle to make the next incident; never escapes the package. */
    static final class Draft {
        IncidentId id;
        String title;
        Phase phase;
        Severity severity;

        @Nullable
        Participant commander;

        Map<Participant, Set<Role>> roles;

        @Nullable
        Impact impact;

        AppendOnlyList<Mitigation> mitigations;
        AppendOnlyList<StatusUpdate> updates;
        AppendOnlyList<NoteAdded> notes;

        @Nullable
        TriggerIdentified trigger;

        @Nullable
        RootCauseIdentified rootCause;

        @Nullable
        FixApplied fix;

        @Nullable
        RecoveryVerified verification;

        @Nullable
        PostmortemCompleted postmortem;

        @Nullable
        IncidentCancelled cancellation;

        @Nullable
        MergedAsDuplicate merge;

        int openedAt;
        int lastStoppingMitigation;
        int lastFix;
        int lastVerification;
        AppendOnlyList<IncidentEvent> events;

        Draft(IncidentDeclared declared) {
            this.id = declared.id();
            this.title = declared.title();
            this.phase = Phase.DECLARED;
            this.severity = declared.severity();
            this.roles = Collections.emptyMap();
            this.mitigations = AppendOnlyList.empty();
            this.updates = AppendOnlyList.empty();
            this.notes = AppendOnlyList.empty();
            this.openedAt = 0;
            this.lastStoppingMitigation = -1;
            this.lastFix = -1;
            this.lastVerification = -1;
            this.events = AppendOnlyList.<IncidentEvent>empty().append(declared);
        }

        Draft(Incident from) {
            this.id = from.id;
            this.title = from.title;
            this.phase = from.phase;
            this.severity = from.severity;
            this.commander = from.commander;
            this.roles = from.roles;
            this.impact = from.impact;
            this.mitigations = from.mitigations;
            this.updates = from.updates;
            this.notes = from.notes;
            this.trigger = from.trigger;
            this.rootCause = from.rootCause;
            this.fix = from.fix;
            this.verification = from.verification;
            this.postmortem = from.postmortem;
            this.cancellation = from.cancellation;
            this.merge = from.merge;
            this.openedAt = from.openedAt;
            this.lastStoppingMitigation = from.lastStoppingMitigation;
            this.lastFix = from.lastFix;
            this.lastVerification = from.lastVerification;
            this.events = from.events;
        }

        Incident build() {
            return new Incident(this);
        }
    }
}
