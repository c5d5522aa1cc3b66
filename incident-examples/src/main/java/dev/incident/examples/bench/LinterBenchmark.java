package dev.incident.examples.bench;

import dev.incident.lint.BlamelessLinter;
import dev.incident.lint.LintReport;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lints generated Markdown postmortems with {@link BlamelessLinter#lintMarkdown}, next to a
 * baseline over the same text: a naive keyword scan (lower-case the text, then {@code indexOf} for
 * each of {@link #BLAME_KEYWORDS}), which is what a linter without sentence analysis looks like.
 *
 * <p>The throughput benchmarks score in MB/s: the corpus is exactly {@code n} MB (10^6 chars, all
 * ASCII, so also 10^6 UTF-8 bytes) and each invocation counts as {@code n} operations. The latency
 * benchmarks lint one 10 KB postmortem, in µs per document. The corpus is deterministic (a fixed
 * seed), so runs on different days lint the same text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LinterBenchmark {
    /** Size of the main corpus, in MB (10^6 chars). */
    public static final int CORPUS_MB = 4;

    /** Size of the large corpus for the 20 MB claim, in MB. */
    public static final int LARGE_CORPUS_MB = 20;

    /** Size of the typical postmortem for the latency benchmarks, in chars. */
    public static final int TYPICAL_CHARS = 10_000;

    /** The baseline's fixed keyword list: blaming words and phrases, lower case. */
    public static final List<String> BLAME_KEYWORDS = List.of(
            "human error",
            "operator error",
            "user error",
            "fault",
            "to blame",
            "blamed",
            "culprit",
            "careless",
            "sloppy",
            "negligent",
            "reckless",
            "lazy",
            "incompetent",
            "irresponsible",
            "stupid",
            "amateur",
            "poor judgement",
            "should have",
            "could have",
            "would have",
            "ought to have",
            "if only",
            "failed to",
            "forgot",
            "neglected",
            "ignored",
            "missed",
            "overlooked",
            "didn't bother",
            "mistakenly",
            "messed up",
            "screwed up",
            "botched",
            "obviously",
            "clearly",
            "simply",
            "reprimanded",
            "disciplined",
            "punished",
            "held accountable",
            "dropped the ball",
            "be more careful");

    private final BlamelessLinter linter = BlamelessLinter.withDefaults();
    private String corpus = "";
    private String typical = "";

    /** Generates the corpus and the typical postmortem once. */
    @Setup
    public void setUp() {
        corpus = corpus(CORPUS_MB * 1_000_000, 20260304L);
        typical = corpus(TYPICAL_CHARS, 42L);
    }

    /** The linter over the multi-megabyte corpus, in MB/s. */
    @Benchmark
    @OperationsPerInvocation(CORPUS_MB)
    public LintReport lintMarkdown() {
        return linter.lintMarkdown(corpus);
    }

    /** The baseline over the same corpus, in MB/s. */
    @Benchmark
    @OperationsPerInvocation(CORPUS_MB)
    public int baselineKeywordScan() {
        return keywordScan(corpus);
    }

    /** The linter over a 10 KB postmortem, in µs per document. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public LintReport lintTypicalPostmortem() {
        return linter.lintMarkdown(typical);
    }

    /** The baseline over the same 10 KB postmortem, in µs per document. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int baselineKeywordScanTypicalPostmortem() {
        return keywordScan(typical);
    }

    /** The linter over a 20 MB corpus (the linter's speed target is 50 MB/s warm), in MB/s. */
    @Benchmark
    @OperationsPerInvocation(LARGE_CORPUS_MB)
    public LintReport lintMarkdown20MB(LargeCorpus large) {
        return linter.lintMarkdown(large.text);
    }

    /** The 20 MB corpus; only built when a benchmark that needs it runs. */
    @State(Scope.Benchmark)
    public static class LargeCorpus {
        String text = "";

        /** Generates the 20 MB corpus. */
        @Setup
        public void setUp() {
            text = corpus(LARGE_CORPUS_MB * 1_000_000, 20260304L);
        }
    }

    /**
     * The baseline: lower-cases the text and counts the occurrences of every keyword with {@code
     * indexOf}. No tokenizing, no Markdown, no idea who the subject is.
     */
    public static int keywordScan(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int hits = 0;
        for (String keyword : BLAME_KEYWORDS) {
            for (int i = lower.indexOf(keyword); i >= 0; i = lower.indexOf(keyword, i + keyword.length())) {
                hits++;
            }
        }
        return hits;
    }

    /**
     * Returns a Markdown corpus of postmortems of exactly {@code chars} ASCII chars, the same for
     * the same seed: headings, paragraphs mixing blaming and blameless sentences, bullet and numbered
     * lists, timeline and follow-up tables, fenced code blocks and links. The last line may be cut
     * short.
     */
    public static String corpus(int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(chars + 4096);
        int number = 1;
        while (out.length() < chars) {
            postmortem(out, number++, random);
        }
        out.setLength(chars);
        return out.toString();
    }

    private static final String[] SERVICES = {
        "checkout", "payments", "search", "login", "image resizer", "billing", "notifications", "the API gateway"
    };

    private static final String[] BLAMELESS = {
        "The readiness probe failed to detect the hang.",
        "The TTL should have evicted the key.",
        "We ran a fault injection drill; the primary failed over.",
        "The spike is clearly visible on the graph.",
        "Nobody was careless; the tool allowed it.",
        "A race condition in the lock manager caused the deadlock.",
        "The deploy pipeline had no canary stage, so the change reached every region at once.",
        "Alerting fired eleven minutes after the error rate crossed five percent.",
        "The runbook did not describe how to drain a single shard.",
        "We should have had an alert on replica lag.",
        "The config validator accepted an empty allow list.",
        "Retries from the mobile clients tripled the load on the database.",
        "The dashboard showed averages, which hid the slow requests.",
        "The migration script locked the table for the whole batch."
    };

    private static final String[] BLAMING = {
        "The on-call failed to acknowledge the page.",
        "Kwame should have checked the replica lag.",
        "It was Tomasz's fault.",
        "Obviously the operator should have rolled back.",
        "The reviewer was negligent.",
        "The root cause was human error.",
        "The intern forgot to run the migration in staging.",
        "The engineer was careless with the production credentials.",
        "If only Priya had looked at the dashboard.",
        "The contractor botched the failover.",
        "The DBA was reprimanded for the outage.",
        "Marco messed up the deploy."
    };

    private static void postmortem(StringBuilder out, int number, Random random) {
        String service = pick(SERVICES, random);
        out.append("# Postmortem ").append(number).append(": ").append(service).append(" errors\n\n");
        out.append("## Summary\n\n");
        paragraph(out, random, 4 + random.nextInt(4));
        out.append("## Impact\n\n")
                .append(random.nextInt(40) + 1)
                .append("% of requests to ")
                .append(service)
                .append(" failed for ")
                .append(random.nextInt(90) + 5)
                .append(" minutes. See the [error budget report](https://status.example.invalid/reports/")
                .append(number)
                .append(") and <https://dashboards.example.invalid/")
                .append(number)
                .append(">.\n\n");
        out.append("## Timeline\n\n| time (UTC) | what happened |\n| --- | --- |\n");
        int rows = 4 + random.nextInt(6);
        for (int row = 0; row < rows; row++) {
            out.append("| 14:")
                    .append(10 + row * 3)
                    .append(" | ")
                    .append(sentence(random))
                    .append(" |\n");
        }
        out.append("\n## Root cause\n\n");
        paragraph(out, random, 3 + random.nextInt(4));
        out.append("```sh\nkubectl rollout undo deployment/")
                .append(service.replace(' ', '-'))
                .append("\n# the operator was careless here, says a comment nobody lints\n```\n\n");
        out.append("## Contributing factors\n\n");
        int items = 2 + random.nextInt(4);
        for (int item = 0; item < items; item++) {
            out.append("- ").append(sentence(random)).append('\n');
        }
        out.append("\n## Lessons learned\n\n");
        for (int item = 1; item <= 3; item++) {
            out.append(item).append(". ").append(sentence(random)).append('\n');
        }
        out.append("\n## Follow-ups\n\n| title | owner | due |\n| --- | --- | --- |\n")
                .append("| Page on ")
                .append(service)
                .append(" 5xx above 1% | @priya | 2026-03-18 |\n")
                .append("| Add a canary stage to the pipeline | @mchen | 2026-04-01 |\n\n");
    }

    private static void paragraph(StringBuilder out, Random random, int sentences) {
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(sentence(random));
        }
        out.append("\n\n");
    }

    /** About one sentence in four blames someone. */
    private static String sentence(Random random) {
        return random.nextInt(4) == 0 ? pick(BLAMING, random) : pick(BLAMELESS, random);
    }

    private static String pick(String[] choices, Random random) {
        return choices[random.nextInt(choices.length)];
    }
}
