package dev.incident.postmortem.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Small text helpers shared by the parser, the writer and the rules. Stateless. */
public final class Text {
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:\\d+(?:\\.\\d+)*[.)]|[ivx]+[.)])\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern DECORATION = Pattern.compile("[*_`>#~\\[\\]()|:.!?\\-–—\\s]+");
    private static final Pattern TEMPLATE_PROMPT = Pattern.compile("^(?:<[^<>]*>|\\[[^\\[\\]]*]|\\{[^{}]*})$");
    private static final Set<String> PLACEHOLDERS = Set.of(
            "",
            "tbd",
            "tba",
            "tbc",
            "todo",
            "to do",
            "n a",
            "na",
            "none",
            "nothing",
            "nothing yet",
            "coming soon",
            "to be determined",
            "to be written",
            "to be added",
            "to be completed",
            "to be confirmed",
            "fill in",
            "fill me in",
            "fill this in",
            "placeholder",
            "lorem ipsum",
            "wip",
            "xxx",
            "pending",
            "see above",
            "see below",
            "same as above",
            "unknown",
            "later");
    private static final Pattern PLACEHOLDER_START = Pattern.compile("^(?:tbd|todo|tba|wip|xxx)\\b");
    /**
     * A text that opens with a sentence saying its content is still to come: "**TBD.** What we know so
     * far: ...", "To be determined — waiting for AWS". Only the first 60 characters are looked at.
     */
    private static final Pattern UNDETERMINED_OPENING = Pattern.compile(
            "^[*_`>\\s]{0,6}(?:tbd|tba|tbc|todo|to do|to be (?:determined|confirmed|written|added|completed)|"
                    + "unknown|not yet known|wip)[*_`]{0,3}\\s?(?:[.!]|\\s[-–—]|[–—])",
            Pattern.CASE_INSENSITIVE);

    private Text() {}

    /**
     * The key a heading is matched by: lower case, a leading number such as {@code "2."} dropped,
     * punctuation and spaces collapsed to single spaces.
     */
    public static String headingKey(String heading) {
        String text = NUMBERING.matcher(heading).replaceFirst("");
        return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Collapses whitespace to single spaces and trims. */
    public static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * Returns whether a section's Markdown says nothing: empty once HTML comments and decoration are
     * removed, a placeholder such as "TBD", "TODO", "N/A" or "coming soon", a short text starting
     * with one ("TBD - will fill in"), a text of any length whose first sentence is only such a
     * placeholder ("**TBD.** What we know so far: ..."), or a template prompt such as "[Describe the
     * impact]".
     */
    public static boolean isTrivial(String markdown) {
        String text = HTML_COMMENT.matcher(markdown).replaceAll(" ").strip();
        if (TEMPLATE_PROMPT.matcher(text).matches()) {
            return true;
        }
        if (UNDETERMINED_OPENING
                .matcher(text.substring(0, Math.min(text.length(), 60)))
                .find()) {
            return true;
        }
        String words = DECORATION
                .matcher(text.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
        words = words.replace('/', ' ').replaceAll("\\s+", " ");
        if (PLACEHOLDERS.contains(words)) {
            return true;
        }
        return PLACEHOLDER_START.matcher(words).find() && words.split(" ").length <= 6;
    }

    /** Escapes a single-line text for a table cell: pipes and backslashes before pipes. */
    public static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** Reverses {@link #cell}. */
    public static String uncell(String text) {
        return text.replace("\\|", "|");
    }
}
