package dev.incident.comms;

import java.util.Locale;

/** The status of a component on a status page, as Atlassian Statuspage names them. */
public enum ComponentStatus {
    /** Working normally. */
    OPERATIONAL,
    /** Slower than usual, but working. */
    DEGRADED_PERFORMANCE,
    /** Failing for some users or requests. */
    PARTIAL_OUTAGE,
    /** Failing for everyone. */
    MAJOR_OUTAGE;

    /** The value Statuspage's API uses, such as {@code "degraded_performance"}. */
    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
