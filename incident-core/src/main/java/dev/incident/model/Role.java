package dev.incident.model;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * A role in an incident response. The standard roles are {@link #COMMANDER}, {@link
 * #COMMUNICATIONS_LEAD}, {@link #SCRIBE} and {@link #RESPONDER}; teams add their own with {@link
 * #of(String)} (for example {@code "customer liaison"}).
 *
 * <p>A role is identified by its name, compared ignoring case and surrounding spaces: the name is
 * stored in lower case with single spaces. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Role {
    /** Coordinates the response and makes decisions; need not be the one applying fixes. */
    public static final Role COMMANDER = of("commander");
    /** Writes and posts the status updates, internal and public. */
    public static final Role COMMUNICATIONS_LEAD = of("communications lead");
    /** Keeps the record: the timeline, the decisions, who does what. */
    public static final Role SCRIBE = of("scribe");
    /** Investigates and applies mitigations and fixes. */
    public static final Role RESPONDER = of("responder");

    Role() {}

    /** The role's normalised name. */
    @Value.Parameter
    public abstract String name();

    /**
     * Returns the role with the given name, normalised to lower case with single spaces.
     *
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank or longer than 100 characters
     */
    public static Role of(String name) {
        java.util.Objects.requireNonNull(name, "name must not be null");
        return ImmutableRole.of(name.trim().replaceAll("[\\s_]+", " ").toLowerCase(Locale.ROOT));
    }

    @Value.Check
    final void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("role name must not be blank");
        }
        if (name().length() > 100) {
            throw new IllegalArgumentException("role name must be at most 100 characters");
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
