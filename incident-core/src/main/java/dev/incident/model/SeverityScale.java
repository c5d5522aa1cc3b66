package dev.incident.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A team's ranked list of severities, worst first, such as {@code P1, P2, P3} or the {@link
 * #DEFAULT} scale {@code SEV1..SEV5}. The levels' ranks are their positions, starting at 1.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * SeverityScale scale = SeverityScale.of("priority", List.of("P1", "P2", "P3"));
 * Severity p2 = scale.level("P2");      // rank 2
 * }</pre>
 */
@Value.Immutable
public abstract class SeverityScale {
    /** The default scale: SEV1 (worst) to SEV5. */
    public static final SeverityScale DEFAULT = of("default", List.of("SEV1", "SEV2", "SEV3", "SEV4", "SEV5"));

    SeverityScale() {}

    /** The scale's name. */
    public abstract String name();

    /** The levels, worst first; a level's rank is its position plus one. */
    public abstract List<Severity> levels();

    /**
     * Returns a scale whose levels have the given labels, worst first.
     *
     * @throws IllegalArgumentException if there are no labels, a label is blank or labels repeat
     *     (ignoring case)
     */
    public static SeverityScale of(String name, List<String> labels) {
        List<Severity> levels = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            levels.add(Severity.of(labels.get(i), i + 1));
        }
        return ImmutableSeverityScale.builder().name(name).levels(levels).build();
    }

    /**
     * Returns the level with the given label, ignoring case, or {@link Severity#UNDETERMINED} for
     * the label {@code UNDETERMINED}.
     *
     * @throws IllegalArgumentException if the scale has no such level; the message lists the levels
     */
    public final Severity level(String label) {
        return find(label)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no severity \"" + label + "\" in scale " + name() + "; expected one of " + labels()));
    }

    /** Returns the level with the given label, ignoring case, if there is one. */
    public final Optional<Severity> find(String label) {
        if (label.equalsIgnoreCase(Severity.UNDETERMINED.label())) {
            return Optional.of(Severity.UNDETERMINED);
        }
        for (Severity level : levels()) {
            if (level.label().equalsIgnoreCase(label)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    private List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (Severity level : levels()) {
            labels.add(level.label());
        }
        return labels;
    }

    @Value.Check
    final void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("severity scale name must not be blank");
        }
        if (levels().isEmpty()) {
            throw new IllegalArgumentException("severity scale " + name() + " must have at least one level");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < levels().size(); i++) {
            Severity level = levels().get(i);
            if (level.rank().orElse(-1) != i + 1) {
                throw new IllegalArgumentException("level " + level.label() + " of scale " + name() + " must have rank "
                        + (i + 1) + " (its position, worst first)");
            }
            if (!seen.add(level.label().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("severity scale " + name() + " repeats the level " + level.label());
            }
        }
    }
}
