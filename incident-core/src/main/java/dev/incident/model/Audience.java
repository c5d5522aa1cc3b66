package dev.incident.model;

/** Who a status update is for. */
public enum Audience {
    /** The responders and the rest of the organisation. */
    INTERNAL,
    /** Customers, for example through a status page. */
    PUBLIC
}
