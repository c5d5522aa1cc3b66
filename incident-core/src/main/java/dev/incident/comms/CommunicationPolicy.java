package dev.incident.comms;

import dev.incident.event.EventType;
import dev.incident.event.IncidentEvent;
import dev.incident.internal.Checks;
import dev.incident.lifecycle.Incident;
import dev.incident.model.Audience;
import dev.incident.model.Participant;
import dev.incident.model.PublicStatus;
import dev.incident.model.Role;
import dev.incident.model.Severity;
import dev.incident.model.StatusUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How often an incident must be communicated: an update cadence per severity, a deadline for the
 * first public update of a user-facing incident, and one for the final public update once it is
 * resolved.
 *
 * <p>The {@link #defaults()} are: SEV1 every 15 minutes, SEV2 every 30, SEV3 every 60, no cadence
 * for lower severities; an undetermined severity is treated like SEV1 (15 minutes) until assessed;
 * a user-facing incident needs its first public update within 30 minutes of declaration and, once
 * resolved, a public "resolved" update within 30 minutes of the resolution. Severities are matched
 * by rank, so a team scale's {@code P2} follows the SEV2 cadence.
 *
 * <pre>{@code
 * CommunicationPolicy policy = CommunicationPolicy.builder()
 *     .from(CommunicationPolicy.defaults())
 *     .cadence(Severity.SEV4, Duration.ofHours(4))
 *     .build();
 * if (policy.overdue(incident, clock.instant())) { ... }
 * }</pre>
 *
 * <h2>Which updates count</h2>
 * Any status update counts, even one with no new facts ("still investigating, next update in 30
 * minutes"). For a user-facing incident only {@linkplain Audience#PUBLIC public} updates count,
 * because customers must hear; for any other incident, internal and public updates count. The
 * cadence runs from the latest counting update, or from the declaration if there is none, and uses
 * the incident's current severity (an escalation can make an update due at once). Nothing is due
 * once the incident's public status is resolved, except the final public update of a user-facing
 * incident.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommunicationPolicy {
    private static final CommunicationPolicy DEFAULTS = builder()
            .cadence(Severity.SEV1, Duration.ofMinutes(15))
            .cadence(Severity.SEV2, Duration.ofMinutes(30))
            .cadence(Severity.SEV3, Duration.ofMinutes(60))
            .undeterminedCadence(Duration.ofMinutes(15))
            .build();

    CommunicationPolicy() {}

    /** Returns the default policy described above. */
    public static CommunicationPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns an empty builder: no cadence at all, and the default first and final update deadlines.
     * Start from the defaults with {@code builder().from(defaults())}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The update cadence by severity rank (1 is the worst); ranks without one have no cadence. */
    public abstract Map<Integer, Duration> cadenceByRank();

    /** The cadence while the severity is {@link Severity#UNDETERMINED}, if any. */
    public abstract Optional<Duration> undeterminedCadence();

    /** How soon after declaration a user-facing incident needs its first public update. Default: 30 minutes. */
    @Value.Default
    public Duration firstPublicUpdateWithin() {
        return Duration.ofMinutes(30);
    }

    /**
     * How soon after its resolution a user-facing incident needs a public "resolved" update. Default:
     * 30 minutes.
     */
    @Value.Default
    public Duration resolutionUpdateWithin() {
        return Duration.ofMinutes(30);
    }

    /**
     * Returns the cadence for {@code severity}, if it has one.
     *
     * @throws NullPointerException if {@code severity} is null
     */
    public final Optional<Duration> cadenceFor(Severity severity) {
        Checks.notNull(severity, "severity");
        if (severity.isUndetermined()) {
            return undeterminedCadence();
        }
        return Optional.ofNullable(cadenceByRank().get(severity.rank().getAsInt()));
    }

    /**
     * Returns when the next update of {@code incident} is due, or empty when none is: its severity
     * has no cadence and no first or final public update is owed, or it is over and communicated.
     * See the class documentation for which updates count.
     *
     * @throws NullPointerException if {@code incident} is null
     */
    public final Optional<Instant> nextUpdateDue(Incident incident) {
        Checks.notNull(incident, "incident");
        boolean userFacing = incident.isUserFacing();
        List<StatusUpdate> updates = incident.statusUpdates();
        if (incident.publicStatus() == PublicStatus.RESOLVED) {
            if (!userFacing) {
                return Optional.empty();
            }
            Instant resolvedAt = resolvedAt(incident);
            for (StatusUpdate update : updates) {
                if (update.audience() == Audience.PUBLIC
                        && update.status() == PublicStatus.RESOLVED
                        && !update.at().isBefore(resolvedAt)) {
                    return Optional.empty();
                }
            }
            return Optional.of(resolvedAt.plus(resolutionUpdateWithin()));
        }
        Optional<StatusUpdate> last = Optional.empty();
        boolean anyPublic = false;
        for (StatusUpdate update : updates) {
            anyPublic |= update.audience() == Audience.PUBLIC;
            if (!userFacing || update.audience() == Audience.PUBLIC) {
                last = Optional.of(update);
            }
        }
        Instant from = last.map(StatusUpdate::at).orElse(incident.declaredAt());
        Optional<Instant> due = cadenceFor(incident.severity()).map(from::plus);
        if (userFacing && !anyPublic) {
            Instant first = incident.declaredAt().plus(firstPublicUpdateWithin());
            due = Optional.of(due.filter(d -> d.isBefore(first)).orElse(first));
        }
        return due;
    }

    /**
     * Returns whether an update of {@code incident} is overdue at {@code now}: one is due and {@code
     * now} is later than the due time (an update due at 14:30 is not overdue at 14:30).
     *
     * @throws NullPointerException if an argument is null
     */
    public final boolean overdue(Incident incident, Instant now) {
        return overdueBy(incident, now).isPresent();
    }

    /**
     * Returns how late the next update of {@code incident} is at {@code now}, or empty if it is not
     * overdue.
     *
     * @throws NullPointerException if an argument is null
     */
    public final Optional<Duration> overdueBy(Incident incident, Instant now) {
        Checks.notNull(now, "now");
        return nextUpdateDue(incident).filter(now::isAfter).map(due -> Duration.between(due, now));
    }

    /**
     * Returns who should post the updates of {@code incident}: the first {@linkplain
     * Role#COMMUNICATIONS_LEAD communications lead} if one is assigned, otherwise the commander (who
     * coordinates, and delegates communication when the incident grows), otherwise nobody yet.
     *
     * @throws NullPointerException if {@code incident} is null
     */
    public final Optional<Participant> responsibleForUpdates(Incident incident) {
        Checks.notNull(incident, "incident");
        List<Participant> leads = incident.holders(Role.COMMUNICATIONS_LEAD);
        return leads.isEmpty() ? incident.commander() : Optional.of(leads.get(0));
    }

    /** The time of the latest event that gave the incident its resolved public status. */
    private static Instant resolvedAt(Incident incident) {
        List<IncidentEvent> events = incident.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            EventType type = events.get(i).type();
            if (type == EventType.RESOLVED || type == EventType.CANCELLED || type == EventType.MERGED_AS_DUPLICATE) {
                return events.get(i).at();
            }
        }
        return incident.lastEventAt();
    }

    @Value.Check
    final void check() {
        for (Map.Entry<Integer, Duration> entry : cadenceByRank().entrySet()) {
            if (entry.getKey() < 1) {
                throw new IllegalArgumentException("cadence ranks start at 1, got " + entry.getKey());
            }
            requirePositive(entry.getValue(), "cadence of rank " + entry.getKey());
        }
        undeterminedCadence().ifPresent(d -> requirePositive(d, "undeterminedCadence"));
        requirePositive(firstPublicUpdateWithin(), "firstPublicUpdateWithin");
        requirePositive(resolutionUpdateWithin(), "resolutionUpdateWithin");
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
    }

    /** Builds a {@link CommunicationPolicy}; not thread-safe. */
    public static final class Builder extends ImmutableCommunicationPolicy.Builder {
        Builder() {}

        /**
         * Sets the cadence of {@code severity}'s rank.
         *
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code severity} is undetermined (use {@link
         *     #undeterminedCadence(Duration)})
         */
        public Builder cadence(Severity severity, Duration every) {
            Checks.notNull(severity, "severity");
            Checks.notNull(every, "every");
            Checks.argument(
                    !severity.isUndetermined(), "use undeterminedCadence for the cadence of an undetermined severity");
            putCadenceByRank(severity.rank().getAsInt(), every);
            return this;
        }
    }
}
