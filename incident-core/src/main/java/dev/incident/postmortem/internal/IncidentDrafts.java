package dev.incident.postmortem.internal;

import dev.incident.event.CommandHandedOver;
import dev.incident.event.CommanderAssigned;
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
import dev.incident.lifecycle.Incident;
import dev.incident.model.Impact;
import dev.incident.model.Mitigation;
import dev.incident.model.RootCause;
import dev.incident.model.Trigger;
import dev.incident.postmortem.Postmortem;
import dev.incident.postmortem.PostmortemImpact;
import dev.incident.postmortem.TimelineRow;
import dev.incident.timeline.EntryKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Fills a postmortem draft from an incident's history. Stateless. */
public final class IncidentDrafts {
    private IncidentDrafts() {}

    /** A timeline row with the instant it sorts by. */
    private record Row(Instant at, EntryKind kind, String text) {}

    /** Fills {@code builder} from {@code incident}. */
    public static void fill(Postmortem.Builder builder, Incident incident) {
        IncidentDeclared declared = incident.declaration();
        Instant detected = declared.detectedAt().orElse(declared.at());
        Optional<Impact> impact = incident.impact();
        Instant started = impact.flatMap(Impact::startedAt)
                .filter(at -> !at.isAfter(detected))
                .orElse(detected);
        Optional<Instant> mitigatedAt = last(incident, ImpactMitigated.class);
        Optional<Instant> resolvedAt = last(incident, IncidentResolved.class);

        builder.title(incident.title())
                .incidentReference(incident.id().value())
                .date(LocalDateTime.ofInstant(started, ZoneOffset.UTC).toLocalDate());
        builder.impact(impact(started, mitigatedAt, resolvedAt, impact));
        incident.trigger()
                .map(TriggerIdentified::trigger)
                .map(IncidentDrafts::trigger)
                .ifPresent(builder::trigger);
        builder.detection(detection(declared, started));
        incident.rootCause()
                .map(RootCauseIdentified::rootCause)
                .ifPresent(cause -> builder.addRootCause(cause.description())
                        .addAllContributingFactors(cause.contributingFactors()));
        resolution(incident).ifPresent(builder::resolution);
        for (Row row : rows(incident, started)) {
            builder.addTimeline(TimelineRow.builder()
                    .date(LocalDateTime.ofInstant(row.at(), ZoneOffset.UTC).toLocalDate())
                    .time(LocalDateTime.ofInstant(row.at(), ZoneOffset.UTC).toLocalTime())
                    .kind(row.kind())
                    .text(row.text())
                    .build());
        }
    }

    private static <E extends IncidentEvent> Optional<Instant> last(Incident incident, Class<E> type) {
        Instant found = null;
        for (IncidentEvent event : incident.events()) {
            if (type.isInstance(event)) {
                found = event.at();
            }
        }
        return Optional.ofNullable(found);
    }

    private static PostmortemImpact impact(
            Instant started, Optional<Instant> mitigated, Optional<Instant> resolved, Optional<Impact> assessed) {
        PostmortemImpact.Builder impact = PostmortemImpact.builder()
                .startedAt(started)
                .mitigatedAt(mitigated)
                .resolvedAt(resolved);
        Optional<Instant> end = mitigated.isPresent() ? mitigated : resolved;
        end.filter(at -> !at.isBefore(started)).ifPresent(at -> impact.duration(Duration.between(started, at)));
        List<String> description = new ArrayList<>();
        assessed.ifPresent(value -> {
            impact.affectedServices(value.affectedServices());
            impact.usersAffected(value.usersAffected());
            impact.requestsAffected(value.requestsAffected());
            value.scope().ifPresent(scope -> description.add(sentence(scope)));
            if (!value.regionsAffected().isEmpty()) {
                description.add("Regions affected: " + String.join(", ", value.regionsAffected()) + ".");
            }
            description.add(value.userFacing() ? "Users could see the impact." : "The impact was internal.");
        });
        end.filter(at -> !at.isBefore(started))
                .ifPresent(at ->
                        description.add("Users were affected for " + Times.humanDuration(Duration.between(started, at))
                                + ", from " + Times.instant(started) + " to " + Times.instant(at) + "."));
        return impact.description(String.join(" ", description)).build();
    }

