package dev.incident.lint.internal;

import dev.incident.lint.LintRule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One inline suppression comment: {@code <!-- blameless-disable-next-line RULE -- reason -->},
 * {@code <!-- blameless-disable RULE -->} or {@code <!-- blameless-enable RULE -->}. An empty rule
 * set means every rule. Mutable only in {@link #used}, during one lint call.
 */
final class Suppression {
    enum Kind {
        NEXT_LINE,
        DISABLE,
        ENABLE
    }

    final Kind kind;
    final Set<LintRule> rules;
    final List<String> unknownRules;
    final int start;
    final int end;
    boolean used;
    /** For NEXT_LINE: the 0-based line it applies to. */
    int targetLine = -1;

    private Suppression(Kind kind, Set<LintRule> rules, List<String> unknownRules, int start, int end) {
        this.kind = kind;
        this.rules = rules;
        this.unknownRules = unknownRules;
        this.start = start;
        this.end = end;
    }

    boolean covers(LintRule rule) {
        if (rules.isEmpty()) {
            return unknownRules.isEmpty(); // "-- all rules", unless every named rule was unknown
        }
        return rules.contains(rule);
    }

    /**
     * Finds the suppression comments in {@code [from, to)} of {@code text} and adds them to {@code
     * out}. Linear in the region's length.
     */
    static void scan(String text, int from, int to, List<Suppression> out) {
        int i = from;
        while (i < to) {
            int open = indexOf(text, "<!--", i, to);
            if (open < 0) {
                return;
            }
            int close = indexOf(text, "-->", open + 4, to);
            if (close < 0) {
                return;
            }
            Suppression s = parse(text, open, close + 3);
            if (s != null) {
                out.add(s);
            }
            i = close + 3;
        }
    }

    /** Like {@link String#indexOf(String, int)} but never looks at or past {@code to}. */
    private static int indexOf(String text, String pattern, int from, int to) {
        int last = to - pattern.length();
        for (int i = from; i <= last; i++) {
            if (text.startsWith(pattern, i)) {
                return i;
            }
        }
        return -1;
    }

    private static Suppression parse(String text, int start, int end) {
        String body = text.substring(start + 4, end - 3).trim();
        Kind kind;
        String rest;
        if (body.startsWith("blameless-disable-next-line")) {
            kind = Kind.NEXT_LINE;
            rest = body.substring("blameless-disable-next-line".length());
        } else if (body.startsWith("blameless-disable")) {
            kind = Kind.DISABLE;
            rest = body.substring("blameless-disable".length());
        } else if (body.startsWith("blameless-enable")) {
            kind = Kind.ENABLE;
            rest = body.substring("blameless-enable".length());
        } else {
            return null;
        }
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0)) && !rest.startsWith("--")) {
            return null; // "blameless-disabled", not a directive
        }
        int reason = rest.indexOf("--");
        if (reason >= 0) {
            rest = rest.substring(0, reason);
        }
        Set<LintRule> rules = EnumSet.noneOf(LintRule.class);
        List<String> unknown = new ArrayList<>();
        for (String token : rest.split("[\\s,]+")) {
            if (token.isEmpty()) {
                continue;
            }
            LintRule.fromId(token).ifPresentOrElse(rules::add, () -> unknown.add(token));
        }
        return new Suppression(kind, rules, List.copyOf(unknown), start, end);
    }
}
