package dev.incident.lint;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Shared generators of incident prose, built by combining small generators. */
final class LintGenerators {
    private LintGenerators() {}

    static final List<String> WORDS = List.of(
            "the",
            "engineer",
            "on-call",
            "Priya",
            "@mchen",
            "she",
            "they",
            "we",
            "nobody",
            "probe",
            "job",
            "proxy",
            "failed",
            "to",
            "forgot",
            "missed",
            "ignored",
            "should",
            "could",
            "have",
            "had",
            "if",
            "only",
            "why",
            "didn't",
            "anyone",
            "careless",
            "sloppy",
            "human",
            "error",
            "fault",
            "at",
            "blame",
            "blamed",
            "culprit",
            "responsible",
            "for",
            "outage",
            "obviously",
            "clearly",
            "simply",
            "just",
            "reprimanded",
            "held",
            "accountable",
            "dropped",
            "ball",
            "took",
            "down",
            "broke",
            "production",
            "not",
            "no",
            "one",
            "and",
            "because",
            "Marco",
            "reverted",
            "change",
            "at",
            "09:30",
            "fault",
            "injection",
            "failover",
            "was",
            "is",
            ",",
            ".",
            "?",
            ";",
            "`code`",
            "*",
            "**",
            "<",
            ">",
            "-",
            "#",
            "|",
            "\n",
            "\n\n",
            "[link](http://x.test/a)",
            "<!-- blameless-disable -->",
            "<!-- blameless-enable -->",
            "<!-- blameless-disable-next-line -->",
            "```",
            "    ",
            "\t",
            "’s",
            "'s",
            "É",
            "日本",
            "\uD83D\uDE00");

    /** One word or piece of punctuation or Markdown syntax. */
    static Gen<String> word() {
        return Generate.pick(WORDS);
    }

    /** Prose-like text of up to {@code maxWords} pieces joined by single spaces. */
    static Gen<String> prose(int maxWords) {
        return lists().of(word()).ofSizeBetween(0, maxWords).map(ws -> String.join(" ", ws));
    }

    /** Arbitrary Unicode strings, including surrogates and control characters. */
    static Gen<String> unicode(int maxLength) {
        return strings().allPossible().ofLengthBetween(0, maxLength);
    }

    /** Blameless sentences, each ending with a full stop. */
    static Gen<String> blamelessSentence() {
        return Generate.pick(List.of(
                "The probe failed to detect the hang.",
                "Priya reverted the change at 09:30.",
                "The alert fired just before the release.",
                "The cache should have evicted the key.",
                "Marco acted as incident commander.",
                "We added a guardrail to the deploy tool."));
    }

    static Gen<Integer> smallInts() {
        return integers().between(0, 20);
    }
}
