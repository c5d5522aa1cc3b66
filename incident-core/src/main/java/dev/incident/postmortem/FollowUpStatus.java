package dev.incident.postmortem;

/** Whether a follow-up is still to do. */
public enum FollowUpStatus {
    /** Not done yet. */
    OPEN,
    /** Done. */
    DONE,
    /** Decided against; a reason should say why ({@link FollowUp#statusReason()}). */
    WONT_DO
}
