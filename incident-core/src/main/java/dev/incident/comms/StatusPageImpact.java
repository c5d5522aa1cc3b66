package dev.incident.comms;

import dev.incident.model.Severity;
import java.util.Locale;

/** The impact of an incident on a status page, as Atlassian Statuspage names it. */
public enum StatusPageImpact {
    /** No user impact. */
    NONE,
    /** Minor impact. */
    MINOR,
    /** Major impact. */
    MAJOR,
    /** Critical impact. */
    CRITICAL;

    /** The value Statuspage's API uses, such as {@code "major"}. */
    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the impact of a user-facing incident of {@code severity}: rank 1 is critical, rank 2
     * major, ranks 3 and 4 and an undetermined severity minor, lower ranks none.
     *
     * @throws NullPointerException if {@code severity} is null
     */
    public static StatusPageImpact of(Severity severity) {
        int rank = severity.rank().orElse(3);
        return rank == 1 ? CRITICAL : rank == 2 ? MAJOR : rank <= 4 ? MINOR : NONE;
    }
}
