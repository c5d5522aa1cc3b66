package dev.incident.lint.internal;

import dev.incident.lint.FindingSeverity;
import dev.incident.lint.LintConfig;
import dev.incident.lint.LintFinding;
import dev.incident.lint.LintRule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The compiled linter behind {@link dev.incident.lint.BlamelessLinter}: the lexicon extended with
 * the configuration's participants and terms, the enabled rules and severities. Immutable and
 * thread-safe; each call works on its own state.
 */
public final class Engine {
    private static final LintRule[] RULES = LintRule.values();

    private final Lexicon lexicon;
    private final CustomTerms terms;
    private final boolean[] enabled = new boolean[RULES.length];
    private final FindingSeverity[] severity = new FindingSeverity[RULES.length];
    private final String[] allowed;

    private Engine(LintConfig config) {
        Lexicon lex = Words.BASE.copy();
        for (String participant : config.participants()) {
            for (String word : CustomTerms.splitWords(participant)) {
                lex.add(word, Words.NAME, 0);
            }
        }
        this.terms = CustomTerms.compile(config.addedTerms(), lex);
        this.lexicon = lex.freeze();
        for (LintRule rule : RULES) {
            enabled[rule.ordinal()] = config.isEnabled(rule);
            severity[rule.ordinal()] = config.severityOf(rule);
        }
        this.allowed = config.allowedPhrases().stream()
                .map(p -> p.toLowerCase(Locale.ROOT))
                .sorted()
                .toArray(String[]::new);
    }

    /** Compiles a configuration. */
    public static Engine compile(LintConfig config) {
        return new Engine(config);
    }

    /** The result of one lint call: findings in report order, and the work done. */
    public static final class Result {
        private final List<LintFinding> findings;
        private final long operations;

        Result(List<LintFinding> findings, long operations) {
            this.findings = findings;
            this.operations = operations;
        }

        /** The findings, sorted by offset then rule id. */
        public List<LintFinding> findings() {
            return findings;
        }

        /** Work done (chars scanned, token and window visits): linear in the input. */
        public long operations() {
            return operations;
        }
    }

    /** Lints plain text. */
    public Result lintText(String text) {
        Collector collector = new Collector();
        Analyzer analyzer = new Analyzer(text, lexicon, enabled, terms, collector, true);
        analyzer.feed(0, text.length());
        analyzer.endBlock();
        LineIndex lines = new LineIndex(text);
        List<LintFinding> findings = build(text, lines, collector, List.of());
        return new Result(findings, analyzer.ops + text.length());
    }

    /** Lints Markdown, honouring inline suppression comments. */
    public Result lintMarkdown(String text) {
        return lintMarkdown(text, MarkdownSource.CHUNK_SIZE);
    }

    /** Lints Markdown, parsing it in chunks of about {@code chunkSize} chars (for tests). */
    Result lintMarkdown(String text, int chunkSize) {
        return lintMarkdown(text, chunkSize, true);
    }

    /** Same, with the parser-free paragraph shortcut on or off (for tests). */
    Result lintMarkdown(String text, int chunkSize, boolean shortcut) {
        Collector collector = new Collector();
        Analyzer analyzer = new Analyzer(text, lexicon, enabled, terms, collector, false);
        List<Suppression> suppressions = new ArrayList<>();
        MarkdownSource.feed(text, analyzer, suppressions, chunkSize, shortcut);
        LineIndex lines = new LineIndex(text);
        List<LintFinding> findings = build(text, lines, collector, suppressions);
        return new Result(findings, analyzer.ops + text.length());
    }

    /** Raw findings as parallel int arrays: rule, start, end. */
    static final class Collector implements Sink {
        int[] data = new int[48];
        int size;

        @Override
        public void accept(int rule, int start, int end) {
            if (size > 0) {
                int p = (size - 1) * 3;
                if (data[p] == rule && data[p + 1] == start && data[p + 2] == end) {
                    return;
                }
            }
            if ((size + 1) * 3 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            int p = size * 3;
            data[p] = rule;
            data[p + 1] = start;
            data[p + 2] = end;
            size++;
        }
    }

