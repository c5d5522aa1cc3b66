package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
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
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Lifecycle;
import dev.incident.model.Audience;
import dev.incident.model.IncidentId;
import dev.incident.model.Mitigation;
import dev.incident.model.MitigationKind;
import dev.incident.model.Participant;
import dev.incident.model.PublicStatus;
import dev.incident.model.Role;
import dev.incident.model.StatusUpdate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of reading an incident: streams the document with the {@link JsonParser}, building
 * each event straight from its tokens, with no tree. It accepts only what {@link IncidentCodec}
 * accepts, in the shape our writer writes ({@code format}, {@code id}, {@code events} in that
 * order, each event starting with {@code type}); on <em>anything</em> else (another order, an
 * unknown field in strict mode, a wrong type, a null, a missing field, a value the model refuses,
 * a parse error, a lifecycle rejection) it gives up and returns null, and the caller reads the
 * document again through the tree-based {@link IncidentCodec}, which reports the error with its
 * JSON Pointer and reason. So errors are exactly the codec's, and a document either path accepts
 * becomes the same incident. Thread-safe; one instance per lifecycle and policy.
 */
public final class IncidentStreamReader {
    private static final Map<EventType, Set<String>> FIELDS = fields();

    private final ObjectMapper mapper;
    /** Reads nested objects' trees in the middle of the document: no check for trailing tokens. */
    private final ObjectReader nested;

    private final Lifecycle lifecycle;
    private final ReadContext context;

    /**
     * @param mapper the mapper whose factory (and limits) parse, and that reads nested values' trees
     * @param lifecycle the lifecycle that replays what is read
     * @param context the unknown-field policy
     */
    public IncidentStreamReader(ObjectMapper mapper, Lifecycle lifecycle, ReadContext context) {
        this.mapper = mapper;
        this.nested = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.lifecycle = lifecycle;
        this.context = context;
    }

