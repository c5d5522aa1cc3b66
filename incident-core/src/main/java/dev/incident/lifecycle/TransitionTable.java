package dev.incident.lifecycle;

import dev.incident.event.EventType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The lifecycle's transition rules as data: which event types are permitted in which phase, and
 * the phase they lead to. The same table drives {@link Lifecycle}, prints as a Markdown table
 * ({@link #toMarkdown()}) and draws as a Mermaid state diagram ({@link #toMermaid()}).
 *
 * <p>{@link EventType#DECLARED} is not in the table: it starts a history ({@link
 * Lifecycle#declare}) and is permitted nowhere after that. Immutable and thread-safe.
 */
public final class TransitionTable {
    private static final Set<Phase> OPEN =
            EnumSet.of(Phase.DECLARED, Phase.MITIGATING, Phase.MITIGATED, Phase.RESOLVED, Phase.IN_REVIEW);
    private static final Set<Phase> RESPONDING = EnumSet.of(Phase.MITIGATING, Phase.MITIGATED);

    /** The lesson's table. */
    public static final TransitionTable STANDARD = standard();

    private final List<TransitionRule> rules;
    private final Map<Phase, Map<EventType, Phase>> byPhase;

    private TransitionTable(List<TransitionRule> rules) {
        this.rules = List.copyOf(rules);
        Map<Phase, Map<EventType, Phase>> index = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            index.put(phase, new EnumMap<>(EventType.class));
        }
        for (TransitionRule rule : rules) {
            Phase previous = index.get(rule.from()).put(rule.event(), rule.to());
            if (previous != null) {
                throw new IllegalArgumentException("two rules for " + rule.event() + " in phase " + rule.from()
                        + ": to " + previous + " and " + rule.to());
            }
        }
        this.byPhase = index;
    }

    private static TransitionTable standard() {
        List<TransitionRule> rules = new ArrayList<>();
        for (EventType fact : List.of(
                EventType.COMMANDER_ASSIGNED,
                EventType.COMMAND_HANDED_OVER,
                EventType.ROLE_ASSIGNED,
                EventType.ROLE_RELEASED,
                EventType.SEVERITY_CHANGED,
                EventType.IMPACT_ASSESSED,
                EventType.STATUS_UPDATE_POSTED,
                EventType.TRIGGER_IDENTIFIED,
                EventType.NOTE_ADDED)) {
            for (Phase phase : OPEN) {
                rules.add(new TransitionRule(fact, phase, phase));
            }
        }
        rules.add(new TransitionRule(EventType.MITIGATION_STARTED, Phase.DECLARED, Phase.MITIGATING));
        rules.add(new TransitionRule(EventType.MITIGATION_APPLIED, Phase.DECLARED, Phase.MITIGATING));
        for (Phase phase : RESPONDING) {
            rules.add(new TransitionRule(EventType.MITIGATION_APPLIED, phase, phase));
            rules.add(new TransitionRule(EventType.FIX_APPLIED, phase, phase));
            rules.add(new TransitionRule(EventType.RECOVERY_VERIFIED, phase, phase));
        }
        for (Phase phase : EnumSet.of(Phase.MITIGATING, Phase.MITIGATED, Phase.RESOLVED, Phase.IN_REVIEW)) {
            rules.add(new TransitionRule(EventType.ROOT_CAUSE_IDENTIFIED, phase, phase));
        }
        rules.add(new TransitionRule(EventType.IMPACT_MITIGATED, Phase.MITIGATING, Phase.MITIGATED));
        rules.add(new TransitionRule(EventType.RESOLVED, Phase.MITIGATED, Phase.RESOLVED));
        rules.add(new TransitionRule(EventType.REOPENED, Phase.RESOLVED, Phase.MITIGATING));
        rules.add(new TransitionRule(EventType.REOPENED, Phase.IN_REVIEW, Phase.MITIGATING));
        rules.add(new TransitionRule(EventType.REVIEW_STARTED, Phase.RESOLVED, Phase.IN_REVIEW));
        rules.add(new TransitionRule(EventType.POSTMORTEM_COMPLETED, Phase.RESOLVED, Phase.IN_REVIEW));
        rules.add(new TransitionRule(EventType.POSTMORTEM_COMPLETED, Phase.IN_REVIEW, Phase.IN_REVIEW));
        rules.add(new TransitionRule(EventType.CLOSED, Phase.RESOLVED, Phase.CLOSED));
        rules.add(new TransitionRule(EventType.CLOSED, Phase.IN_REVIEW, Phase.CLOSED));
        for (Phase phase : EnumSet.of(Phase.DECLARED, Phase.MITIGATING, Phase.MITIGATED)) {
            rules.add(new TransitionRule(EventType.CANCELLED, phase, Phase.CANCELLED));
        }
        for (Phase phase : OPEN) {
            rules.add(new TransitionRule(EventType.MERGED_AS_DUPLICATE, phase, Phase.MERGED));
        }
        return new TransitionTable(rules);
    }

    /** All rules, in a stable order. */
    public List<TransitionRule> rules() {
        return rules;
    }

    /** Returns the phase an event of type {@code event} leads to from {@code from}, if permitted. */
    public Optional<Phase> target(EventType event, Phase from) {
        return Optional.ofNullable(byPhase.get(from).get(event));
    }

    /** Returns the event types the table permits in {@code phase}, in declaration order. */
    public Set<EventType> permitted(Phase phase) {
        Set<EventType> types = byPhase.get(phase).keySet();
        return types.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(types));
    }

    /**
     * Renders the phase-changing rules as a Mermaid {@code stateDiagram-v2}, one arrow per pair of
     * phases labelled with the events that make it. Facts that keep the phase are left out to keep
     * the drawing readable; {@link #toMarkdown()} lists them.
     */
    public String toMermaid() {
        Map<String, StringJoiner> arrows = new LinkedHashMap<>();
        for (TransitionRule rule : rules) {
            if (rule.changesPhase()) {
                arrows.computeIfAbsent(name(rule.from()) + " --> " + name(rule.to()), key -> new StringJoiner(", "))
                        .add(name(rule.event()));
            }
        }
        StringBuilder out = new StringBuilder("stateDiagram-v2\n");
        out.append("    [*] --> declared: declared\n");
        for (Map.Entry<String, StringJoiner> arrow : arrows.entrySet()) {
            out.append("    ")
                    .append(arrow.getKey())
                    .append(": ")
                    .append(arrow.getValue())
                    .append('\n');
        }
        for (Phase phase : Phase.values()) {
            if (phase.isTerminal()) {
                out.append("    ").append(name(phase)).append(" --> [*]\n");
            }
        }
        return out.toString();
    }

    /** Renders every rule as a Markdown table with the columns event, from and to. */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder("| event | from | to |\n| --- | --- | --- |\n");
        for (TransitionRule rule : rules) {
            out.append("| ")
                    .append(name(rule.event()))
                    .append(" | ")
                    .append(name(rule.from()))
                    .append(" | ")
                    .append(name(rule.to()))
                    .append(" |\n");
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return toMarkdown();
    }

    private static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
