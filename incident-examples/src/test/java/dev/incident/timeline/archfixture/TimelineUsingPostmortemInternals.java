package dev.incident.timeline.archfixture;

import dev.incident.postmortem.internal.Text;

/** Breaks "a feature uses another only through its API": the timeline using postmortem internals. Test-only. */
public final class TimelineUsingPostmortemInternals {
    private TimelineUsingPostmortemInternals() {}

    static String key(String heading) {
        return Text.headingKey(heading);
    }
}
