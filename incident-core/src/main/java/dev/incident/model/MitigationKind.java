package dev.incident.model;

/** The ways to stop the bleeding, most of which need no diagnosis. */
public enum MitigationKind {
    /** Roll back the change that triggered the incident. */
    ROLLBACK,
    /** Turn off the feature flag that gates the failing code. */
    FEATURE_FLAG_OFF,
    /** Add capacity. */
    SCALE_UP,
    /** Move traffic to a healthy replica, zone or region. */
    FAILOVER,
    /** Anything else: rate limiting, draining a node, a manual data repair. */
    OTHER
}
