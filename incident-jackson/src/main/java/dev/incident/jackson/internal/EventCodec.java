package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
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
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.model.IncidentId;
import dev.incident.model.Mitigation;
import dev.incident.model.Participant;
import dev.incident.model.Role;
import dev.incident.model.Severity;
import dev.incident.model.StatusUpdate;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Every {@link IncidentEvent} as an object with {@code "type"} (the {@link EventType} in lower
 * case, such as {@code "commander_assigned"}) and {@code "at"} first, then the event's own fields
 * in snake_case. {@code mitigation_applied} and {@code status_update_posted} carry the fields of
 * their mitigation and status update directly (their {@code at} is the event's). Stateless.
 */
public final class EventCodec extends Codec<IncidentEvent> {
    /** The instance. */
    public static final EventCodec INSTANCE = new EventCodec();

    private EventCodec() {
        super(IncidentEvent.class);
    }

    @Override
    public void write(IncidentEvent event, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", Names.of(event.type()));
        Instants.write("at", event.at(), out);
        switch (event.type()) {
            case DECLARED -> {
                IncidentDeclared e = (IncidentDeclared) event;
                out.writeStringField("id", e.id().value());
                out.writeStringField("title", e.title());
                out.writeFieldName("severity");
                SeverityCodec.INSTANCE.write(e.severity(), out);
                out.writeStringField("declared_by", e.declaredBy().name());
                if (e.detectedAt().isPresent()) {
                    Instants.write("detected_at", e.detectedAt().get(), out);
                }
            }
            case COMMANDER_ASSIGNED ->
                out.writeStringField(
                        "commander", ((CommanderAssigned) event).commander().name());
            case COMMAND_HANDED_OVER -> {
                CommandHandedOver e = (CommandHandedOver) event;
                out.writeStringField("from", e.from().name());
                out.writeStringField("to", e.to().name());
            }
            case ROLE_ASSIGNED -> writeRole(((RoleAssigned) event).participant(), ((RoleAssigned) event).role(), out);
            case ROLE_RELEASED -> writeRole(((RoleReleased) event).participant(), ((RoleReleased) event).role(), out);
            case SEVERITY_CHANGED -> {
                SeverityChanged e = (SeverityChanged) event;
                out.writeFieldName("severity");
                SeverityCodec.INSTANCE.write(e.severity(), out);
                out.writeStringField("reason", e.reason());
            }
            case IMPACT_ASSESSED -> {
                out.writeFieldName("impact");
                ImpactCodec.INSTANCE.write(((ImpactAssessed) event).impact(), out);
            }
            case STATUS_UPDATE_POSTED -> StatusUpdateCodec.writeFields(((StatusUpdatePosted) event).update(), out);
            case TRIGGER_IDENTIFIED -> {
                out.writeFieldName("trigger");
                TriggerCodec.INSTANCE.write(((TriggerIdentified) event).trigger(), out);
            }
            case MITIGATION_STARTED ->
                out.writeStringField("by", ((MitigationStarted) event).by().name());
            case MITIGATION_APPLIED -> MitigationCodec.writeFields(((MitigationApplied) event).mitigation(), out);
            case IMPACT_MITIGATED -> out.writeStringField("summary", ((ImpactMitigated) event).summary());
            case ROOT_CAUSE_IDENTIFIED -> {
                out.writeFieldName("root_cause");
                RootCauseCodec.INSTANCE.write(((RootCauseIdentified) event).rootCause(), out);
            }
            case FIX_APPLIED -> {
                out.writeFieldName("fix");
                FixCodec.INSTANCE.write(((FixApplied) event).fix(), out);
            }
            case RECOVERY_VERIFIED -> {
                out.writeFieldName("verification");
                RecoveryVerificationCodec.INSTANCE.write(((RecoveryVerified) event).verification(), out);
            }
            case RESOLVED -> out.writeStringField("summary", ((IncidentResolved) event).summary());
            case REOPENED -> out.writeStringField("reason", ((IncidentReopened) event).reason());
            case REVIEW_STARTED, CLOSED -> {
                // type and at are the whole event
            }
            case POSTMORTEM_COMPLETED -> out.writeStringField("reference", ((PostmortemCompleted) event).reference());
            case CANCELLED -> out.writeStringField("reason", ((IncidentCancelled) event).reason());
            case MERGED_AS_DUPLICATE ->
                out.writeStringField("into", ((MergedAsDuplicate) event).into().value());
            case NOTE_ADDED -> {
                NoteAdded e = (NoteAdded) event;
                out.writeStringField("author", e.author().name());
                out.writeStringField("text", e.text());
            }
        }
        out.writeEndObject();
    }

    private static void writeRole(Participant participant, Role role, JsonGenerator out) throws IOException {
        out.writeStringField("participant", participant.name());
        out.writeStringField("role", role.name());
    }

    @Override
    public IncidentEvent read(JsonIn in) throws IncidentJsonException {
        ObjectIn o = in.object("an event");
        JsonIn typeField = o.required("type");
        String typeName = typeField.text();
        EventType type = Names.constant(EventType.class, typeName);
        if (type == null) {
            throw typeField.error(
                    Reason.UNKNOWN_EVENT_TYPE,
                    "unknown event type " + IncidentJsonException.quote(typeName) + "; expected one of "
                            + Names.all(EventType.class));
        }
        if (type == EventType.MITIGATION_APPLIED) {
            Mitigation mitigation = MitigationCodec.readFields(o);
            return o.build(() -> new MitigationApplied(mitigation));
        }
        if (type == EventType.STATUS_UPDATE_POSTED) {
            StatusUpdate update = StatusUpdateCodec.readFields(o);
            return o.build(() -> new StatusUpdatePosted(update));
        }
        Instant at = o.instant("at");
        return switch (type) {
            case DECLARED -> {
                IncidentId id = IncidentIdCodec.INSTANCE.read(o.required("id"));
                String title = o.nonBlankText("title");
                Severity severity = SeverityCodec.INSTANCE.read(o.required("severity"));
                Participant declaredBy = participant(o, "declared_by");
                Optional<Instant> detectedAt = o.optionalInstant("detected_at");
                yield o.build(() -> new IncidentDeclared(id, title, severity, declaredBy, detectedAt, at));
            }
            case COMMANDER_ASSIGNED -> {
                Participant commander = participant(o, "commander");
                yield o.build(() -> new CommanderAssigned(commander, at));
            }
            case COMMAND_HANDED_OVER -> {
                Participant from = participant(o, "from");
                Participant to = participant(o, "to");
                yield o.build(() -> new CommandHandedOver(from, to, at));
            }
            case ROLE_ASSIGNED -> {
                Participant participant = participant(o, "participant");
                Role role = RoleCodec.INSTANCE.read(o.required("role"));
                yield o.build(() -> new RoleAssigned(participant, role, at));
            }
            case ROLE_RELEASED -> {
                Participant participant = participant(o, "participant");
                Role role = RoleCodec.INSTANCE.read(o.required("role"));
                yield o.build(() -> new RoleReleased(participant, role, at));
            }
            case SEVERITY_CHANGED -> {
                Severity severity = SeverityCodec.INSTANCE.read(o.required("severity"));
                String reason = o.nonBlankText("reason");
                yield o.build(() -> new SeverityChanged(severity, reason, at));
            }
            case IMPACT_ASSESSED -> {
                var impact = ImpactCodec.INSTANCE.read(o.required("impact"));
                yield o.build(() -> new ImpactAssessed(impact, at));
            }
            case TRIGGER_IDENTIFIED -> {
                var trigger = TriggerCodec.INSTANCE.read(o.required("trigger"));
                yield o.build(() -> new TriggerIdentified(trigger, at));
            }
            case MITIGATION_STARTED -> {
                Participant by = participant(o, "by");
                yield o.build(() -> new MitigationStarted(by, at));
            }
            case IMPACT_MITIGATED -> {
                String summary = o.nonBlankText("summary");
                yield o.build(() -> new ImpactMitigated(summary, at));
            }
            case ROOT_CAUSE_IDENTIFIED -> {
                var rootCause = RootCauseCodec.INSTANCE.read(o.required("root_cause"));
                yield o.build(() -> new RootCauseIdentified(rootCause, at));
            }
            case FIX_APPLIED -> {
                var fix = FixCodec.INSTANCE.read(o.required("fix"));
                yield o.build(() -> new FixApplied(fix, at));
            }
            case RECOVERY_VERIFIED -> {
                var verification = RecoveryVerificationCodec.INSTANCE.read(o.required("verification"));
                yield o.build(() -> new RecoveryVerified(verification, at));
            }
            case RESOLVED -> {
                String summary = o.nonBlankText("summary");
                yield o.build(() -> new IncidentResolved(summary, at));
            }
            case REOPENED -> {
                String reason = o.nonBlankText("reason");
                yield o.build(() -> new IncidentReopened(reason, at));
            }
            case REVIEW_STARTED -> o.build(() -> new ReviewStarted(at));
            case POSTMORTEM_COMPLETED -> {
                String reference = o.nonBlankText("reference");
                yield o.build(() -> new PostmortemCompleted(reference, at));
            }
            case CLOSED -> o.build(() -> new IncidentClosed(at));
            case CANCELLED -> {
                String reason = o.nonBlankText("reason");
                yield o.build(() -> new IncidentCancelled(reason, at));
            }
            case MERGED_AS_DUPLICATE -> {
                IncidentId into = IncidentIdCodec.INSTANCE.read(o.required("into"));
                yield o.build(() -> new MergedAsDuplicate(into, at));
            }
            case NOTE_ADDED -> {
                Participant author = participant(o, "author");
                String text = o.nonBlankText("text");
                yield o.build(() -> new NoteAdded(author, text, at));
            }
            case MITIGATION_APPLIED, STATUS_UPDATE_POSTED -> throw new AssertionError("handled above: " + type);
        };
    }

    private static Participant participant(ObjectIn o, String name) throws IncidentJsonException {
        return ParticipantCodec.INSTANCE.read(o.required(name));
    }
}