    private static String sentence(String text) {
        String line = Text.oneLine(text);
        String capital = line.substring(0, 1).toUpperCase(Locale.ROOT) + line.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }

    private static String trigger(Trigger trigger) {
        String kind = trigger.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return sentence(trigger.description()) + " (" + kind
                + trigger.reference().map(ref -> ", " + ref).orElse("") + ")";
    }

    private static String detection(IncidentDeclared declared, Instant started) {
        Instant detected = declared.detectedAt().orElse(declared.at());
        StringBuilder out = new StringBuilder();
        out.append("Detected at ").append(Times.instant(detected));
        Duration late = Duration.between(started, detected);
        if (!late.isNegative() && !late.isZero()) {
            out.append(", ").append(Times.humanDuration(late)).append(" after the impact started");
        }
        out.append("; declared at ")
                .append(Times.instant(declared.at()))
                .append(" by ")
                .append(declared.declaredBy().name())
                .append(" as ")
                .append(declared.severity().label())
                .append('.');
        return out.toString();
    }

    private static Optional<String> resolution(Incident incident) {
        List<String> lines = new ArrayList<>();
        for (Mitigation mitigation : incident.mitigations()) {
            lines.add("- " + Times.instant(mitigation.at()) + ": "
                    + kind(mitigation.kind().name()) + ", "
                    + Text.oneLine(mitigation.description())
                    + (mitigation.stoppedImpact() ? " (stopped the impact)" : ""));
        }
        incident.fix()
                .ifPresent(fix -> lines.add("- " + Times.instant(fix.at()) + ": fix, "
                        + Text.oneLine(fix.fix().description())
                        + fix.fix().reference().map(ref -> " (" + ref + ")").orElse("")));
        incident.recoveryVerification()
                .ifPresent(verified -> lines.add("- " + Times.instant(verified.at()) + ": recovery verified, "
                        + Text.oneLine(verified.verification().evidence())));
        for (IncidentEvent event : incident.events()) {
            if (event instanceof IncidentResolved resolved) {
                lines.add("- " + Times.instant(resolved.at()) + ": resolved, " + Text.oneLine(resolved.summary()));
            }
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    private static String kind(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The incident's history as timeline rows, in time order (stable for equal times). */
    static List<Row> rows(Incident incident, Instant started) {
        List<Row> rows = new ArrayList<>();
        IncidentDeclared declared = incident.declaration();
        if (started.isBefore(declared.detectedAt().orElse(declared.at()))) {
            rows.add(new Row(started, EntryKind.DETECTION, "User impact started"));
        }
        for (IncidentEvent event : incident.events()) {
            row(event, rows);
        }
        rows.sort(Comparator.comparing(Row::at));
        return rows;
    }

    private static void row(IncidentEvent event, List<Row> rows) {
        Instant at = event.at();
        if (event instanceof IncidentDeclared declared) {
            declared.detectedAt()
                    .ifPresent(detected -> rows.add(new Row(detected, EntryKind.DETECTION, "Problem detected")));
            rows.add(new Row(
                    at,
                    EntryKind.DECLARATION,
                    "Incident declared as " + declared.severity().label() + " by "
                            + declared.declaredBy().name() + ": " + declared.title()));
        } else if (event instanceof CommanderAssigned assigned) {
            rows.add(new Row(at, EntryKind.ROLE_CHANGE, assigned.commander().name() + " took command"));
        } else if (event instanceof CommandHandedOver handover) {
            rows.add(new Row(
                    at,
                    EntryKind.ROLE_CHANGE,
                    handover.from().name() + " handed command over to "
                            + handover.to().name()));
        } else if (event instanceof RoleAssigned role) {
            rows.add(new Row(at, EntryKind.ROLE_CHANGE, role.participant().name() + " took the role " + role.role()));
        } else if (event instanceof RoleReleased role) {
            rows.add(new Row(at, EntryKind.ROLE_CHANGE, role.participant().name() + " left the role " + role.role()));
        } else if (event instanceof SeverityChanged changed) {
            rows.add(new Row(
                    at, EntryKind.NOTE, "Severity set to " + changed.severity().label() + ": " + changed.reason()));
        } else if (event instanceof ImpactAssessed assessed) {
            rows.add(new Row(
                    at,
                    EntryKind.NOTE,
                    "Impact assessed"
                            + assessed.impact()
                                    .scope()
                                    .map(scope -> ": " + scope)
                                    .orElse("")));
        } else if (event instanceof StatusUpdatePosted posted) {
            rows.add(new Row(
                    at,
                    EntryKind.COMMUNICATION,
                    kind(posted.update().audience().name()) + " status update ("
                            + kind(posted.update().status().name()) + "): "
                            + posted.update().message()));
        } else if (event instanceof TriggerIdentified trigger) {
            rows.add(new Row(
                    at,
                    EntryKind.DIAGNOSIS,
                    "Trigger identified: " + trigger.trigger().description()));
        } else if (event instanceof MitigationStarted started) {
            rows.add(new Row(at, EntryKind.MITIGATION, started.by().name() + " started the response"));
        } else if (event instanceof MitigationApplied applied) {
            Mitigation mitigation = applied.mitigation();
            rows.add(new Row(
                    at,
                    EntryKind.MITIGATION,
                    "Mitigation (" + kind(mitigation.kind().name()) + "): " + mitigation.description()));
        } else if (event instanceof ImpactMitigated mitigated) {
            rows.add(new Row(at, EntryKind.MITIGATION, "Impact stopped: " + mitigated.summary()));
        } else if (event instanceof RootCauseIdentified cause) {
            RootCause rootCause = cause.rootCause();
            rows.add(new Row(at, EntryKind.DIAGNOSIS, "Root cause identified: " + rootCause.description()));
        } else if (event instanceof FixApplied fix) {
            rows.add(new Row(
                    at,
                    EntryKind.FIX,
                    "Fix applied: " + fix.fix().description()
                            + fix.fix().reference().map(ref -> " (" + ref + ")").orElse("")));
        } else if (event instanceof RecoveryVerified verified) {
            rows.add(new Row(
                    at,
                    EntryKind.VERIFICATION,
                    "Recovery verified: " + verified.verification().evidence()));
        } else if (event instanceof IncidentResolved resolved) {
            rows.add(new Row(at, EntryKind.RESOLUTION, "Incident resolved: " + resolved.summary()));
        } else if (event instanceof IncidentReopened reopened) {
            rows.add(new Row(at, EntryKind.DETECTION, "Incident reopened: " + reopened.reason()));
        } else if (event instanceof ReviewStarted) {
            rows.add(new Row(at, EntryKind.NOTE, "Postmortem review started"));
        } else if (event instanceof PostmortemCompleted completed) {
            rows.add(new Row(at, EntryKind.NOTE, "Postmortem completed: " + completed.reference()));
        } else if (event instanceof IncidentClosed) {
            rows.add(new Row(at, EntryKind.RESOLUTION, "Incident closed"));
        } else if (event instanceof IncidentCancelled cancelled) {
            rows.add(new Row(at, EntryKind.RESOLUTION, "Incident cancelled: " + cancelled.reason()));
        } else if (event instanceof MergedAsDuplicate merged) {
            rows.add(new Row(at, EntryKind.RESOLUTION, "Merged as a duplicate of " + merged.into()));
        } else if (event instanceof NoteAdded note) {
            rows.add(new Row(at, EntryKind.NOTE, note.author().name() + ": " + note.text()));
        }
    }
}