    /** Gives up on the fast path; never seen outside this class. */
    private static final class GiveUp extends Exception {
        private static final long serialVersionUID = 1L;
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super("not on the fast path", null, false, false);
        }
    }

    /**
     * Returns the incident in {@code json[offset, offset + length)}, or null if the fast path does
     * not apply: then read it with the codec, which accepts or explains.
     */
    public @Nullable Incident read(byte[] json, int offset, int length) {
        try (JsonParser parser = mapper.getFactory().createParser(json, offset, length)) {
            return document(parser);
        } catch (Exception e) {
            // GiveUp, a parse error, a refusal by the model or the lifecycle: the codec reports it.
            return null;
        }
    }

    private Incident document(JsonParser p) throws Exception {
        expect(p.nextToken(), JsonToken.START_OBJECT);
        field(p, "format");
        if (!IncidentCodec.FORMAT.equals(string(p))) {
            throw GiveUp.INSTANCE;
        }
        field(p, "id");
        IncidentId id = IncidentId.of(string(p));
        field(p, "events");
        expect(p.nextToken(), JsonToken.START_ARRAY);
        List<IncidentEvent> events = new ArrayList<>(64);
        Fields fields = new Fields();
        JsonToken token;
        while ((token = p.nextToken()) == JsonToken.START_OBJECT) {
            events.add(event(p, fields));
        }
        expect(token, JsonToken.END_ARRAY);
        skipUnknownFields(p);
        if (p.nextToken() != null || events.isEmpty()) {
            throw GiveUp.INSTANCE;
        }
        if (events.get(0) instanceof IncidentDeclared declared && !declared.id().equals(id)) {
            throw GiveUp.INSTANCE;
        }
        return lifecycle.replay(events);
    }

    /** Skips the fields after the known ones up to the end of the object; unknown ones give up when strict. */
    private void skipUnknownFields(JsonParser p) throws Exception {
        JsonToken token;
        while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
            if (context.rejectUnknownFields()) {
                throw GiveUp.INSTANCE;
            }
            p.nextToken();
            p.skipChildren();
        }
        expect(token, JsonToken.END_OBJECT);
    }

    /** The fields of one event, reused from event to event. */
    private static final class Fields {
        final String[] names = new String[8];
        final Object[] values = new Object[8];
        int size;

        @Nullable
        Object get(String name) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return values[i];
                }
            }
            return null;
        }
    }

    private IncidentEvent event(JsonParser p, Fields fields) throws Exception {
        field(p, "type");
        EventType type = Names.constant(EventType.class, string(p));
        if (type == null) {
            throw GiveUp.INSTANCE;
        }
        Set<String> known = FIELDS.get(type);
        fields.size = 0;
        JsonToken token;
        while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (!known.contains(name)) {
                if (context.rejectUnknownFields()) {
                    throw GiveUp.INSTANCE;
                }
                p.skipChildren();
                continue;
            }
            Object captured;
            if (value == JsonToken.VALUE_STRING) {
                captured = p.getText();
            } else if (value == JsonToken.START_OBJECT) {
                captured = nested.readTree(p);
            } else if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                captured = value == JsonToken.VALUE_TRUE;
            } else {
                throw GiveUp.INSTANCE;
            }
            fields.names[fields.size] = name;
            fields.values[fields.size] = captured;
            fields.size++;
        }
        expect(token, JsonToken.END_OBJECT);
        return build(type, fields);
    }

    private IncidentEvent build(EventType type, Fields f) throws Exception {
        Instant at = instant(f, "at");
        return switch (type) {
            case DECLARED -> {
                Object detected = f.get("detected_at");
                yield new IncidentDeclared(
                        IncidentId.of(text(f, "id")),
                        nonBlank(f, "title"),
                        SeverityCodec.INSTANCE.read(tree(f, "severity")),
                        participant(f, "declared_by"),
                        detected == null ? Optional.empty() : Optional.of(instant(f, "detected_at")),
                        at);
            }
            case COMMANDER_ASSIGNED -> new CommanderAssigned(participant(f, "commander"), at);
            case COMMAND_HANDED_OVER -> new CommandHandedOver(participant(f, "from"), participant(f, "to"), at);
            case ROLE_ASSIGNED -> new RoleAssigned(participant(f, "participant"), Role.of(text(f, "role")), at);
            case ROLE_RELEASED -> new RoleReleased(participant(f, "participant"), Role.of(text(f, "role")), at);
            case SEVERITY_CHANGED ->
                new SeverityChanged(SeverityCodec.INSTANCE.read(tree(f, "severity")), nonBlank(f, "reason"), at);
            case IMPACT_ASSESSED -> new ImpactAssessed(ImpactCodec.INSTANCE.read(tree(f, "impact")), at);
            case STATUS_UPDATE_POSTED -> {
                Object audience = f.get("audience");
                yield new StatusUpdatePosted(StatusUpdate.builder()
                        .status(constant(PublicStatus.class, text(f, "status")))
                        .audience(audience == null ? Audience.INTERNAL : constant(Audience.class, text(f, "audience")))
                        .message(nonBlank(f, "message"))
                        .at(at)
                        .author(participant(f, "author"))
                        .build());
            }
            case TRIGGER_IDENTIFIED -> new TriggerIdentified(TriggerCodec.INSTANCE.read(tree(f, "trigger")), at);
            case MITIGATION_STARTED -> new MitigationStarted(participant(f, "by"), at);
            case MITIGATION_APPLIED -> {
                Object stopped = f.get("stopped_impact");
                if (stopped != null && !(stopped instanceof Boolean)) {
                    throw GiveUp.INSTANCE;
                }
                yield new MitigationApplied(Mitigation.builder()
                        .kind(constant(MitigationKind.class, text(f, "kind")))
                        .description(nonBlank(f, "description"))
                        .at(at)
                        .stoppedImpact(stopped != null && (Boolean) stopped)
                        .build());
            }
            case IMPACT_MITIGATED -> new ImpactMitigated(nonBlank(f, "summary"), at);
            case ROOT_CAUSE_IDENTIFIED ->
                new RootCauseIdentified(RootCauseCodec.INSTANCE.read(tree(f, "root_cause")), at);
            case FIX_APPLIED -> new FixApplied(FixCodec.INSTANCE.read(tree(f, "fix")), at);
            case RECOVERY_VERIFIED ->
                new RecoveryVerified(RecoveryVerificationCodec.INSTANCE.read(tree(f, "verification")), at);
            case RESOLVED -> new IncidentResolved(nonBlank(f, "summary"), at);
            case REOPENED -> new IncidentReopened(nonBlank(f, "reason"), at);
            case REVIEW_STARTED -> new ReviewStarted(at);
            case POSTMORTEM_COMPLETED -> new PostmortemCompleted(nonBlank(f, "reference"), at);
            case CLOSED -> new IncidentClosed(at);
            case CANCELLED -> new IncidentCancelled(nonBlank(f, "reason"), at);
            case MERGED_AS_DUPLICATE -> new MergedAsDuplicate(IncidentId.of(text(f, "into")), at);
            case NOTE_ADDED -> new NoteAdded(participant(f, "author"), nonBlank(f, "text"), at);
        };
    }

    private static String text(Fields f, String name) throws GiveUp {
        if (f.get(name) instanceof String text) {
            return text;
        }
        throw GiveUp.INSTANCE;
    }

    private static String nonBlank(Fields f, String name) throws GiveUp {
        String text = text(f, name);
        if (text.isBlank()) {
            throw GiveUp.INSTANCE;
        }
        return text;
    }

    /** As {@link JsonIn#instant()}: ISO-8601 in UTC with a {@code Z}. */
    private static Instant instant(Fields f, String name) throws GiveUp {
        String text = text(f, name);
        if (text.isEmpty() || text.charAt(text.length() - 1) != 'Z') {
            throw GiveUp.INSTANCE;
        }
        return Instants.parse(text);
    }

    private static Participant participant(Fields f, String name) throws GiveUp {
        return Participant.of(text(f, name));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) throws GiveUp {
        E constant = Names.constant(type, name);
        if (constant == null) {
            throw GiveUp.INSTANCE;
        }
        return constant;
    }

    /** The nested object {@code name}, to be read by its codec under this reader's policy. */
    private JsonIn tree(Fields f, String name) throws GiveUp {
        if (f.get(name) instanceof JsonNode node) {
            return JsonIn.root(node, "", context);
        }
        throw GiveUp.INSTANCE;
    }

    private static void field(JsonParser p, String name) throws Exception {
        if (p.nextToken() != JsonToken.FIELD_NAME || !name.equals(p.currentName())) {
            throw GiveUp.INSTANCE;
        }
    }

    private static String string(JsonParser p) throws Exception {
        expect(p.nextToken(), JsonToken.VALUE_STRING);
        return p.getText();
    }

    private static void expect(@Nullable JsonToken found, JsonToken expected) throws GiveUp {
        if (found != expected) {
            throw GiveUp.INSTANCE;
        }
    }

    /** The fields {@link EventCodec} reads for each type, besides {@code type}. */
    private static Map<EventType, Set<String>> fields() {
        Map<EventType, Set<String>> fields = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            fields.put(
                    type,
                    switch (type) {
                        case DECLARED -> Set.of("at", "id", "title", "severity", "declared_by", "detected_at");
                        case COMMANDER_ASSIGNED -> Set.of("at", "commander");
                        case COMMAND_HANDED_OVER -> Set.of("at", "from", "to");
                        case ROLE_ASSIGNED, ROLE_RELEASED -> Set.of("at", "participant", "role");
                        case SEVERITY_CHANGED -> Set.of("at", "severity", "reason");
                        case IMPACT_ASSESSED -> Set.of("at", "impact");
                        case STATUS_UPDATE_POSTED -> Set.of("at", "status", "audience", "message", "author");
                        case TRIGGER_IDENTIFIED -> Set.of("at", "trigger");
                        case MITIGATION_STARTED -> Set.of("at", "by");
                        case MITIGATION_APPLIED -> Set.of("at", "kind", "description", "stopped_impact");
                        case IMPACT_MITIGATED, RESOLVED -> Set.of("at", "summary");
                        case ROOT_CAUSE_IDENTIFIED -> Set.of("at", "root_cause");
                        case FIX_APPLIED -> Set.of("at", "fix");
                        case RECOVERY_VERIFIED -> Set.of("at", "verification");
                        case REOPENED, CANCELLED -> Set.of("at", "reason");
                        case REVIEW_STARTED, CLOSED -> Set.of("at");
                        case POSTMORTEM_COMPLETED -> Set.of("at", "reference");
                        case MERGED_AS_DUPLICATE -> Set.of("at", "into");
                        case NOTE_ADDED -> Set.of("at", "author", "text");
                    });
        }
        return fields;
    }
}