    private List<LintFinding> build(String text, LineIndex lines, Collector raw, List<Suppression> suppressions) {
        Integer[] order = new Integer[raw.size];
        for (int i = 0; i < raw.size; i++) {
            order[i] = i;
        }
        int[] d = raw.data;
        Arrays.sort(
                order,
                Comparator.<Integer>comparingInt(i -> d[i * 3 + 1])
                        .thenComparing(i -> RULES[d[i * 3]].id())
                        .thenComparingInt(i -> d[i * 3 + 2]));
        SuppressionState state = new SuppressionState(text, lines, suppressions);
        List<LintFinding> findings = new ArrayList<>();
        int lastRule = -1;
        int lastStart = -1;
        int lastEnd = -1;
        for (Integer boxed : order) {
            int i = boxed;
            int rule = d[i * 3];
            int start = d[i * 3 + 1];
            int end = d[i * 3 + 2];
            if (rule == lastRule && start == lastStart && end == lastEnd) {
                continue;
            }
            lastRule = rule;
            lastStart = start;
            lastEnd = end;
            if (isAllowed(text, start, end) || state.suppressed(RULES[rule], start)) {
                continue;
            }
            findings.add(finding(text, lines, RULES[rule], start, end, message(RULES[rule], text, start, end)));
        }
        if (enabled[LintRule.UNUSED_SUPPRESSION.ordinal()]) {
            for (Suppression s : suppressions) {
                if (s.kind == Suppression.Kind.ENABLE && s.unknownRules.isEmpty()) {
                    continue;
                }
                if (!s.unknownRules.isEmpty()) {
                    findings.add(finding(
                            text,
                            lines,
                            LintRule.UNUSED_SUPPRESSION,
                            s.start,
                            s.end,
                            "suppression names unknown rule(s) " + String.join(", ", s.unknownRules)));
                } else if (!s.used) {
                    findings.add(finding(
                            text,
                            lines,
                            LintRule.UNUSED_SUPPRESSION,
                            s.start,
                            s.end,
                            "suppression comment suppressed nothing"));
                }
            }
            findings.sort(dev.incident.lint.LintReport.ORDER);
        }
        return findings;
    }

    private LintFinding finding(String text, LineIndex lines, LintRule rule, int start, int end, String message) {
        String matched = text.substring(start, end);
        LintFinding.Builder b = LintFinding.builder()
                .rule(rule)
                .severity(severity[rule.ordinal()])
                .message(message)
                .suggestion(rule.suggestion())
                .matchedText(matched)
                .offset(start)
                .length(end - start)
                .line(lines.line(start))
                .column(lines.column(start));
        if (rule == LintRule.HINDSIGHT && matched.indexOf(' ') < 0 && matched.endsWith("ly")) {
            b.replacement("");
        }
        return b.build();
    }

    private static String message(LintRule rule, String text, int start, int end) {
        String matched = text.substring(start, end);
        return switch (rule) {
            case HUMAN_ERROR -> "\"" + matched + "\" names a person's error as the cause";
            case BLAME_ATTRIBUTION -> "\"" + matched + "\" puts fault or blame on a person";
            case JUDGEMENT -> "\"" + matched + "\" judges a person";
            case COUNTERFACTUAL -> "\"" + matched + "\" is a counterfactual about what a person should have done";
            case PERSON_FAILURE -> "\"" + matched + "\" makes a person the subject of a failure";
            case HINDSIGHT -> "\"" + matched + "\" is hindsight: it makes the outcome look obvious";
            case PUNITIVE -> "\"" + matched + "\" frames the follow-up as punishment";
            case UNUSED_SUPPRESSION -> "suppression comment suppressed nothing";
        };
    }

