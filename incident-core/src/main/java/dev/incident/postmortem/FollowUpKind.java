package dev.incident.postmortem;

/**
 * What a follow-up does. {@link #DETECT}, {@link #PREVENT} and {@link #PROCESS} stop the same
 * failure from happening (or going unnoticed) again; {@link #MITIGATE} and {@link #FIX} deal with
 * this occurrence.
 */
public enum FollowUpKind {
    /** Notice it sooner: a new alert, a page, monitoring, a dashboard. */
    DETECT,
    /** Make it impossible: validation, a block, a limit, a test, a guardrail. */
    PREVENT,
    /** Respond better: a fixed runbook, documentation, a checklist, a process. */
    PROCESS,
    /** Reduce the impact next time: automatic rollback, failover, a kill switch. */
    MITIGATE,
    /** Repair the defect itself. */
    FIX;

    /** Returns whether a follow-up of this kind stops the same failure from recurring unnoticed. */
    public boolean preventsRecurrence() {
        return this == DETECT || this == PREVENT || this == PROCESS;
    }
}
