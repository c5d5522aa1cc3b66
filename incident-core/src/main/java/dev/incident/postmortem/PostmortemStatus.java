package dev.incident.postmortem;

/** Where a postmortem is in its own life: drafted, being reviewed, published. */
public enum PostmortemStatus {
    /** Being written. */
    DRAFT,
    /** Written and under review. */
    IN_REVIEW,
    /** Reviewed and published; only a published postmortem can complete an incident. */
    PUBLISHED
}