    /** Whether [start, end) lies inside an occurrence of an allowed phrase. */
    private boolean isAllowed(String text, int start, int end) {
        if (allowed.length == 0) {
            return false;
        }
        String matched = text.substring(start, end).toLowerCase(Locale.ROOT);
        for (String phrase : allowed) {
            int at = phrase.indexOf(matched);
            while (at >= 0) {
                int from = start - at;
                if (from >= 0
                        && from + phrase.length() <= text.length()
                        && text.regionMatches(true, from, phrase, 0, phrase.length())) {
                    return true;
                }
                at = phrase.indexOf(matched, at + 1);
            }
        }
        return false;
    }

    /** Sweeps suppression ranges in offset order while findings are visited in offset order. */
    private static final class SuppressionState {
        private final List<Suppression> directives;
        private final Map<Integer, List<Suppression>> byLine = new HashMap<>();
        private final List<ArrayDeque<Suppression>> open;
        private final ArrayDeque<Suppression> openAll = new ArrayDeque<>();
        private final LineIndex lineIndex;
        private int next;

        SuppressionState(String text, LineIndex lines, List<Suppression> suppressions) {
            List<Suppression> ranges = new ArrayList<>();
            for (Suppression s : suppressions) {
                if (s.kind == Suppression.Kind.NEXT_LINE) {
                    s.targetLine = nextNonBlankLine(text, lines, lines.lineIndex(Math.max(s.end - 1, 0)) + 1);
                    byLine.computeIfAbsent(s.targetLine, k -> new ArrayList<>(1))
                            .add(s);
                } else {
                    ranges.add(s);
                }
            }
            ranges.sort(Comparator.comparingInt(s -> s.start));
            this.lineIndex = lines;
            this.directives = ranges;
            this.open = new ArrayList<>(RULES.length);
            for (int i = 0; i < RULES.length; i++) {
                open.add(new ArrayDeque<>());
            }
        }

        private static int nextNonBlankLine(String text, LineIndex lines, int line) {
            int l = line;
            while (l < lines.lineCount()) {
                int s = lines.lineStart(l, text.length());
                int e = lines.lineStart(l + 1, text.length());
                for (int i = s; i < e; i++) {
                    if (!Character.isWhitespace(text.charAt(i))) {
                        return l;
                    }
                }
                l++;
            }
            return l;
        }

        boolean suppressed(LintRule rule, int offset) {
            while (next < directives.size() && directives.get(next).end <= offset) {
                apply(directives.get(next++));
            }
            List<Suppression> onLine = byLine.isEmpty() ? null : byLine.get(lineOf(offset));
            if (onLine != null) {
                for (Suppression s : onLine) {
                    if (s.covers(rule)) {
                        s.used = true;
                        return true;
                    }
                }
            }
            Suppression specific = open.get(rule.ordinal()).peek();
            Suppression all = openAll.peek();
            Suppression chosen =
                    specific == null ? all : all == null ? specific : specific.start > all.start ? specific : all;
            if (chosen != null) {
                chosen.used = true;
                return true;
            }
            return false;
        }

        private int lineOf(int offset) {
            return lineIndex.lineIndex(offset);
        }

        private void apply(Suppression s) {
            if (s.kind == Suppression.Kind.DISABLE) {
                if (s.rules.isEmpty()) {
                    if (s.unknownRules.isEmpty()) {
                        openAll.push(s);
                    }
                } else {
                    for (LintRule r : s.rules) {
                        open.get(r.ordinal()).push(s);
                    }
                }
            } else if (s.kind == Suppression.Kind.ENABLE) {
                if (s.rules.isEmpty()) {
                    if (!s.unknownRules.isEmpty()) {
                        return; // "blameless-enable typo" names no known rule: it enables nothing
                    }
                    openAll.clear();
                    for (ArrayDeque<Suppression> stack : open) {
                        stack.clear();
                    }
                } else {
                    for (LintRule r : s.rules) {
                        open.get(r.ordinal()).clear();
                    }
                }
            }
        }
    }
}
