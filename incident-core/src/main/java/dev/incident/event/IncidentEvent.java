package dev.incident.event;

import java.time.Instant;

/**
 * A fact in an incident's history. The family is sealed: a {@code switch} over {@link #type()} or
 * a chain of {@code instanceof} patterns covers every event.
 *
 * <p>All implementations are immutable, thread-safe records with value equality.
 */
public sealed interface IncidentEvent
        permits IncidentDeclared,
                CommanderAssigned,
                CommandHandedOver,
                RoleAssigned,
                RoleReleased,
                SeverityChanged,
                ImpactAssessed,
                StatusUpdatePosted,
                TriggerIdentified,
                MitigationStarted,
                MitigationApplied,
                ImpactMitigated,
                RootCauseIdentified,
                FixApplied,
                RecoveryVerified,
                IncidentResolved,
                IncidentReopened,
                ReviewStarted,
                PostmortemCompleted,
                IncidentClosed,
                IncidentCancelled,
                MergedAsDuplicate,
                NoteAdded {

    /** When the event happened, in UTC. */
    Instant at();

    /** The kind of event. */
    EventType type();
}
