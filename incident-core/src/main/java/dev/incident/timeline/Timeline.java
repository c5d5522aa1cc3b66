package dev.incident.timeline;

import dev.incident.event.CommandHandedOver;
import dev.incident.event.CommanderAssigned;
import dev.incident.event.EventType;
import dev.incident.event.FixApplied;
import dev.incident.event.ImpactAssessed;
import dev.incident.event.ImpactMitigated;
import dev.incident.event.IncidentCancelled;
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
import dev.incident.event.RoleAssigned;
import dev.incident.event.RoleReleased;
import dev.incident.event.RootCauseIdentified;
import dev.incident.event.SeverityChanged;
import dev.incident.event.StatusUpdatePosted;
import dev.incident.event.TriggerIdentified;
import dev.incident.internal.Checks;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Phase;
import dev.incident.model.Audience;
import dev.incident.model.Impact;
import dev.incident.model.StatusUpdate;
import dev.incident.timeline.internal.MarkdownRenderer;
import dev.incident.timeline.internal.MermaidRenderer;
import dev.incident.timeline.internal.PlainTextRenderer;
import dev.incident.timeline.internal.Replay;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The timeline of an incident: entries derived from its history, merged with entries from outside
 * (chat, deploys, alerts), corrected where the record was wrong, ordered by time.
 *
 * <pre>{@code
 * Timeline timeline = Timeline.of(incident)
 *     .merge(List.of(ExternalEntry.of("pagerduty", alertTime, "Alert fired: checkout 5xx above 5%")));
 * System.out.println(timeline.toMarkdown(ZoneOffset.UTC));
 * Durations durations = timeline.durations();
 * }</pre>
 *
 * <h2>Entries</h2>
 * Every event of the history gives one entry, classified by its event type (declaration;
 * commander, handover and roles: role change; status updates: communication; mitigations and
 * impact mitigated: mitigation; impact assessed, severity changed, trigger and root cause:
 * diagnosis; fix; recovery verified: verification; resolved, closed, cancelled, merged: resolution;
 * reopened: detection; notes, review and postmortem: note). Two more entries are derived so that
 * the timeline shows the start of the story: "problem detected" at {@code
 * IncidentDeclared.detectedAt()} when it was given, and "user impact started" at the start of the
 * latest impact assessment when it gives one. Derived entries have the source {@value
 * #INCIDENT_SOURCE}.
 *
 * <h2>Order</h2>
 * Entries are ordered by their (corrected) time. Ties are broken, in this order: entries derived
 * from the incident come before external ones; derived entries keep the order of the history;
 * external entries are ordered by source, then text, then link (no link first), then original time
 * and original text, comparing strings by {@link String#compareTo}. The order is total and does not
 * depend on the order in which external entries were merged.
 *
 * <h2>Duplicates</h2>
 * Entries with the same {@link EntryKey} (source, original time, text) are exact duplicates: an
 * external entry whose key is already in the timeline is dropped, so merging the same entries twice
 * changes nothing. When duplicates differ in link or kind, the one kept does not depend on the merge
 * order: an entry with a link is preferred to one without, then the smaller link, then the kind
 * that comes first in {@link EntryKind}. The incident's own entries are never dropped; an external
 * entry with the key of one of them is.
 *
 * <h2>Corrections</h2>
 * A {@link Correction} names the entry it corrects by key; the entry then shows the corrected time
 * and text and keeps its key and corrections. Corrections of one entry apply in the order of their
 * {@link Correction#recordedAt()}. A correction that matches no entry is kept in {@link
 * #unappliedCorrections()}, never dropped silently. Key moments and durations of a timeline use the
 * corrected times.
 *
 * <p>Immutable and thread-safe; {@link #merge} and {@link #withCorrection} return new timelines.
 */
public final class Timeline {
    /** The source of entries derived from the incident's own history. */
    public static final String INCIDENT_SOURCE = "incident";

    private static final Comparator<Correction> CORRECTION_ORDER = Comparator.comparing(Correction::recordedAt);

    private final Incident incident;
    private final Map<EntryKey, ExternalEntry> externals;
    private final Set<Correction> corrections;
    private final List<TimelineEntry> entries;
    private final List<Correction> unapplied;
    private final KeyMoments keyMoments;

    private Timeline(Incident incident, Map<EntryKey, ExternalEntry> externals, Set<Correction> corrections) {
        this.incident = incident;
        this.corrections = Collections.unmodifiableSet(corrections);
        Replay replay = Replay.of(incident);
        List<Draft> drafts = derive(incident, replay);
        Set<EntryKey> derivedKeys = new HashSet<>();
        for (Draft draft : drafts) {
            derivedKeys.add(draft.key);
        }
        Map<EntryKey, ExternalEntry> kept = new LinkedHashMap<>();
        for (Map.Entry<EntryKey, ExternalEntry> external : externals.entrySet()) {
            if (!derivedKeys.contains(external.getKey())) {
                kept.put(external.getKey(), external.getValue());
            }
        }
        this.externals = Collections.unmodifiableMap(kept);
        for (ExternalEntry external : kept.values()) {
            drafts.add(new Draft(external.key(), external.kind(), external.link(), null, -1, Set.of(), null));
        }
        List<Correction> sorted = new ArrayList<>(corrections);
        sorted.sort(CORRECTION_ORDER);
        Set<Correction> applied = new HashSet<>();
        List<TimelineEntry> built = new ArrayList<>(drafts.size());
        for (Draft draft : drafts) {
            built.add(draft.build(sorted, applied, replay));
        }
        built.sort(ORDER);
        this.entries = Collections.unmodifiableList(built);
        List<Correction> left = new ArrayList<>();
        for (Correction correction : sorted) {
            if (!applied.contains(correction)) {
                left.add(correction);
            }
        }
        this.unapplied = Collections.unmodifiableList(left);
        this.keyMoments = moments(incident, built);
    }

    /**
     * Returns the timeline of {@code incident}, with no external entries.
     *
     * @throws NullPointerException if {@code incident} is null
     */
    public static Timeline of(Incident incident) {
        return new Timeline(Checks.notNull(incident, "incident"), Map.of(), Set.of());
    }

    /**
     * Returns the timeline of {@code incident} merged with {@code external}.
     *
     * @throws NullPointerException if an argument or an entry is null
     */
    public static Timeline of(Incident incident, Iterable<ExternalEntry> external) {
        return of(incident).merge(external);
    }

    /**
     * Returns this timeline with {@code external} entries merged in; exact duplicates (same source,
     * time and text as another entry) are dropped as described in the class documentation.
     *
     * @throws NullPointerException if {@code external} or one of its entries is null
     */
    public Timeline merge(Iterable<ExternalEntry> external) {
        Checks.notNull(external, "external");
        Map<EntryKey, ExternalEntry> merged = new LinkedHashMap<>(externals);
        for (ExternalEntry entry : external) {
            Checks.notNull(entry, "external entry");
            merged.merge(entry.key(), entry, Timeline::preferred);
        }
        return new Timeline(incident, merged, new LinkedHashSet<>(corrections));
    }

    /** Of two external entries with the same key, the one to keep, whatever the merge order. */
    private static ExternalEntry preferred(ExternalEntry kept, ExternalEntry other) {
        if (kept.link().isPresent() != other.link().isPresent()) {
            return kept.link().isPresent() ? kept : other;
        }
        int byLink = kept.link().orElse("").compareTo(other.link().orElse(""));
        if (byLink != 0) {
            return byLink < 0 ? kept : other;
        }
        return kept.kind().compareTo(other.kind()) <= 0 ? kept : other;
    }

    /**
     * Returns this timeline with {@code correction} applied. Adding an equal correction again
     * changes nothing.
     *
     * @throws NullPointerException if {@code correction} is null
     */
    public Timeline withCorrection(Correction correction) {
        Checks.notNull(correction, "correction");
        Set<Correction> all = new LinkedHashSet<>(corrections);
        all.add(correction);
        return new Timeline(incident, externals, all);
    }

    /** The incident the timeline is derived from. */
    public Incident incident() {
        return incident;
    }

    /** Every entry, in the documented order. */
    public List<TimelineEntry> entries() {
        return entries;
    }

    /**
     * The entries of one kind, in timeline order.
     *
     * @throws NullPointerException if {@code kind} is null
     */
    public List<TimelineEntry> entries(EntryKind kind) {
        Checks.notNull(kind, "kind");
        return entries.stream().filter(entry -> entry.kind() == kind).toList();
    }

    /** The external entries kept (duplicates dropped), in the order their keys were first merged. */
    public List<ExternalEntry> externalEntries() {
        return List.copyOf(externals.values());
    }

    /** Every correction given, applied or not, in the order given. */
    public List<Correction> corrections() {
        return List.copyOf(corrections);
    }

    /** The corrections whose target matches no entry, in the order they would apply. */
    public List<Correction> unappliedCorrections() {
        return unapplied;
    }

    /** The key moments, taken from the (corrected) times of the entries that mark them. */
    public KeyMoments keyMoments() {
        return keyMoments;
    }

    /** The durations between the {@link #keyMoments()}. */
    public Durations durations() {
        return Durations.of(keyMoments, incident);
    }

    /**
     * Renders the timeline as a Markdown table with the columns time, phase, source and what
     * happened; times in {@code zone}, with seconds only if some entry has them. Corrections and
     * links are shown in the last column; pipes and line breaks in texts are escaped.
     *
     * @throws NullPointerException if {@code zone} is null
     */
    public String toMarkdown(ZoneId zone) {
        return MarkdownRenderer.render(this, Checks.notNull(zone, "zone"));
    }

    /**
     * Renders a Mermaid {@code gantt} chart that GitHub renders: a bar for the user impact (to
     * mitigation, or to the latest entry if the impact is ongoing), bars for each measure that has a
     * value, and a milestone for each known key moment; times in {@code zone}.
     *
     * @throws NullPointerException if {@code zone} is null
     */
    public String toMermaid(ZoneId zone) {
        return MermaidRenderer.render(this, Checks.notNull(zone, "zone"));
    }

    /**
     * Renders the timeline as aligned plain text for terminals, one entry per line; times in {@code
     * zone}.
     *
     * @throws NullPointerException if {@code zone} is null
     */
    public String toPlainText(ZoneId zone) {
        return PlainTextRenderer.render(this, Checks.notNull(zone, "zone"));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return this == other
                || (other instanceof Timeline that
                        && incident.equals(that.incident)
                        && entries.equals(that.entries)
                        && unapplied.equals(that.unapplied));
    }

    @Override
    public int hashCode() {
        return incident.hashCode() * 31 + entries.hashCode();
    }

    @Override
    public String toString() {
        return "Timeline{" + incident.id() + ", " + entries.size() + " entries}";
    }

    // ---- derivation ----

    private static final Comparator<TimelineEntry> ORDER = (a, b) -> {
        int c = a.at().compareTo(b.at());
        if (c != 0) {
            return c;
        }
        if (a.isFromIncident() != b.isFromIncident()) {
            return a.isFromIncident() ? -1 : 1;
        }
        if (a.isFromIncident()) {
            return Integer.compare(sequence(a), sequence(b));
        }
        c = a.source().compareTo(b.source());
        if (c == 0) {
            c = a.text().compareTo(b.text());
        }
        if (c == 0) {
            c = a.link().orElse("").compareTo(b.link().orElse(""));
        }
        if (c == 0 && a.link().isPresent() != b.link().isPresent()) {
            c = a.link().isPresent() ? 1 : -1;
        }
        if (c == 0) {
            c = a.key().at().compareTo(b.key().at());
        }
        if (c == 0) {
            c = a.key().text().compareTo(b.key().text());
        }
        return c;
    };

    private static int sequence(TimelineEntry entry) {
        return entry.sequence();
    }

    /** An entry before corrections. */
    private static final class Draft {
        final EntryKey key;
        final EntryKind kind;
        final Optional<String> link;
        final @Nullable IncidentEvent event;
        final int sequence;
        final Set<KeyMoment> moments;
        /** The phase after the event, for entries made from an event at its own time; else null. */
        final @Nullable Phase phase;

        Draft(
                EntryKey key,
                EntryKind kind,
                Optional<String> link,
                @Nullable IncidentEvent event,
                int sequence,
                Set<KeyMoment> moments,
                @Nullable Phase phase) {
            this.key = key;
            this.kind = kind;
            this.link = link;
            this.event = event;
            this.sequence = sequence;
            this.moments = moments;
            this.phase = phase;
        }

        TimelineEntry build(List<Correction> sortedCorrections, Set<Correction> applied, Replay replay) {
            Instant at = key.at();
            String text = key.text();
            List<Correction> mine = new ArrayList<>(0);
            for (Correction correction : sortedCorrections) {
                if (correction.target().equals(key)) {
                    mine.add(correction);
                    applied.add(correction);
                    at = correction.correctedAt().orElse(at);
                    text = correction.correctedText().orElse(text);
                }
            }
            Optional<Phase> phaseAt =
                    phase != null ? Optional.of(phase) : replay.at(at).map(Replay.State::phase);
            return ImmutableTimelineEntry.builder()
                    .at(at)
                    .kind(kind)
                    .source(key.source())
                    .text(text)
                    .link(link)
                    .phase(phaseAt)
                    .event(Optional.ofNullable(event))
                    .keyMoments(moments)
                    .key(key)
                    .corrections(mine)
                    .sequence(sequence)
                    .build();
        }
    }

    private static List<Draft> derive(Incident incident, Replay replay) {
        List<IncidentEvent> events = incident.events();
        int lastReopen = 0;
        int lastImpact = -1;
        int lastResolved = -1;
        for (int i = 0; i < events.size(); i++) {
            EventType type = events.get(i).type();
            if (type == EventType.REOPENED) {
                lastReopen = i;
            } else if (type == EventType.IMPACT_ASSESSED) {
                lastImpact = i;
            } else if (type == EventType.RESOLVED) {
                lastResolved = i;
            }
        }
        boolean acknowledged = false;
        boolean mitigated = false;
        List<Draft> drafts = new ArrayList<>(events.size() + 2);
        for (int i = 0; i < events.size(); i++) {
            IncidentEvent event = events.get(i);
            Phase phase = replay.after(i).phase();
            Set<KeyMoment> moments = EnumSet.noneOf(KeyMoment.class);
            switch (event.type()) {
                case DECLARED -> {
                    IncidentDeclared declared = (IncidentDeclared) event;
                    moments.add(KeyMoment.DECLARED);
                    if (declared.detectedAt().isPresent()) {
                        drafts.add(synthetic(
                                declared.detectedAt().get(),
                                "Problem detected",
                                event,
                                drafts.size(),
                                KeyMoment.DETECTED));
                    } else {
                        moments.add(KeyMoment.DETECTED);
                    }
                }
                case COMMANDER_ASSIGNED -> {
                    if (!acknowledged) {
                        acknowledged = true;
                        moments.add(KeyMoment.ACKNOWLEDGED);
                    }
                }
                case IMPACT_MITIGATED -> {
                    if (i > lastReopen && !mitigated) {
                        mitigated = true;
                        moments.add(KeyMoment.MITIGATED);
                    }
                }
                case RESOLVED -> {
                    if (i == lastResolved && i > lastReopen) {
                        moments.add(KeyMoment.RESOLVED);
                    }
                }
                case CLOSED -> moments.add(KeyMoment.CLOSED);
                default -> {
                    // No key moment.
                }
            }
            drafts.add(new Draft(
                    new EntryKey(INCIDENT_SOURCE, event.at(), describe(event)),
                    kindOf(event.type()),
                    Optional.empty(),
                    event,
                    drafts.size(),
                    moments,
                    phase));
            if (i == lastImpact) {
                Impact impact = ((ImpactAssessed) event).impact();
                if (impact.startedAt().isPresent()) {
                    String text = "User impact started"
                            + impact.scope().map(s -> ": " + s).orElse("");
                    drafts.add(
                            synthetic(impact.startedAt().get(), text, event, drafts.size(), KeyMoment.IMPACT_STARTED));
                }
            }
        }
        return drafts;
    }

    private static Draft synthetic(Instant at, String text, IncidentEvent source, int sequence, KeyMoment moment) {
        return new Draft(
                new EntryKey(INCIDENT_SOURCE, at, text),
                EntryKind.DETECTION,
                Optional.empty(),
                source,
                sequence,
                EnumSet.of(moment),
                null);
    }

    private static KeyMoments moments(Incident incident, List<TimelineEntry> entries) {
        KeyMoments.Builder builder = KeyMoments.builder().declared(incident.declaredAt());
        for (TimelineEntry entry : entries) {
            for (KeyMoment moment : entry.keyMoments()) {
                switch (moment) {
                    case IMPACT_STARTED -> builder.impactStarted(entry.at());
                    case DETECTED -> builder.detected(entry.at());
                    case DECLARED -> builder.declared(entry.at());
                    case ACKNOWLEDGED -> builder.acknowledged(entry.at());
                    case MITIGATED -> builder.mitigated(entry.at());
                    case RESOLVED -> builder.resolved(entry.at());
                    case CLOSED -> builder.closed(entry.at());
                }
            }
        }
        return builder.build();
    }

    /** The kind of the entry derived from an event of {@code type}. */
    static EntryKind kindOf(EventType type) {
        return switch (type) {
            case DECLARED -> EntryKind.DECLARATION;
            case COMMANDER_ASSIGNED, COMMAND_HANDED_OVER, ROLE_ASSIGNED, ROLE_RELEASED -> EntryKind.ROLE_CHANGE;
            case STATUS_UPDATE_POSTED -> EntryKind.COMMUNICATION;
            case MITIGATION_STARTED, MITIGATION_APPLIED, IMPACT_MITIGATED -> EntryKind.MITIGATION;
            case SEVERITY_CHANGED, IMPACT_ASSESSED, TRIGGER_IDENTIFIED, ROOT_CAUSE_IDENTIFIED -> EntryKind.DIAGNOSIS;
            case FIX_APPLIED -> EntryKind.FIX;
            case RECOVERY_VERIFIED -> EntryKind.VERIFICATION;
            case RESOLVED, CLOSED, CANCELLED, MERGED_AS_DUPLICATE -> EntryKind.RESOLUTION;
            case REOPENED -> EntryKind.DETECTION;
            case REVIEW_STARTED, POSTMORTEM_COMPLETED, NOTE_ADDED -> EntryKind.NOTE;
        };
    }

    /** The text of the entry derived from {@code event}. */
    static String describe(IncidentEvent event) {
        if (event instanceof IncidentDeclared e) {
            return "Incident declared (" + e.severity() + ") by " + e.declaredBy() + ": " + e.title();
        } else if (event instanceof CommanderAssigned e) {
            return e.commander() + " took command";
        } else if (event instanceof CommandHandedOver e) {
            return "Command handed over from " + e.from() + " to " + e.to();
        } else if (event instanceof RoleAssigned e) {
            return e.participant() + " took the " + e.role() + " role";
        } else if (event instanceof RoleReleased e) {
            return e.participant() + " left the " + e.role() + " role";
        } else if (event instanceof SeverityChanged e) {
            return "Severity changed to " + e.severity() + ": " + e.reason();
        } else if (event instanceof ImpactAssessed e) {
            Impact impact = e.impact();
            StringBuilder text = new StringBuilder("Impact assessed");
            impact.scope().ifPresent(scope -> text.append(": ").append(scope));
            List<String> facts = new ArrayList<>();
            if (!impact.affectedServices().isEmpty()) {
                facts.add("services " + String.join(", ", impact.affectedServices()));
            }
            facts.add(impact.userFacing() ? "user-facing" : "not user-facing");
            return text.append(" (")
                    .append(String.join("; ", facts))
                    .append(')')
                    .toString();
        } else if (event instanceof StatusUpdatePosted e) {
            StatusUpdate update = e.update();
            return (update.audience() == Audience.PUBLIC ? "Public" : "Internal") + " update (" + lower(update.status())
                    + ") by " + update.author() + ": " + update.message();
        } else if (event instanceof TriggerIdentified e) {
            return "Trigger identified (" + lower(e.trigger().kind()) + "): "
                    + e.trigger().description()
                    + e.trigger().reference().map(r -> " [" + r + "]").orElse("");
        } else if (event instanceof MitigationStarted e) {
            return "Response started by " + e.by();
        } else if (event instanceof MitigationApplied e) {
            return "Mitigation (" + lower(e.mitigation().kind()) + "): "
                    + e.mitigation().description() + (e.mitigation().stoppedImpact() ? " (stopped the impact)" : "");
        } else if (event instanceof ImpactMitigated e) {
            return "Impact mitigated: " + e.summary();
        } else if (event instanceof RootCauseIdentified e) {
            return "Root cause identified: " + e.rootCause().description();
        } else if (event instanceof FixApplied e) {
            return "Fix applied: " + e.fix().description()
                    + e.fix().reference().map(r -> " [" + r + "]").orElse("");
        } else if (event instanceof RecoveryVerified e) {
            return "Recovery verified: " + e.verification().evidence();
        } else if (event instanceof IncidentResolved e) {
            return "Resolved: " + e.summary();
        } else if (event instanceof IncidentReopened e) {
            return "Reopened: " + e.reason();
        } else if (event instanceof PostmortemCompleted e) {
            return "Postmortem completed: " + e.reference();
        } else if (event instanceof IncidentCancelled e) {
            return "Cancelled: " + e.reason();
        } else if (event instanceof MergedAsDuplicate e) {
            return "Merged as a duplicate of " + e.into();
        } else if (event instanceof NoteAdded e) {
            return "Note by " + e.author() + ": " + e.text();
        } else if (event.type() == EventType.REVIEW_STARTED) {
            return "Postmortem review started";
        } else {
            return "Closed";
        }
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
