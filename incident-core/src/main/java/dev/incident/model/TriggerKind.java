package dev.incident.model;

/** What set an incident off; often known long before its root cause. */
public enum TriggerKind {
    /** A deployment of code. */
    DEPLOY,
    /** A change of configuration, a feature flag or infrastructure settings. */
    CONFIG_CHANGE,
    /** More traffic than the system was ready for. */
    TRAFFIC_SPIKE,
    /** A failing dependency: a provider, a shared service, a library. */
    DEPENDENCY_FAILURE,
    /** Hardware or the platform underneath: a disk, a network partition, a cloud zone. */
    INFRASTRUCTURE,
    /** Anything else. */
    OTHER
}
