package dev.incident.timeline.internal;

import dev.incident.timeline.EntryKind;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Guesses an {@link EntryKind} from the wording of a text, by keywords. Stateless and thread-safe. */
public final class Wording {
    private record Rule(EntryKind kind, Pattern pattern) {}

    private static final List<Rule> RULES = List.of(
            rule(EntryKind.DECLARATION, "declared?|declaring|incident (opened|started)"),
            rule(
                    EntryKind.ROLE_CHANGE,
                    "commander|taking command|took command|hand(ed|ing)? ?over|incident lead|comms lead"),
            rule(
                    EntryKind.COMMUNICATION,
                    "status ?page|posted|customers? (were )?(notified|informed)|announce\\w*|tweet\\w*"),
            rule(EntryKind.VERIFICATION, "verif\\w*|back to (baseline|normal)|recovered|recovery confirmed"),
            rule(EntryKind.RESOLUTION, "resolved|all clear|closed"),
            rule(EntryKind.FIX, "fix(es|ed)?|patch(ed)?|hotfix\\w*"),
            rule(
                    EntryKind.MITIGATION,
                    "roll ?back|rolled back|rolling back|revert\\w*|fail ?over|failed over|feature flag"
                            + "|flag (turned )?off|scaled( up| out)?|scale (up|out)|mitigat\\w*|rate.limit\\w*|drain\\w*"),
            rule(EntryKind.DIAGNOSIS, "root cause|cause|trigger|identified|investigat\\w*|suspect\\w*|diagnos\\w*"),
            rule(EntryKind.DETECTION, "alert\\w*|paged|page fired|fired|reported|noticed|detected|spike\\w*"));

    private Wording() {}

    private static Rule rule(EntryKind kind, String words) {
        return new Rule(kind, Pattern.compile("\\b(" + words + ")\\b"));
    }

    /** Returns the kind whose keywords appear first in the rule order, or {@link EntryKind#NOTE}. */
    public static EntryKind classify(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(lower).find()) {
                return rule.kind();
            }
        }
        return EntryKind.NOTE;
    }
}
