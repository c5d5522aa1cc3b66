package dev.incident.lint.internal;

import static dev.incident.lint.internal.Words.*;

import dev.incident.lint.LintRule;
import java.util.Arrays;

/**
 * Tokenizes text, splits it into sentences and clauses, finds the subject of each trigger word
 * (a person or a system) and applies the rules, all in one pass over the text.
 *
 * <p>Text arrives as runs ({@link #feed}) of the source, grouped into blocks ({@link #endBlock});
 * sentences never cross a block. A sentence longer than {@link #MAX_TOKENS} tokens is cut, so the
 * work per token is bounded and the whole pass is linear in the input. Every look-around is a
 * bounded window. One analyzer serves one lint call; not thread-safe.
 */
final class Analyzer {
    static final int MAX_TOKENS = 512;
    private static final int WINDOW = 8;

    // Shape flags.
    private static final int S_CAP = 1;
    private static final int S_ALLCAPS = 1 << 1;
    private static final int S_HANDLE = 1 << 2;
    private static final int S_POSSESSIVE = 1 << 3;
    private static final int S_DIGIT = 1 << 4;
    private static final int S_CAMEL = 1 << 5;
    private static final int S_ED = 1 << 6;
    private static final int S_LY = 1 << 7;
    private static final int S_THING_SUFFIX = 1 << 8;
    private static final int S_PLURAL = 1 << 9;
    private static final int S_PUNCT = 1 << 10;
    private static final int S_OPAQUE = 1 << 11;
    private static final int S_QUOTED = 1 << 12;

    private final String src;

    /** The source's chars: the tokenizer reads an array, not {@code String.charAt}, in its inner loop. */
    private final char[] chars;

    private final Lexicon lex;
    private final boolean[] enabled;
    private final CustomTerms terms;
    private final Sink sink;
    private final boolean plainText;

    private final int[] start = new int[MAX_TOKENS];
    private final int[] end = new int[MAX_TOKENS];
    private final int[] id = new int[MAX_TOKENS];
    private final int[] fl = new int[MAX_TOKENS];
    private final int[] shape = new int[MAX_TOKENS];
    private final int[] clauseStart = new int[MAX_TOKENS];
    private final int[] lastNeg = new int[MAX_TOKENS];
    private final byte[] person = new byte[MAX_TOKENS];
    private final int[] trig = new int[MAX_TOKENS];
    private int n;

    /** The trigger codes of the current sentence's tokens, or'ed: zero when it has none. */
    private int triggers;

    /**
     * The opening quotation mark of the quotation the tokenizer is in, or 0. Quoted words are
     * mentioned, not used ("the word 'careless' was removed", "he said 'I messed up'"), so a rule
     * whose trigger word is quoted reports nothing. A quotation ends with its sentence at the latest.
     */
    private char quote;

    /** The trigger token whose rule is running (see {@link #emit}). */
    private int current;

    /** Whether the current sentence endorses its quotations: 0 not yet known, 1 yes, -1 no. */
    private int endorsed;

    private int firstPerson;

    /** The sentence's first "whoever" ({@link #whoever()}), or -1 when not yet looked for. */
    private int whoeverAt;

    /** Work done, for the linearity test: chars scanned plus token visits. */
    long ops;

    Analyzer(String src, Lexicon lex, boolean[] enabled, CustomTerms terms, Sink sink, boolean plainText) {
        this.src = src;
        this.chars = src.toCharArray();
        this.lex = lex;
        this.enabled = enabled;
        this.terms = terms;
        this.sink = sink;
        this.plainText = plainText;
    }

    /** The source's chars (shared, not copied: the caller must not change them). */
    char[] chars() {
        return chars;
    }

    /** Tokenizes the run {@code [from, to)} of the source into the current sentence. */
    void feed(int from, int to) {
        int i = from;
        ops += to - from;
        while (i < to) {
            char c = chars[i];
            if (c == ' ') {
                i++; // the most common char between words: no further tests
            } else if (isWordChar(c)) {
                i = word(i, to, false);
            } else if (c == '@' && i + 1 < to && isWordChar(chars[i + 1])) {
                i = word(i + 1, to, true);
            } else if (c == '.' && isAbbreviationStop(i)) {
                i++; // "Mr. Okonkwo", "e.g. a canary": not the end of the sentence
            } else if (c == '.' || c == '!' || c == '?') {
                i++;
                while (i < to && isSentenceEnd(chars[i])) {
                    i++;
                    ops++;
                }
                if (i < to && quote != 0 && closesQuote(chars[i])) {
                    i++; // "... notice?" ends the quotation with the sentence
                }
                endSentence();
            } else if (c == '"' || c == '\'' || (c >= '\u2018' && c <= '\u201D')) {
                quotationMark(i);
                i++;
            } else if (c == ','
                    || c == ';'
                    || c == ':'
                    || c == '('
                    || c == ')'
                    || c == '['
                    || c == ']'
                    || c == '\u2013'
                    || c == '\u2014'
                    || c == '|') {
                punct(i);
                i++;
            } else if (c == '\n' && plainText) {
                i = newline(i, to);
            } else {
                i++;
            }
        }
    }

    /**
     * Opens or closes a quotation at the mark {@code chars[i]} (an apostrophe inside a word never gets
     * here). Double marks open and close; a single mark opens before a word and closes an open single
     * quotation after one, else it is an apostrophe ("the engineers' runbook").
     */
    private void quotationMark(int i) {
        char c = chars[i];
        boolean wordBefore = i > 0 && isWordChar(chars[i - 1]);
        boolean wordAfter = i + 1 < chars.length && isWordChar(chars[i + 1]);
        if (c == '\u201C') {
            quote = quote == 0 ? c : quote;
        } else if (c == '\u201D') {
            quote = quote == '\u201C' ? 0 : quote;
        } else if (c == '"') {
            quote = quote == 0 ? c : quote == '"' ? 0 : quote;
        } else if (c == '\'' || c == '\u2018' || c == '\u2019') {
            if (quote == '\'' && !wordAfter) {
                quote = 0;
            } else if (quote == 0 && !wordBefore && wordAfter) {
                quote = '\'';
            }
        }
    }

    /**
     * Whether the full stop at {@code i} ends an abbreviation ({@link Words#ABBREVIATIONS}) written
     * right before it and is followed by a comma, or by a space and a word.
     */
    private boolean isAbbreviationStop(int i) {
        return n > 0
                && end[n - 1] == i
                && i + 2 < chars.length
                && (chars[i + 1] == ',' || (chars[i + 1] == ' ' && isWordChar(chars[i + 2])))
                && isOneOf(n - 1, ABBREVIATIONS);
    }

    private boolean closesQuote(char c) {
        return quote == '"' ? c == '"' : quote == '\u201C' ? c == '\u201D' : c == '\'' || c == '\u2019';
    }

    /** Adds one opaque token (inline code, a URL): a thing, never a person, never a trigger. */
    void opaque(int from, int to) {
        add(from, to, -1, 0, S_OPAQUE);
    }

    /** Ends the current block: the sentence in progress ends too. */
    void endBlock() {
        endSentence();
    }

    private static final byte[] ASCII_CLASS = new byte[128];
    private static final int LOWER = 1;
    private static final int UPPER = 2;
    private static final int DIGIT = 3;

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_CLASS[c] = (byte)
                    (c >= 'a' && c <= 'z' ? LOWER : c >= 'A' && c <= 'Z' ? UPPER : c >= '0' && c <= '9' ? DIGIT : 0);
        }
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_CLASS[c] != 0 : Character.isLetterOrDigit(c);
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    private int newline(int i, int to) {
        int j = i + 1;
        while (j < to && (chars[j] == ' ' || chars[j] == '\t' || chars[j] == '\r')) {
            j++;
            ops++;
        }
        if (j < to) {
            char d = chars[j];
            boolean bullet =
                    (d == '-' || d == '*' || d == '+' || d == '#' || d == '>') && (j + 1 >= to || chars[j + 1] == ' ');
            if (d == '\n' || bullet) {
                endSentence();
            }
        }
        return j;
    }

    private void punct(int at) {
        add(at, at + 1, -1, 0, S_PUNCT);
    }

    private int word(int i, int to, boolean handle) {
        char[] s = chars;
        int j = i;
        int h = 0;
        int apostrophe = -1;
        int hashBeforeApostrophe = 0;
        int seen = 0; // one bit per char class met: the word's shape is worked out after the loop
        while (j < to) {
            char c = s[j];
            int cls = classOf(c);
            if (cls != 0) {
                seen |= 1 << cls;
                h = h * 31 + (c >= 128 ? Lexicon.fold(c) : cls == UPPER ? c + 32 : c);
                j++;
            } else if (j > i
                    && j + 1 < to
                    && isWordChar(s[j + 1])
                    && (c == '\''
                            || c == '\u2019'
                            || c == '-'
                            || c == '_'
                            || c == '/'
                            || (handle && c == '.')
                            || ((c == '.' || c == ':') && isDigitOrLetterContext(j)))) {
                if ((c == '\'' || c == '\u2019') && apostrophe < 0) {
                    apostrophe = j;
                    hashBeforeApostrophe = h;
                }
                h = h * 31 + Lexicon.fold(c);
                j++;
            } else {
                break;
            }
        }
        ops += j - i + 1;
        if (!handle && j + 2 < to && chars[j] == ':' && chars[j + 1] == '/' && chars[j + 2] == '/') {
            int k = j;
            while (k < to && !Character.isWhitespace(chars[k])) {
                k++;
                ops++;
            }
            add(i, k, -1, 0, S_OPAQUE);
            return k;
        }
        int wid = lex.find(s, i, j, Lexicon.finish(h));
        int sh = 0;
        if (apostrophe > 0 && apostrophe == j - 2 && (chars[j - 1] == 's' || chars[j - 1] == 'S')) {
            sh |= S_POSSESSIVE;
            if (wid < 0) {
                wid = lex.find(s, i, apostrophe, Lexicon.finish(hashBeforeApostrophe));
            }
        }
        char first = chars[i];
        boolean upper = (seen & (1 << UPPER)) != 0;
        boolean lower = (seen & (1 << LOWER)) != 0;
        if (Character.isUpperCase(first)) {
            sh |= S_CAP;
            if (!lower && uppers(i, j) >= 2) {
                sh |= S_ALLCAPS;
            }
        }
        if (upper && lower && isCamel(i, j)) {
            sh |= S_CAMEL;
        }
        if ((seen & (1 << DIGIT)) != 0) {
            sh |= S_DIGIT;
        }
        if (handle) {
            sh |= S_HANDLE;
        }
        if (wid < 0) {
            sh |= suffixShape(i, (sh & S_POSSESSIVE) != 0 ? apostrophe : j);
        }
        int flags = lex.flags(wid);
        add(handle ? i - 1 : i, j, wid, flags, sh);
        return j;
    }

    private static int classOf(char c) {
        return c < 128 ? ASCII_CLASS[c] : isWordChar(c) ? (Character.isUpperCase(c) ? UPPER : LOWER) : 0;
    }

    /** The number of upper-case letters in the word {@code [from, to)}. */
    private int uppers(int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            if (classOf(chars[k]) == UPPER) {
                count++;
            }
        }
        return count;
    }

    /**
     * Whether the word {@code [from, to)} is camel case: an upper-case letter right after a run of at
     * least three lower-case letters ("redisClient", "PagerDuty"). Digits and connectors end a run.
     */
    private boolean isCamel(int from, int to) {
        int run = 0;
        for (int k = from; k < to; k++) {
            int cls = classOf(chars[k]);
            if (cls == LOWER) {
                run++;
            } else if (cls == UPPER) {
                if (run >= 3) {
                    return true;
                }
                run = 0;
            } else {
                run = 0;
            }
        }
        return false;
    }

    private boolean isDigitOrLetterContext(int j) {
        char prev = chars[j - 1];
        char next = chars[j + 1];
        if (chars[j] == ':') {
            return prev >= '0' && prev <= '9' && next >= '0' && next <= '9';
        }
        // '.' inside a word: "v1.4", "node.js", "10.0.0.1"; not "end.Next".
        return !Character.isUpperCase(next);
    }

    private int suffixShape(int from, int to) {
        int len = to - from;
        if (len < 4) {
            return 0;
        }
        char last = Lexicon.fold(chars[to - 1]);
        char before = Lexicon.fold(chars[to - 2]);
        switch (last) {
            case 'd':
                return before == 'e' ? S_ED : 0;
            case 'y':
                if (before == 'l') {
                    return S_LY;
                }
                if (len >= 5 && endsWith(to, "ity")) {
                    return S_THING_SUFFIX;
                }
                // "-ogy" ends in 'y' too: checked here, the default branch never sees it.
                return len >= 6 && endsWith(to, "ogy") ? S_THING_SUFFIX : 0;
            case 'n':
                return len >= 6 && (endsWith(to, "tion") || endsWith(to, "sion")) ? S_THING_SUFFIX : 0;
            case 't':
                return len >= 6 && endsWith(to, "ment") ? S_THING_SUFFIX : 0;
            case 'e':
                return len >= 6 && endsWith(to, "ware") ? S_THING_SUFFIX : 0;
            case 'm':
                return len >= 5 && endsWith(to, "ism") ? S_THING_SUFFIX : 0;
            case 's':
                if (len >= 6 && endsWith(to, "ness")) {
                    return S_THING_SUFFIX;
                }
                if (len >= 5 && endsWith(to, "ics")) {
                    return S_THING_SUFFIX;
                }
                // Plural-looking: "-es", or "-s" after t, k, p, d, g, m ("Timeouts", "Locks", "Logs");
                // names such as Lars, Jens, Nils, Carlos, Jonas, Idris stay names.
                return before == 'e'
                                || before == 't'
                                || before == 'k'
                                || before == 'p'
                                || before == 'd'
                                || before == 'g'
                                || before == 'm'
                        ? S_PLURAL
                        : 0;
            default:
                return 0;
        }
    }

    private boolean endsWith(int to, String suffix) {
        int from = to - suffix.length();
        for (int k = 0; k < suffix.length(); k++) {
            if (Lexicon.fold(chars[from + k]) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private void add(int s, int e, int wid, int flags, int sh) {
        if (n == MAX_TOKENS) {
            endSentence();
        }
        start[n] = s;
        end[n] = e;
        id[n] = wid;
        fl[n] = flags;
        shape[n] = quote == 0 ? sh : sh | S_QUOTED;
        int t = lex.trigger(wid);
        trig[n] = t;
        triggers |= t;
        n++;
    }

    // ---------------------------------------------------------------------------------------------
    // Sentence analysis.

    private void endSentence() {
        if (n > 0) {
            ops += n;
            // Every rule starts at a trigger word (or a custom term): most sentences have none.
            if (triggers != 0 || terms.hasTerms()) {
                analyze();
            }
        }
        n = 0;
        triggers = 0;
        quote = 0;
        endorsed = 0;
    }

    private void analyze() {
        int cs = 0;
        int neg = -1;
        for (int k = 0; k < n; k++) {
            if ((shape[k] & S_PUNCT) != 0) {
                cs = k + 1;
                neg = -1;
            } else if ((fl[k] & BOUNDARY) != 0 && k > 0 && !(id[k] == W_SINCE && (fl[k - 1] & (HAVE | HAD)) != 0)) {
                // not "since" right after "has": "has since been disciplined" is one clause
                cs = k;
                neg = -1;
            } else if ((fl[k] & CONJ) != 0 && k + 1 < n && startsNewSubject(k + 1)) {
                cs = k + 1;
                neg = -1;
            }
            clauseStart[k] = Math.min(cs, k);
            lastNeg[k] = neg;
            if ((fl[k] & NEGATOR) != 0) {
                neg = k;
            }
        }
        Arrays.fill(person, 0, n, (byte) 0);
        firstPerson = -1;
        whoeverAt = -1;
        for (int k = 0; k < n; k++) {
            current = k;
            if (trig[k] != 0) {
                ops++;
                rule(k, trig[k]);
            }
            if (terms.hasTerms() && id[k] >= 0) {
                customTerms(k);
            }
        }
    }

    private boolean startsNewSubject(int k) {
        int f = fl[k];
        return (f & (DET | PERSON_PRONOUN | PERSON_NOUN | NAME)) != 0
                || ((shape[k] & (S_CAP | S_HANDLE)) != 0 && (f & (AUX | ADVERB | VERB)) == 0);
    }

    /** Whether token k is a person: a participant, handle, personal pronoun, role noun or a name. */
    boolean isPerson(int k) {
        if (k < 0 || k >= n) {
            return false;
        }
        byte cached = person[k];
        if (cached != 0) {
            return cached > 0;
        }
        boolean result = computePerson(k);
        person[k] = (byte) (result ? 1 : -1);
        return result;
    }

    private boolean computePerson(int k) {
        ops++;
        int f = fl[k];
        int sh = shape[k];
        if ((f & NAME) != 0 || (sh & S_HANDLE) != 0) {
            return true;
        }
        if ((f & PERSON_PRONOUN) != 0) {
            return true;
        }
        if (id[k] == W_ONE && k > 0 && id[k - 1] == W_NO) {
            return true;
        }
        if ((f & PERSON_NOUN) != 0) {
            return true;
        }
        if (isNameContinuation(k)) {
            return true;
        }
        if ((f & KNOWN) != 0 || (sh & (S_OPAQUE | S_DIGIT | S_CAMEL | S_ALLCAPS | S_PUNCT)) != 0) {
            return false;
        }
        if ((sh & S_CAP) == 0) {
            return chatName(k);
        }
        if (k == 0 || (shape[k - 1] & S_PUNCT) != 0) {
            // A capitalised unknown word at the start of a sentence: a name unless it looks like a thing.
            return (sh & (S_THING_SUFFIX | S_PLURAL | S_LY)) == 0;
        }
        return true;
    }

    /**
     * Endings of common nouns and tool names that are rare in given names: "rollout", "pgbouncer",
     * "healthcheck", "haproxy", "graphql".
     */
    private static final String[] NOUN_ENDINGS = {
        "er", "or", "ing", "ion", "out", "age", "ure", "ism", "ist", "ics", "ogy", "ware", "ment", "ness", "ity",
        "ance", "ence", "ship", "back", "over", "up", "log", "base", "file", "line", "ck", "sh", "tch", "ry", "cy",
        "gy", "fix", "box", "set", "map", "port", "list", "load", "path", "ue", "um", "us", "ix", "ex", "ax", "xy",
        "ql", "db", "js", "io", "ps", "fs"
    };

    /**
     * A lower-case given name in chat ("smh priya ignored the canary alerts", "if only jamal had
     * checked", "10:42 ok found it, kenji pushed to main"): an unknown lower-case word of letters only,
     * 3 to 10 of them, with no common-noun ending, that opens a message or clause (after a timestamp,
     * a comma, an interjection or "if (only)") and comes right before a past failure or choice verb or
     * "had". It cannot be a common noun there: a noun would need a determiner ("the canary had").
     */
    private boolean chatName(int k) {
        int sh = shape[k];
        if (id[k] >= 0 || k + 1 >= n || (sh & ~S_POSSESSIVE) != 0) {
            return false;
        }
        int t = trig[k + 1];
        boolean verb = t == T_FAILURE_VERB
                || t == T_FORGET
                || t == T_UP_VERB
                || t == T_FAIL
                || (fl[k + 1] & HAD) != 0
                || (((shape[k + 1] & S_ED) != 0 || (fl[k + 1] & VERB) != 0) && isOneOf(k + 1, CHOICE_VERBS));
        if (!verb) {
            return false;
        }
        boolean opens = k == 0
                || (shape[k - 1] & (S_PUNCT | S_DIGIT)) != 0
                || id[k - 1] == W_IF
                || (id[k - 1] == W_ONLY && is(k - 2, W_IF))
                || isInterjection(k - 1);
        if (!opens) {
            return false;
        }
        int length = end[k] - start[k];
        if (length < 3 || length > 10) {
            return false;
        }
        for (int c = start[k]; c < end[k]; c++) {
            if (chars[c] < 'a' || chars[c] > 'z') {
                return (sh & S_POSSESSIVE) != 0 && c >= end[k] - 2; // "priya's"
            }
        }
        for (String ending : NOUN_ENDINGS) {
            if (length > ending.length() + 1 && endsWith(end[k], ending)) {
                return false;
            }
        }
        return true;
    }

    /** A capitalised word right after a name, such as "An" in "Nguyen Van An": part of the name. */
    private boolean isNameContinuation(int k) {
        return k > 0
                && (shape[k] & S_CAP) != 0
                && (shape[k] & S_ALLCAPS) == 0
                && (fl[k] & (PERSON_PRONOUN | AUX | MODAL)) == 0
                && (shape[k - 1] & S_CAP) != 0
                && (fl[k - 1] & (KNOWN | PERSON_NOUN)) == 0
                && (shape[k - 1] & (S_PUNCT | S_ALLCAPS | S_CAMEL | S_DIGIT)) == 0
                && isPerson(k - 1);
    }

    private boolean isWe(int k) {
        return k >= 0 && (fl[k] & WE) != 0;
    }

    private boolean negated(int k) {
        return lastNeg[k] >= clauseStart[k] && lastNeg[k] >= 0;
    }

    private boolean negatedAround(int k) {
        if (negated(k)) {
            return true;
        }
        return k + 1 < n && (fl[k + 1] & (NEGATOR)) != 0 && (fl[k + 1] & AUX) == 0;
    }

    private boolean skippable(int k) {
        int f = fl[k];
        if ((f & (ADVERB | AUX | MODAL)) != 0 || (id[k] == W_SINCE && has(k - 1, HAVE | HAD))) {
            return true;
        }
        if ((f & NEGATOR) != 0 && (f & (PERSON_PRONOUN | DET)) == 0) {
            return true;
        }
        return (f & KNOWN) == 0 && (shape[k] & S_LY) != 0 && (shape[k] & S_CAP) == 0;
    }

    /**
     * The head of the subject of the verb at k: skips adverbs, auxiliaries and negation to the left;
     * follows "and"/"then" back to the clause's first noun phrase; steps over "on call". -1 if none.
     */
    int subjectOf(int k) {
        return subjectOf(k, true);
    }

    /** {@link #subjectOf(int)}; {@code followOne}: whether "the one who" may lead to the copula's subject. */
    private int subjectOf(int k, boolean followOne) {
        int cs = clauseStart[k];
        int j = k - 1;
        int steps = 0;
        while (j >= cs && steps < WINDOW && skippable(j)) {
            j--;
            steps++;
            ops++;
        }
        if (cs < k && id[cs] == W_WHO && !complementBefore(cs, j)) {
            // "the engineer who deployed the hotfix forgot": the antecedent; "Who forgot?": who
            if (cs == 0 || (shape[cs - 1] & S_PUNCT) != 0 || isInterjection(cs - 1)) {
                return cs; // also "lol who fat-fingered the config"
            }
            return followOne && id[cs - 1] == W_ONE ? theOneWho(cs - 1) : cs - 1;
        }
        if (j < cs) {
            // "Tendai, our newest SRE, forgot": the verb right after an appositive
            if (cs == k
                    && cs >= 2
                    && (shape[cs - 1] & S_PUNCT) != 0
                    && chars[start[cs - 1]] == ','
                    && (fl[cs - 2] & (PREP | DET | AUX | VERB)) == 0
                    && (shape[cs - 2] & (S_ED | S_PUNCT)) == 0) {
                return cs - 2;
            }
            return -1;
        }
        if ((fl[j] & CONJ) != 0) {
            return firstNounPhraseHead(cs, j);
        }
        if ((fl[j] & POST_MODIFIER) != 0 && j - 2 >= cs && (id[j - 1] == W_ON || id[j - 1] == W_IN)) {
            j -= 2;
        }
        if ((shape[j] & S_PUNCT) != 0 || ((fl[j] & (PREP | DET)) != 0 && !isNameContinuation(j))) {
            return -1;
        }
        int head = skipPrepositionalModifiers(j, cs);
        // "the engineer responsible", "the individual involved": the person before the adjective
        if (head > cs && (fl[head] & (PERSON_NOUN | SYSTEM_NOUN | NAME)) == 0 && isPerson(head - 1)) {
            if (isOneOf(head, POSTPOSED)) {
                return head - 1;
            }
        }
        // "whoever approved that PR didn't bother": the free relative before the verb is the subject
        if (head > cs && !isPerson(head)) {
            int whoever = whoever();
            if (whoever >= cs && whoever < head && head - whoever <= WINDOW) {
                return whoever;
            }
        }
        return head;
    }

    /** The sentence's first "whoever", or {@code n}; found once per sentence. */
    private int whoever() {
        if (whoeverAt < 0) {
            whoeverAt = n;
            for (int j = 0; j < n; j++) {
                ops++;
                if (id[j] == W_WHOEVER) {
                    whoeverAt = j;
                    break;
                }
            }
        }
        return whoeverAt;
    }

    /** Chat interjections that open a message: "lol who broke it", "smh priya ignored the alert". */
    private static final java.util.Set<String> INTERJECTIONS = java.util.Set.of(
            "lol",
            "lmao",
            "omg",
            "ugh",
            "ok",
            "okay",
            "so",
            "wow",
            "seriously",
            "honestly",
            "srsly",
            "welp",
            "hmm",
            "ffs",
            "smh",
            "wtf",
            "haha",
            "um",
            "uh",
            "hey",
            "anyway",
            "ngl",
            "tbh",
            "fyi",
            "yeah",
            "yep",
            "oof",
            "sigh",
            "jeez",
            "geez");

    /** Whether token k is a chat interjection that opens its message or clause. */
    private boolean isInterjection(int k) {
        return k >= 0
                && (k == 0 || (shape[k - 1] & (S_PUNCT | S_DIGIT)) != 0 || isInterjection(k - 1) && k < 3)
                && isOneOf(k, INTERJECTIONS);
    }

    /** Adjectives that follow the person they describe: "the engineer responsible", "the individual involved". */
    private static final java.util.Set<String> POSTPOSED = java.util.Set.of("responsible", "involved", "concerned");

    /**
     * Whether a that-clause opens between "who" at {@code who} and the head candidate {@code j}: in "the
     * customer who wrote that your ops people clearly don't know", the subject of "know" is "people",
     * not the antecedent of "who". A "that" right after a verb ("wrote", "said", "claimed") and before
     * a determiner, a pronoun or a name.
     */
    private boolean complementBefore(int who, int j) {
        for (int t = who + 2; t < j; t++) {
            if (id[t] == W_THAT
                    && ((fl[t - 1] & VERB) != 0 || (shape[t - 1] & S_ED) != 0 || isOneOf(t - 1, REPORTING))
                    && ((fl[t + 1] & (DET | PERSON_PRONOUN)) != 0 || (shape[t + 1] & S_CAP) != 0)) {
                return true; // not "who wrote that script": "that" before a bare noun is its determiner
            }
        }
        return false;
    }

    /**
     * The antecedent of "who" when it is "one" ({@code one}): in "Greg is the one who broke it", "she
     * was the only one who missed it", the subject of the copula; -1 when the copula is negated ("Dana
     * was not the one who broke it"); otherwise "one" itself, which is no person.
     */
    private int theOneWho(int one) {
        int the = one - 1;
        if (is(the, W_ONLY) || is(the, W_FIRST) || is(the, W_LAST)) {
            the--;
        }
        if (!is(the, W_THE) || the < 1) {
            return one;
        }
        int be = the - 1;
        if ((fl[be] & NEGATOR) != 0) {
            return -1;
        }
        return (fl[be] & BE) != 0 ? subjectOf(be, false) : one;
    }

    private boolean isNominal(int k) {
        return (fl[k] & (AUX | MODAL | VERB | PREP | BOUNDARY | CONJ | DET | ADVERB)) == 0
                && (shape[k] & S_PUNCT) == 0
                && ((fl[k] & KNOWN) != 0 || (shape[k] & (S_ED | S_LY)) == 0);
    }

    /**
     * "A race condition in the lock manager caused": the head is "condition", not "manager". Walks
     * back over a noun phrase that is the object of a preposition to the noun it modifies, at most
     * three times; not after "one of", "some of" and the like, where the object is the subject.
     */
    private int skipPrepositionalModifiers(int head, int cs) {
        int j = head;
        for (int hop = 0; hop < 3; hop++) {
            int p = j - 1;
            int steps = 0;
            while (p >= cs && steps < WINDOW && isNominal(p)) {
                p--;
                steps++;
                ops++;
            }
            while (p >= cs && (fl[p] & DET) != 0 && (fl[p] & PERSON_PRONOUN) == 0) {
                p--;
            }
            if (p - 1 < cs || (fl[p] & PREP) == 0 || !isNominal(p - 1)) {
                return j;
            }
            if (id[p] == W_OF && (fl[p - 1] & (KNOWN | DET)) != 0 && (fl[p - 1] & (PERSON_NOUN | SYSTEM_NOUN)) == 0) {
                return j; // "one of the reviewers missed"
            }
            j = p - 1;
        }
        return j;
    }

    /** The head of the first noun phrase in {@code [from, limit)}, or -1. */
    int firstNounPhraseHead(int from, int limit) {
        int j = from;
        int last = -1;
        int steps = 0;
        while (j < limit && j < n && steps < WINDOW) {
            steps++;
            ops++;
            int f = fl[j];
            int sh = shape[j];
            if ((sh & S_PUNCT) != 0) {
                if (last >= 0) {
                    break;
                }
                j++;
                continue;
            }
            if ((f & (DET | BOUNDARY | CONJ)) != 0 && (f & PERSON_PRONOUN) == 0 || (sh & S_POSSESSIVE) != 0) {
                if (last >= 0 && (f & DET) != 0) {
                    break;
                }
                j++;
                continue;
            }
            if (last < 0 && (f & ADVERB) != 0) {
                j++;
                continue;
            }
            if ((f & (AUX | MODAL | PREP | ADVERB | VERB)) != 0
                    || ((f & KNOWN) == 0 && (sh & (S_ED | S_LY)) != 0 && last >= 0)) {
                if (last < 0 && (f & PREP) != 0) {
                    return -1;
                }
                if ((f & NEGATOR) != 0 && (f & PERSON_PRONOUN) != 0) {
                    return j;
                }
                break;
            }
            if (last >= 0
                    && (fl[last] & PERSON_NOUN) != 0
                    && (f & (PERSON_NOUN | SYSTEM_NOUN | NAME)) == 0
                    && (sh & S_CAP) == 0) {
                break; // "the on-call roll back": a role noun followed by an unknown word, likely a verb
            }
            if (last >= 0 && trig[j] == T_OMITTED_CHECK && (sh & S_CAP) == 0 && isPerson(last)) {
                break; // "Priya tested", "the on-call check": a check a person makes, used as a verb
            }
            last = j;
            if ((f & PERSON_PRONOUN) != 0) {
                break;
            }
            j++;
        }
        return last;
    }

    private boolean personBefore(int k) {
        if (firstPerson < 0) {
            firstPerson = n;
            for (int j = 0; j < n; j++) {
                if (isPerson(j)) {
                    firstPerson = j;
                    break;
                }
            }
        }
        return firstPerson < k;
    }

    private boolean personWithin(int from, int to) {
        for (int j = Math.max(from, 0); j < Math.min(to, n); j++) {
            ops++;
            if (isPerson(j)) {
                return true;
            }
        }
        return false;
    }

    private void emit(LintRule rule, int from, int to) {
        if ((shape[current] & S_QUOTED) != 0 && !endorsesQuotes()) {
            return; // the trigger word is quoted, and the author does not make it theirs: a mention
        }
        sink.accept(rule.ordinal(), start[from], end[to]);
    }

    /**
     * Whether the sentence, outside its quotations, makes them the author's own: a quotation right
     * after "is" or "was" that no reporting verb ("said", "claimed", "called") introduces, "..., and we agree",
     * "a characterisation this review supports", "..., which is what caused the regression", "... is
     * the root cause", "... led to the outage"; not after a negation ("no evidence supports that").
     * Computed once per sentence.
     */
    private boolean endorsesQuotes() {
        if (endorsed == 0) {
            endorsed = -1;
            boolean reported = false;
            for (int k = 0; k < n && endorsed < 0; k++) {
                ops++;
                if ((shape[k] & S_QUOTED) != 0) {
                    if (!reported && k > 0 && (shape[k - 1] & S_QUOTED) == 0 && (fl[k - 1] & BE) != 0) {
                        endorsed = 1; // "The root cause was 'human error'": the author says it is
                    }
                } else if (isEndorsing(k) && !negatedWithin(k, 3)) {
                    endorsed = 1;
                } else if (isOneOf(k, REPORTING)) {
                    reported = true; // "a comment claimed the outage was 'human error'": someone else says it
                }
            }
        }
        return endorsed > 0;
    }

    private boolean isOneOf(int k, int[] words) {
        int w = id[k];
        if (w >= 0) {
            for (int e : words) {
                if (w == e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.Set<String> HAPPENED = java.util.Set.of("happened");

    private boolean isEndorsing(int k) {
        int w = id[k];
        if (isOneOf(k, ENDORSING)) {
            return true;
        }
        return w == W_CAUSED
                || (w == W_CAUSE && is(k - 1, W_ROOT))
                || (w == W_LED && is(k + 1, W_TO))
                || (is(k - 1, W_WHAT) && isOneOf(k, HAPPENED)); // "..., and that is exactly what happened"
    }

    /** Whether one of the {@code window} tokens before {@code k} is a negator. */
    private boolean negatedWithin(int k, int window) {
        for (int j = Math.max(0, k - window); j < k; j++) {
            if ((fl[j] & NEGATOR) != 0) {
                return true;
            }
        }
        return false;
    }

    private boolean on(LintRule rule) {
        return enabled[rule.ordinal()];
    }

    private boolean is(int k, int wordId) {
        return k >= 0 && k < n && id[k] == wordId;
    }

    private boolean has(int k, int flag) {
        return k >= 0 && k < n && (fl[k] & flag) != 0;
    }

    private void rule(int k, int trig) {
        switch (trig) {
            case T_ERROR -> {
                if ((id[k] == W_MISTAKE && is(k - 1, W_BY)) || (id[k] == W_ERROR && is(k - 1, W_IN))) {
                    byMistake(k);
                } else {
                    humanError(k, false);
                }
            }
            case T_SLIP -> {
                if (is(k + 1, W_THROUGH) || (k + 1 < n && isOneOf(k + 1, PAST))) {
                    letSlip(k);
                } else {
                    humanError(k, true);
                }
            }
            case T_HASTY -> hasty(k);
            case T_ASLEEP -> {
                // "Tomás was asleep at the wheel"; "was asleep when the page came" is a fact
                if (on(LintRule.JUDGEMENT)
                        && !negated(k)
                        && is(k + 1, W_AT)
                        && has(k + 2, DET)
                        && k + 3 < n
                        && isOneOf(k + 3, WHEEL)) {
                    int subject = subjectOf(k);
                    if (isPerson(subject) && !isWe(subject)) {
                        emit(LintRule.JUDGEMENT, k, k + 3);
                    }
                }
            }
            case T_WORSE -> madeWorse(k);
            case T_ACCIDENT -> {
                if (is(k - 1, W_BY)) {
                    byMistake(k);
                }
            }
            case T_HUMAN_ERROR -> {
                if (on(LintRule.HUMAN_ERROR) && !negated(k) && !mention(k, k) && !checklistPrompt(k, k)) {
                    emit(LintRule.HUMAN_ERROR, k, k);
                }
            }
            case T_FAULT -> fault(k);
            case T_BLAME -> blame(k);
            case T_CULPRIT -> {
                if (on(LintRule.BLAME_ATTRIBUTION) && !negated(k) && (personBefore(k) || personWithin(k + 1, n))) {
                    emit(LintRule.BLAME_ATTRIBUTION, k, k);
                }
            }
            case T_RESPONSIBLE -> responsible(k);
            case T_JUDGE -> judge(k);
            case T_POOR -> {
                wrongChoice(k);
                if (on(LintRule.JUDGEMENT) && !negated(k)) {
                    int j = is(k + 1, W_OF) || is(k + 1, W_IN) ? k + 2 : k + 1;
                    if (is(j, W_JUDGEMENT) || is(j, W_JUDGMENT)) {
                        emit(LintRule.JUDGEMENT, k, j);
                    }
                }
            }
            case T_DILIGENCE -> {
                if (on(LintRule.JUDGEMENT)) {
                    for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
                        if (is(j, W_LACK)
                                || is(j, W_LACKED)
                                || is(j, W_LACKING)
                                || is(j, W_LACKS)
                                || is(j, W_WITHOUT)
                                || is(j, W_NO)) {
                            emit(LintRule.JUDGEMENT, j, k);
                            break;
                        }
                    }
                }
            }
            case T_MODAL -> modal(k);
            case T_IF -> conditional(k);
            case T_HAD -> hadInversion(k);
            case T_WHY -> why(k);
            case T_FAIL -> {
                if (is(k + 1, W_TO)) {
                    personFailure(k, k + 1);
                }
            }
            case T_FORGET -> {
                // "forget" only as "forget to"; the past forms on their own.
                if (!is(k, idOf("forget")) || is(k + 1, W_TO)) {
                    personFailure(k, k);
                }
            }
            case T_FAILURE_VERB -> personFailure(k, k);
            case T_UP_VERB -> {
                int up = findAhead(k, W_UP, 3);
                if (up > 0) {
                    personFailure(k, up);
                }
            }
            case T_TAKE -> {
                int down = findAhead(k, W_DOWN, 5);
                if (down > 0) {
                    personFailure(k, down);
                }
            }
            case T_MISTAKENLY -> personFailure(k, k);
            case T_FAILURE_NOUN -> failureNoun(k);
            case T_CONSEQUENCES -> {
                // "the engineer will face consequences"
                int j = k - 1;
                if (has(j, DET) || (j >= 0 && id[j] >= 0 && lex.word(id[j]).equals("disciplinary"))) {
                    j--;
                }
                if (on(LintRule.PUNITIVE)
                        && j >= 0
                        && id[j] >= 0
                        && lex.word(id[j]).startsWith("fac")
                        && !negated(j)) {
                    emit(LintRule.PUNITIVE, j, k);
                }
            }
            case T_BOTHER -> bother(k);
            case T_OMITTED_CHECK -> {
                checkOwnWork(k);
                omittedCheck(k);
            }
            case T_WRONG -> wrongChoice(k);
            case T_WITHOUT -> without(k);
            case T_SKIPPED_CHECK, T_RUN -> {
                personNotChecking(k);
                if (trig == T_RUN) {
                    knowWhatDoing(k);
                }
            }
            case T_SLOW -> {
                // "the on-call was slow to respond": judging a person's speed, not a system's
                int be = is(k - 1, W_TOO) ? k - 2 : k - 1; // "was too slow to acknowledge"
                if (on(LintRule.JUDGEMENT) && !negated(k) && is(k + 1, W_TO) && has(be, AUX)) {
                    int subject = subjectOf(be + 1);
                    if (isPerson(subject) && !isWe(subject)) {
                        emit(LintRule.JUDGEMENT, k, k + 1);
                    }
                }
            }
            case T_CAUSE -> cause(k);
            case T_HINDSIGHT -> hindsightAdverb(k);
            case T_JUST -> justHadTo(k);
            case T_ALL -> allHadToDo(k);
            case T_ANYONE -> anyoneCouldSee(k);
            case T_ANY -> {
                if (on(LintRule.HINDSIGHT) && has(k + 1, COMPETENT) && has(k + 2, PERSON_NOUN)) {
                    emit(LintRule.HINDSIGHT, k, k + 2);
                }
            }
            case T_OBVIOUS -> {
                if (on(LintRule.HINDSIGHT) && is(k + 1, W_TO) && isPerson(k + 2)) {
                    emit(LintRule.HINDSIGHT, k, k + 2);
                }
            }
            case T_REPRIMAND -> {
                if (on(LintRule.PUNITIVE) && !negated(k)) {
                    emit(LintRule.PUNITIVE, k, k);
                }
            }
            case T_DISCIPLINED -> {
                // "was disciplined", "has been formally disciplined"
                if (on(LintRule.PUNITIVE) && !negated(k) && auxBefore(k) >= 0 && isPerson(subjectOf(k))) {
                    emit(LintRule.PUNITIVE, k, k);
                }
            }
            case T_FIRED -> {
                if (on(LintRule.PUNITIVE) && !negated(k) && auxBefore(k) >= 0) {
                    int subject = subjectOf(k);
                    if (isPerson(subject)) {
                        emit(LintRule.PUNITIVE, k, k);
                    }
                }
            }
            case T_ACCOUNTABLE -> {
                if (on(LintRule.PUNITIVE) && !negated(k)) {
                    for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
                        if (has(j, HOLD)) {
                            emit(LintRule.PUNITIVE, j, k);
                            break;
                        }
                    }
                }
            }
            case T_CAREFUL -> {
                // "the engineer was not careful enough", "nobody was careful": a judgement
                if (on(LintRule.JUDGEMENT)
                        && negated(k)
                        && has(k - 1, BE) == false
                        && has(k - 1, AUX | NEGATOR)
                        && isPerson(subjectOf(lastNeg[k]))) {
                    emit(LintRule.JUDGEMENT, lastNeg[k], is(k + 1, W_ENOUGH) ? k + 1 : k);
                }
                if (on(LintRule.PUNITIVE) && is(k - 1, W_MORE)) {
                    int j = k - 2;
                    if (j >= 0 && isOneOf(j, INTENSIFIERS)) {
                        j -= j > 0 && isOneOf(j - 1, INTENSIFIERS) ? 2 : 1; // "much", "a lot", "a bit"
                    }
                    int subject = has(j, BE) || has(j, PAY) ? subjectOf(j) : -1;
                    if ((has(j, BE) || has(j, PAY)) && (subject < 0 || isPerson(subject))) {
                        emit(LintRule.PUNITIVE, j, k); // not "the proxy should be more careful"
                    }
                }
            }
            case T_WRITTEN -> {
                writtenUp(k);
                formalWarning(k);
            }
            case T_FORMAL -> formalWarning(k);
            case T_REMINDED -> reminded(k);
            case T_RETRAIN -> retraining(k);
            case T_ADDRESSED -> addressedWith(k);
            case T_JUDGEMENT_NOUN -> betterJudgement(k);
            case T_ACCOUNTABILITY -> accountability(k);
            case T_WATCH -> onWatch(k);
            case T_BASE_FAILURE -> baseFailure(k);
            case T_IDEA -> goodIdea(k);
            case T_INATTENTION -> inattention(k);
            case T_CAUSE_NOUN -> personIsCause(k);
            case T_JOB -> notDoingJob(k);
            case T_CLASSIC -> {
                // "classic intern move", "typical dev mistake": a judgement of the kind of person
                if (on(LintRule.JUDGEMENT)
                        && !negated(k)
                        && has(k + 1, PERSON_NOUN)
                        && k + 2 < n
                        && isOneOf(k + 2, TYPICAL_OF)) {
                    emit(LintRule.JUDGEMENT, k, k + 2);
                }
            }
            case T_QUALITY -> lackOf(k);
            case T_ON -> isOnPerson(k);
            case T_ATTENTION -> {
                lackOf(k);
                // "pay more attention", "pay closer attention"
                int j = k - 1;
                if (is(j, W_MORE) || (j >= 0 && id[j] < 0 && endsWith(end[j], "er"))) {
                    j--;
                }
                if (on(LintRule.PUNITIVE) && j < k - 1 && has(j, PAY) && !negated(j)) {
                    emit(LintRule.PUNITIVE, j, k);
                }
            }
            case T_BALL -> {
                if (on(LintRule.PUNITIVE) && is(k - 1, W_THE) && has(k - 2, DROP) && !negated(k - 2)) {
                    emit(LintRule.PUNITIVE, k - 2, k);
                }
            }
            default -> {}
        }
    }

    /**
     * The auxiliary before the participle at {@code k}, over at most two adverbs ("was disciplined",
     * "has been formally disciplined", "was later fired"), or -1.
     */
    private int auxBefore(int k) {
        int j = k - 1;
        for (int steps = 0; j >= 0 && steps < 2 && isAdverb(j); steps++) {
            j--;
        }
        return has(j, AUX) ? j : -1;
    }

    /** An adverb: a listed one, or an unknown lower-case word in "-ly" ("formally", "quietly"). */
    private boolean isAdverb(int k) {
        return (fl[k] & ADVERB) != 0 || ((fl[k] & KNOWN) == 0 && (shape[k] & (S_LY | S_CAP)) == S_LY);
    }

    /** Whether a person other than "we" is among the tokens {@code [from, to)}. */
    private boolean otherPersonWithin(int from, int to) {
        for (int j = Math.max(from, 0); j < Math.min(to, n); j++) {
            ops++;
            if (isPerson(j) && !isWe(j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Kim was written up", "anyone who merges without approval will be written up": a written
     * reprimand, the passive "written up" with a person as subject; "the incident was written up by
     * Kim" and "Kim wrote up the timeline" are left alone.
     */
    private void writtenUp(int k) {
        if (!on(LintRule.PUNITIVE) || !is(k + 1, W_UP) || negated(k) || auxBefore(k) < 0) {
            return;
        }
        int subject = subjectOf(k);
        if (isPerson(subject) && !isWe(subject)) {
            emit(LintRule.PUNITIVE, k, k + 1);
        }
    }

    private static final java.util.Set<String> WARNINGS = java.util.Set.of("warning", "warnings");

    /**
     * "A written warning was issued to the on-call", "Sandeep received a verbal warning": a warning of
     * the disciplinary kind (written, formal, verbal) with a person, other than "we", at most {@link
     * #WINDOW} tokens away. Not a warning a tool prints ("the linter prints a formal warning"), a
     * compound ("a formal warning threshold") or a negation ("no written warning was given").
     */
    private void formalWarning(int k) {
        if (!on(LintRule.PUNITIVE)
                || k + 1 >= n
                || !isOneOf(k + 1, WARNINGS)
                || has(k + 2, ERROR_COMPOUND | SYSTEM_NOUN)
                || negated(k)) {
            return;
        }
        if (otherPersonWithin(k - WINDOW, k) || otherPersonWithin(k + 2, k + 2 + WINDOW)) {
            emit(LintRule.PUNITIVE, k, k + 1);
        }
    }

    /** What a person is reminded or told to do: follow a process, read a runbook, be careful. */
    private static final java.util.Set<String> COMPLY = java.util.Set.of(
            "follow",
            "read",
            "check",
            "double-check",
            "verify",
            "test",
            "review",
            "respect",
            "adhere",
            "obey",
            "consult",
            "be",
            "pay",
            "take");

    /**
     * "Ahmed will be reminded to follow the change process", "Keiko has been reminded of the freeze",
     * "operators will be told to read the runbook": a person admonished to comply, the passive with a
     * person as subject; "told" and "instructed" only in the future or with a modal ("will be told"),
     * as in the past they narrate the response ("the on-call was told to restart it"). Not a reminder
     * from a thing ("reminded to check the lag by a daily bot"), a negation or "we".
     */
    private void reminded(int k) {
        if (!on(LintRule.PUNITIVE) || negated(k)) {
            return;
        }
        int be = auxBefore(k);
        if (be < 0 || (fl[be] & BE) == 0) {
            return;
        }
        boolean reminded = lex.word(id[k]).equals("reminded");
        if (!reminded) {
            int modal = be - 1;
            if (modal >= 0 && isAdverb(modal)) {
                modal--;
            }
            if (!has(modal, MODAL)) {
                return;
            }
        }
        int last;
        if (reminded && is(k + 1, W_OF)) {
            last = k + 1;
        } else if (is(k + 1, W_TO)) {
            last = k + 2;
            if (last < n && isAdverb(last)) {
                last++; // "reminded to always follow"
            }
            if (last >= n || !isOneOf(last, COMPLY)) {
                return;
            }
        } else {
            return;
        }
        for (int j = last + 1; j < Math.min(n, last + 1 + WINDOW); j++) {
            ops++;
            if (id[j] == W_BY) {
                int agent = firstNounPhraseHead(j + 1, Math.min(n, j + 1 + WINDOW));
                if (agent >= 0 && !isPerson(agent)) {
                    return; // "reminded to check the lag by a daily bot"
                }
            }
        }
        int subject = subjectOf(k);
        if (isPerson(subject) && !isWe(subject)) {
            emit(LintRule.PUNITIVE, k, last);
        }
    }

    /** Words before "retraining" that send a person to it: "undergo retraining", "pending retraining". */
    private static final java.util.Set<String> RETRAINING_CONTEXT = java.util.Set.of(
            "undergo",
            "undergoes",
            "underwent",
            "undergone",
            "undergoing",
            "attend",
            "attends",
            "attended",
            "complete",
            "completes",
            "completed",
            "receive",
            "receives",
            "received",
            "pending",
            "mandatory",
            "remedial",
            "required",
            "requires",
            "require",
            "additional",
            "for");

    /**
     * Retraining a person as a consequence: "the individual responsible will undergo retraining", "was
     * removed from the rotation pending retraining", "both reviewers were retrained", "we will retrain
     * the engineer". Not a model or a job ("the ranking model will undergo retraining", "model
     * retraining jobs", "retraining of the classifier"), "we" as the one retrained, or a negation.
     */
    private void retraining(int k) {
        if (!on(LintRule.PUNITIVE) || negated(k)) {
            return;
        }
        String w = lex.word(id[k]);
        if (w.endsWith("ed")) {
            int be = auxBefore(k);
            if (be >= 0 && (fl[be] & BE) != 0) {
                int subject = subjectOf(k);
                if (isPerson(subject) && !isWe(subject)) {
                    emit(LintRule.PUNITIVE, k, k);
                }
                return;
            }
        }
        if (!w.endsWith("ing")) {
            // "we will retrain the engineer", "Kim retrained both reviewers": a person as object
            int object = firstNounPhraseHead(k + 1, Math.min(n, k + 1 + WINDOW));
            if (object > k && isPerson(object) && !isWe(object)) {
                emit(LintRule.PUNITIVE, k, object);
            }
            return;
        }
        if (k < 1 || !isOneOf(k - 1, RETRAINING_CONTEXT) || is(k + 1, W_OF) || (k + 1 < n && isNominal(k + 1))) {
            return;
        }
        int subject = actorBefore(k - 1);
        if (isPerson(subject) && !isWe(subject)) {
            emit(LintRule.PUNITIVE, k - 1, k);
        }
    }

    /** What "addressed" a person about: "this", "it", "the matter". */
    private static final java.util.Set<String> MATTERS =
            java.util.Set.of("matter", "issue", "behaviour", "behavior", "conduct", "incident");

    /** Nouns for one person, whom a manager addresses a matter with. */
    private static final java.util.Set<String> INDIVIDUALS = java.util.Set.of("individual", "employee", "person");

    /**
     * "We have addressed this with the individual involved", "Management addressed the matter directly
     * with Chioma": a talking-to, one person taken aside. The person must be one named, "the
     * individual/employee/person", or a person with "involved/responsible/concerned" after; "we
     * addressed the gap with a new check" and "addressed it with the platform team by adding a lint"
     * are left alone.
     */
    private void addressedWith(int k) {
        if (!on(LintRule.PUNITIVE) || negated(k)) {
            return;
        }
        int j = k + 1;
        if (is(j, W_THIS) || is(j, W_IT) || is(j, W_THAT)) {
            j++;
        } else if (has(j, DET) && j + 1 < n && isOneOf(j + 1, MATTERS)) {
            j += 2;
        } else {
            return;
        }
        if (j < n && isAdverb(j)) {
            j++; // "directly", "personally", "privately"
        }
        if (!is(j, W_WITH)) {
            return;
        }
        int head = firstNounPhraseHead(j + 1, Math.min(n, j + 1 + WINDOW));
        if (!isPerson(head) || isWe(head)) {
            return;
        }
        boolean postposed = head + 1 < n && isOneOf(head + 1, POSTPOSED);
        boolean named = (fl[head] & (PERSON_NOUN | PERSON_PRONOUN | KNOWN)) == 0;
        if (postposed || named || isOneOf(head, INDIVIDUALS)) {
            emit(LintRule.PUNITIVE, k, postposed ? head + 1 : head);
        }
    }

    private static final java.util.Set<String> STOP = java.util.Set.of("stop", "stops", "quit");

    /**
     * "Team members will stop ignoring warnings", "Kim needs to stop rubber-stamping reviews": a
     * follow-up that asks people to change, and says they did it; punitive whatever the tense. Not a
     * thing ("the proxy will stop ignoring the health check"), "we" or a negation.
     */
    private void stopDoing(int stop, int last) {
        if (!on(LintRule.PUNITIVE) || negated(stop)) {
            return;
        }
        int subject = subjectOf(stop);
        if (subject < 0 && is(stop - 1, W_TO) && stop >= 2) {
            subject = subjectOf(stop - 2); // "needs to stop ignoring"
        }
        if (isPerson(subject) && !isWe(subject)) {
            emit(LintRule.PUNITIVE, stop, last);
        }
    }

    private static final java.util.Set<String> ACCOUNT_FOR =
            java.util.Set.of("explain", "justify", "explaining", "justifying");

    /** Words between "explain" and "mistakes": "any future", "their own", "such". */
    private static final java.util.Set<String> MISTAKE_MODIFIERS =
            java.util.Set.of("any", "future", "further", "their", "his", "her", "own", "such", "all", "these", "those");

    /**
     * "Contractors will be required to explain any future mistakes to the board", "Kim must justify
     * her errors": a person made to account for mistakes, with an obligation ("required to", "must",
     * "will have to"); "Kim explained the error to the customer" narrates, and a thing that explains
     * errors ("the wizard will be required to explain validation errors") is no person.
     */
    private boolean explainMistakes(int k) {
        if (!on(LintRule.PUNITIVE) || negated(k)) {
            return false;
        }
        int j = k - 1;
        for (int steps = 0; j >= 0 && steps < 3 && isOneOf(j, MISTAKE_MODIFIERS); steps++) {
            j--;
        }
        if (j < 1 || !isOneOf(j, ACCOUNT_FOR)) {
            return false;
        }
        int subject;
        if (is(j - 1, W_TO) && j >= 2 && isOneOf(j - 2, OBLIGED)) {
            subject = subjectOf(j - 2);
        } else if (has(j - 1, MODAL)) {
            subject = subjectOf(j);
        } else {
            return false;
        }
        if (isPerson(subject) && !isWe(subject)) {
            emit(LintRule.PUNITIVE, j, k);
            return true;
        }
        return false;
    }

    private static final java.util.Set<String> OWN_WORK = java.util.Set.of("work");

    /**
     * "DBAs must double-check their work", "reviewers should check their own work more carefully": a
     * demand that people be more careful, with a modal or "need to"; not a thing ("the job must check
     * its inputs"), "we" ("our work") or a negation.
     */
    private void checkOwnWork(int k) {
        if (!on(LintRule.PUNITIVE) || negated(k)) {
            return;
        }
        boolean demand = (has(k - 1, MODAL) && !has(k - 1, NEGATOR)) || (is(k - 1, W_TO) && isOneOf(k - 2, OBLIGED));
        if (!demand || !(is(k + 1, W_THEIR) || is(k + 1, W_HIS) || is(k + 1, W_HER))) {
            return;
        }
        int work = k + 2 < n && isOneOf(k + 2, MISTAKE_MODIFIERS) ? k + 3 : k + 2;
        if (work >= n || !isOneOf(work, OWN_WORK)) {
            return;
        }
        int subject = has(k - 1, MODAL) ? subjectOf(k) : subjectOf(k - 2);
        if (isPerson(subject) && !isWe(subject)) {
            emit(LintRule.PUNITIVE, k, work);
        }
    }

    private static final java.util.Set<String> EXERCISE =
            java.util.Set.of("exercise", "exercised", "use", "used", "show", "showed", "shown", "apply", "display");

    private static final java.util.Set<String> BETTER = java.util.Set.of("better", "sounder", "more", "greater");

    /** Verbs by which a thing helps people act: "the dashboard helps the on-call exercise better judgement". */
    private static final java.util.Set<String> HELPING = java.util.Set.of("help", "helps", "helped", "let", "lets");

    /**
     * "We expect our engineers to exercise better judgement", "Kim should have shown sounder judgement":
     * a person told their judgement was poor. Needs a person other than "we" at most {@link #WINDOW}
     * tokens before, not one a thing helps ("the dashboard helps the on-call use better judgement").
     */
    private void betterJudgement(int k) {
        if (!on(LintRule.JUDGEMENT) || k < 2 || !isOneOf(k - 1, BETTER) || !isOneOf(k - 2, EXERCISE) || negated(k)) {
            return;
        }
        for (int p = k - 3; p >= Math.max(0, k - 2 - WINDOW); p--) {
            ops++;
            if (isPerson(p) && !isWe(p)) {
                int before = has(p - 1, DET) ? p - 2 : p - 1;
                if (before >= 0 && (isOneOf(before, HELPING) || isOneOf(before, PERMITTING))) {
                    return;
                }
                emit(LintRule.JUDGEMENT, k - 2, k);
                return;
            }
        }
    }

    /** Verbs of carrying a responsibility: "bears responsibility for". */
    private static final java.util.Set<String> BEARS =
            java.util.Set.of("bears", "bear", "bore", "borne", "carries", "carry", "carried");

    private static final java.util.Set<String> SOLE = java.util.Set.of("full", "sole", "primary", "ultimate", "the");

    /** Gerunds after "responsibility for" that name a harm: "bears responsibility for allowing the defect". */
    private static final java.util.Set<String> HARM_GERUNDS =
            java.util.Set.of("allowing", "causing", "letting", "introducing", "breaking");

    /**
     * "Accountability for this outage rests with the platform team", "the responsibility for the breach
     * lies with Kim", "Kim bears responsibility for allowing the defect into production": blame put on
     * a person. An incident noun (or a harm: "allowing", "causing") must follow "for": "accountability
     * for the follow-up actions rests with the platform team" and "Kim bears responsibility for the
     * rotation" assign work. Not "we"/"me", nor a negation.
     */
    private void accountability(int k) {
        if (!on(LintRule.BLAME_ATTRIBUTION) || negated(k) || !is(k + 1, W_FOR)) {
            return;
        }
        int harm = -1;
        for (int j = k + 2; j < Math.min(n, k + 6); j++) {
            ops++;
            if ((fl[j] & INCIDENT_NOUN) != 0 || isOneOf(j, HARM_GERUNDS)) {
                boolean compound = j + 1 < n && isNominal(j + 1) && !(id[j + 1] >= 0 && isLiesVerb(j + 1));
                harm = compound ? -1 : j; // not "responsibility for the outage review"
                break;
            }
            if ((shape[j] & S_PUNCT) != 0 || (fl[j] & (AUX | VERB | PREP | BOUNDARY)) != 0) {
                break;
            }
        }
        if (harm < 0) {
            return;
        }
        int bears = k - 1;
        if (bears >= 0 && isOneOf(bears, SOLE)) {
            bears--;
        }
        if (bears >= 0 && isOneOf(bears, BEARS)) {
            int subject = subjectOf(bears);
            if (subject < 0 && is(bears - 1, W_AND)) {
                // "The reviewer, who approved it in ninety seconds, ..., and bears responsibility"
                subject = firstNounPhraseHead(0, Math.min(n, WINDOW));
            }
            if (isPerson(subject) && !isWe(subject) && !negated(bears)) {
                emit(LintRule.BLAME_ATTRIBUTION, bears, k);
            }
            return;
        }
        for (int j = harm + 1; j < Math.min(n, harm + 1 + WINDOW); j++) {
            ops++;
            if ((shape[j] & S_PUNCT) != 0 || (fl[j] & BOUNDARY) != 0) {
                return;
            }
            if (id[j] >= 0 && isLiesVerb(j)) {
                int m = j + 1;
                while (m < n && isAdverb(m)) {
                    m++; // "rests squarely with"
                }
                if (!is(m, W_WITH) && !is(m, W_ON)) {
                    return;
                }
                int head = firstNounPhraseHead(m + 1, Math.min(n, m + 1 + WINDOW));
                if (isPerson(head) && !isWe(head) && !is(head, W_ME) && !negated(j)) {
                    emit(LintRule.BLAME_ATTRIBUTION, k, m);
                }
                return;
            }
        }
    }

    /**
     * "It happened on his watch", "on the on-call's watch": blame put on a person; not "on my/our
     * watch". A negation clears the person ("not on her watch") unless "again" says it happened ("so
     * this can't happen again on his watch").
     */
    private void onWatch(int k) {
        if (!on(LintRule.BLAME_ATTRIBUTION) || k < 2) {
            return;
        }
        int owner = k - 1;
        boolean person = is(owner, W_HIS)
                || is(owner, W_HER)
                || is(owner, W_THEIR)
                || ((shape[owner] & S_POSSESSIVE) != 0 && isPerson(owner) && !isWe(owner));
        if (!person || !is(owner - 1, W_ON)) {
            return;
        }
        if (negated(k)) {
            boolean again = false;
            for (int j = owner - 2; j >= Math.max(clauseStart[k], owner - 4); j--) {
                again |= id[j] == W_AGAIN;
            }
            if (!again) {
                return;
            }
        }
        emit(LintRule.BLAME_ATTRIBUTION, owner - 1, k);
    }

    private static int idOf(String word) {
        return Words.BASE.find(word, 0, word.length(), Lexicon.hash(word, 0, word.length()));
    }

    private int findAhead(int k, int wordId, int max) {
        for (int j = k + 1; j <= Math.min(n - 1, k + max); j++) {
            ops++;
            if ((shape[j] & S_PUNCT) != 0) {
                return -1;
            }
            if (id[j] == wordId) {
                return j;
            }
        }
        return -1;
    }

    /**
     * "Human error", "the engineer's mistake", "made a mistake", "a mistake by Ravi"; with {@code slip}
     * the noun is a slip only a person makes ("typo", "blunder", "oversight"): then a possessive may
     * stand two modifiers before it ("Noor's one-character typo"), and a qualifier does not count
     * ("human oversight" is a safeguard).
     */
    private void humanError(int k, boolean slip) {
        if (!on(LintRule.HUMAN_ERROR)) {
            return;
        }
        if (!slip && has(k - 1, HUMAN_QUALIFIER) && !has(k + 1, ERROR_COMPOUND) && !negated(k - 1)) {
            if (k - 1 == clauseStart[k] && has(k + 1, AUX) && negatedLaterInClause(k)) {
                return; // "Human error is never a root cause", "Human error was not the cause"
            }
            if (checklistPrompt(k - 1, k)) {
                return;
            }
            if (!mention(k - 1, k)) {
                emit(LintRule.HUMAN_ERROR, k - 1, k);
            }
            return;
        }
        // "the engineer's mistake", "Ravi's error", "his mistake", "Ravi's config typo"
        int owner = k - 1;
        for (int steps = 0; slip && steps < 2 && owner > 0 && isModifierOfSlip(owner); steps++) {
            owner--;
        }
        boolean possessive = owner >= 0
                && (((shape[owner] & S_POSSESSIVE) != 0 && isPerson(owner))
                        || ((id[owner] == W_HIS || id[owner] == W_HER) && (slip || id[k] == W_MISTAKE)));
        if (possessive
                && !negated(k)
                && !(slip
                        && (is(k + 1, W_OF)
                                || is(k + 1, W_OVER)
                                || is(k + 1, W_FOR)
                                || (k + 1 < n && isOneOf(k + 1, SLIP_COMPOUNDS))))) {
            emit(LintRule.HUMAN_ERROR, owner, k); // not "the team's oversight of the programme"
            return;
        }
        // "an error on the part of the operator", "a mistake on Ravi's part"
        if (is(k + 1, W_ON) && !negated(k)) {
            for (int j = k + 2; j < Math.min(n, k + 8); j++) {
                if (id[j] == W_PART) {
                    if (isPerson(j - 1) || personWithin(j + 1, Math.min(n, j + 5))) {
                        emit(LintRule.HUMAN_ERROR, k, j);
                        return;
                    }
                    break;
                }
            }
        }
        if (!slip && explainMistakes(k)) {
            return;
        }
        // "the engineer made a mistake", "Ravi committed an error"
        for (int j = k - 1; j >= Math.max(clauseStart[k], k - 3); j--) {
            // "did (a) mistake": non-native English for "made a mistake"
            boolean did = j >= k - 2 && isOneOf(j, DO_FORMS) && !(k + 1 < n && isNominal(k + 1));
            if (((fl[j] & MAKE) != 0 && (fl[j] & DET) == 0) || did) {
                int subject = subjectOf(j);
                if (isPerson(subject) && !isWe(subject) && !negated(j)) {
                    emit(LintRule.HUMAN_ERROR, j, k);
                    return;
                }
                if (isPerson(subject) && !isWe(subject) && is(k + 1, W_AGAIN) && on(LintRule.PUNITIVE)) {
                    // "make sure Nadia doesn't make this mistake again": a warning to the person
                    emit(LintRule.PUNITIVE, j, k + 1);
                    return;
                }
                break;
            }
            if ((fl[j] & (DET | KNOWN)) == 0 && (shape[j] & S_PUNCT) != 0) {
                break;
            }
        }
        // "a mistake by the engineer", "an error from Ravi"
        if ((is(k + 1, W_BY) || is(k + 1, W_FROM)) && !negated(k)) {
            int head = firstNounPhraseHead(k + 2, Math.min(n, k + 2 + WINDOW));
            if (isPerson(head) && !has(k - 1, ERROR_COMPOUND)) {
                emit(LintRule.HUMAN_ERROR, k, head);
            }
        }
    }

    /** Words before a quoted term that make it a mention: 'the phrase "human error"'. */
    private static final java.util.Set<String> MENTION_NOUNS = java.util.Set.of(
            "term",
            "phrase",
            "word",
            "words",
            "label",
            "tag",
            "category",
            "heading",
            "field",
            "tagged",
            "labelled",
            "labeled",
            "marked");

    /** Verbs that frame an incident as human error: "call it", "label this", "write it off as". */
    private static final java.util.Set<String> FRAMING_VERBS = java.util.Set.of(
            "call",
            "calling",
            "label",
            "labelling",
            "labeling",
            "dismiss",
            "dismissing",
            "write",
            "writing",
            "chalk",
            "chalking",
            "put",
            "putting",
            "file",
            "filing");

    /** Words before a framing verb that set the framing up to be rejected: "it's tempting to call". */
    private static final java.util.Set<String> REJECTING = java.util.Set.of(
            "tempting", "tempted", "temptation", "easy", "instead", "rather", "resist", "avoid", "avoiding", "stop");

    /**
     * Whether the term {@code [from, to]} ("human error", "user errors") is mentioned, not used: quoted
     * and naming something ('the "human error" category', 'the phrase "human error"'), framed to be
     * rejected ("it's tempting to call this human error, but", "rather than calling it human error"),
     * or "user errors" as a class of status codes ("user errors (4xx)"). Looks at most {@link #WINDOW}
     * tokens around the term.
     */
    private boolean mention(int from, int to) {
        if (isQuote(start[from] - 1) && isQuote(end[to])) {
            if (to + 1 < n && isNominal(to + 1) && (shape[to + 1] & S_CAP) == 0) {
                return true; // 'the "human error" category', 'the "user error" panel'
            }
            if (from > 0 && isOneOf(from - 1, MENTION_NOUNS)) {
                return true;
            }
        }
        if (id[from] == W_USER
                && to + 2 < n
                && (shape[to + 1] & S_PUNCT) != 0
                && chars[start[to + 1]] == '('
                && ((shape[to + 2] & S_DIGIT) != 0 || (to + 3 < n && (shape[to + 3] & S_DIGIT) != 0))) {
            return true; // "User errors (4xx) are excluded from the SLO"
        }
        for (int v = from - 1; v >= Math.max(0, from - 4); v--) {
            ops++;
            if (isOneOf(v, FRAMING_VERBS)) {
                for (int r = v - 1; r >= Math.max(0, v - 3); r--) {
                    if (isOneOf(r, REJECTING)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the term {@code [from, to]} is the whole sentence and a question: "Human error? — N/A"
     * is a checklist prompt, asking, not saying.
     */
    private boolean checklistPrompt(int from, int to) {
        if (from != 0 || to != n - 1) {
            return false;
        }
        int at = end[to];
        while (at < chars.length && chars[at] == ' ') {
            at++;
        }
        return at < chars.length && chars[at] == '?';
    }

    /** Whether the source char at {@code at} is a quotation mark. */
    private boolean isQuote(int at) {
        if (at < 0 || at >= chars.length) {
            return false;
        }
        char c = chars[at];
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    /** Nouns after a slip noun that make a compound: "Priya's oversight role", "Ravi's typo fix". */
    private static final java.util.Set<String> SLIP_COMPOUNDS = java.util.Set.of(
            "role",
            "roles",
            "board",
            "committee",
            "body",
            "function",
            "duty",
            "duties",
            "responsibility",
            "responsibilities",
            "team",
            "group",
            "fix",
            "fixes",
            "checker");

    /** A word between a possessive and a slip noun: "Ravi's config typo", "Noor's one-character typo". */
    private boolean isModifierOfSlip(int k) {
        return isNominal(k) && (shape[k] & (S_POSSESSIVE | S_CAP)) == 0 && (fl[k] & PERSON_NOUN) == 0;
    }

    private void fault(int k) {
        if (!on(LintRule.BLAME_ATTRIBUTION) || negated(k)) {
            return;
        }
        if (k + 1 < n && isOneOf(k + 1, FAULT_COMPOUNDS)) {
            return; // "our fault injection exercises", "their fault tolerance": a technical compound
        }
        int of = is(k + 1, W_OF) ? k + 1 : has(k + 1, BE) && is(k + 2, W_OF) ? k + 2 : -1;
        if (of > 0) {
            // "the fault of the operator", non-native "Is fault of Mehmet", "the fault is of Kim"
            int head = firstNounPhraseHead(of + 1, Math.min(n, of + 1 + WINDOW));
            if (isPerson(head) && !isWe(head) && !nobody(head)) {
                emit(LintRule.BLAME_ATTRIBUTION, k, head);
                return;
            }
        }
        if (k > 0 && ((shape[k - 1] & S_POSSESSIVE) != 0 && isPerson(k - 1) || has(k - 1, PERSON_POSSESSIVE))) {
            emit(LintRule.BLAME_ATTRIBUTION, k - 1, k);
        } else if (is(k - 1, W_AT) && (personBefore(k) || personWithin(k + 1, k + 4))) {
            emit(LintRule.BLAME_ATTRIBUTION, k - 1, k);
        } else if (k + 2 < n && id[k + 1] >= 0 && isLiesWith(k + 1) && personWithin(k + 2, k + 6)) {
            emit(LintRule.BLAME_ATTRIBUTION, k, k + 2);
        }
    }

    /**
     * Whether the clause from {@code from} says where blame lies: "lies with Dario", "for the outage
     * rests squarely on the reviewer".
     */
    private boolean liesWithPerson(int from) {
        for (int j = from; j < Math.min(n, from + WINDOW); j++) {
            if ((shape[j] & S_PUNCT) != 0 || ((fl[j] & BOUNDARY) != 0 && j > from)) {
                return false;
            }
            if (id[j] >= 0 && isLiesVerb(j)) {
                int m = j + 1;
                while (m < n && ((fl[m] & ADVERB) != 0 || (id[m] < 0 && (shape[m] & S_LY) != 0))) {
                    m++; // "lies squarely with"
                }
                return (is(m, W_WITH) || is(m, W_ON)) && personWithin(m + 1, m + 4);
            }
        }
        return false;
    }

    private boolean isLiesVerb(int k) {
        String w = lex.word(id[k]);
        return w.equals("lies")
                || w.equals("lay")
                || w.equals("falls")
                || w.equals("fell")
                || w.equals("rests")
                || w.equals("rested")
                || w.equals("is")
                || w.equals("was");
    }

    private boolean isLiesWith(int k) {
        return isLiesVerb(k) && (is(k + 1, W_WITH) || is(k + 1, W_ON));
    }

    /** Nouns after "blame" that name the habit of blaming: "blame culture", "the blame game". */
    private static final java.util.Set<String> BLAME_COMPOUNDS = java.util.Set.of(
            "reflex",
            "culture",
            "cultures",
            "game",
            "games",
            "instinct",
            "mindset",
            "shifting",
            "language",
            "framing",
            "narrative",
            "cycle",
            "trap",
            "avoidance");

    private void blame(int k) {
        if (!on(LintRule.BLAME_ATTRIBUTION) || negated(k)) {
            return;
        }
        int prev = k - 1;
        if (prev >= 0 && id[prev] >= 0) {
            String w = lex.word(id[prev]);
            if (w.equals("avoid")
                    || w.equals("avoids")
                    || w.equals("avoiding")
                    || w.equals("assign")
                    || w.equals("assigning")
                    || w.equals("without")) {
                return;
            }
        }
        if (k == clauseStart[k] && negatedLaterInClause(k)) {
            return; // "Blaming individuals does not help"
        }
        if (k + 1 < n && isOneOf(k + 1, BLAME_COMPOUNDS)) {
            return; // "the blame reflex we want to avoid", "a blame culture": the habit, not blame put on anyone
        }
        if (personBefore(k) || personWithin(k + 1, k + 6) || liesWithPerson(k + 1)) {
            emit(LintRule.BLAME_ATTRIBUTION, k, k);
        }
    }

    private boolean negatedLaterInClause(int k) {
        for (int j = k + 1; j < Math.min(n, k + WINDOW); j++) {
            if ((shape[j] & S_PUNCT) != 0 || (j > k + 1 && clauseStart[j] != clauseStart[k])) {
                return false;
            }
            if ((fl[j] & NEGATOR) != 0) {
                return true;
            }
        }
        return false;
    }

    private void responsible(int k) {
        if (on(LintRule.PUNITIVE) && !negated(k)) {
            // "should be held responsible", "hold the reviewer responsible": punitive framing
            for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
                ops++;
                if (has(j, HOLD)) {
                    emit(LintRule.PUNITIVE, j, k);
                    return;
                }
            }
        }
        if (!on(LintRule.BLAME_ATTRIBUTION) || negated(k) || !is(k + 1, W_FOR) || !personBefore(k)) {
            return;
        }
        for (int j = k + 2; j < Math.min(n, k + 6); j++) {
            ops++;
            if ((shape[j] & S_PUNCT) != 0) {
                return;
            }
            if ((fl[j] & INCIDENT_NOUN) != 0) {
                emit(LintRule.BLAME_ATTRIBUTION, k, j);
                return;
            }
        }
    }

    /** Nouns for work that a modifier-only judging word ("rookie", "cowboy") judges the people by. */
    /** Words after "fault" that make a technical compound. */
    private static final java.util.Set<String> FAULT_COMPOUNDS = java.util.Set.of(
            "injection",
            "injections",
            "injector",
            "tolerance",
            "tolerant",
            "domain",
            "domains",
            "isolation",
            "detection",
            "detector",
            "handling",
            "handler",
            "handlers",
            "code",
            "codes",
            "zone",
            "zones",
            "tree",
            "model",
            "analysis",
            "condition",
            "conditions",
            "status",
            "count",
            "counter",
            "rate",
            "signal",
            "path",
            "mode",
            "modes",
            "line",
            "lines",
            "test",
            "tests",
            "testing",
            "drill",
            "drills",
            "scenario",
            "scenarios",
            "exercise",
            "exercises",
            "simulation",
            "recovery");

    /** Degree words between "be" and "more careful". */
    private static final java.util.Set<String> INTENSIFIERS =
            java.util.Set.of("much", "far", "way", "lot", "bit", "little", "a", "even");

    private static final java.util.Set<String> JUDGED_WORK = java.util.Set.of(
            "move",
            "moves",
            "deploy",
            "deploys",
            "change",
            "changes",
            "approach",
            "behaviour",
            "behavior",
            "work",
            "attitude",
            "coding",
            "fix",
            "hack",
            "hotfix");

    /** Whether token k, ignoring case, is one of {@code words} (for words not in the lexicon). */
    private boolean isOneOf(int k, java.util.Set<String> words) {
        int length = end[k] - start[k];
        if (length > 16) {
            return false;
        }
        return words.contains(src.substring(start[k], end[k]).toLowerCase(java.util.Locale.ROOT));
    }

    private void judge(int k) {
        if (!on(LintRule.JUDGEMENT) || negated(k) || negatedAntecedent(k)) {
            return;
        }
        if (k >= 2 && is(k - 1, W_US) && isOneOf(k - 2, REPORTING)) {
            return; // "the customer's ticket called us incompetent": a judgement of us, reported
        }
        if (has(k + 1, TECH_COMPOUND)) {
            return; // "lazy loading"
        }
        String w = lex.word(id[k]);
        if ((w.equals("rookie") || w.equals("amateur") || w.equals("cowboy"))
                && !has(k - 1, BE)
                && !is(k - 1, W_OF) // "what kind of amateur", "a bunch of amateur..."
                && !is(k - 1, W_LIKE)
                && !has(k + 1, INCIDENT_NOUN | PERSON_NOUN)
                && !(k + 1 < n && isOneOf(k + 1, JUDGED_WORK))) {
            return; // modifier-only judging words: "rookie mistake", "amateur move", not "rookie season"
        }
        emit(LintRule.JUDGEMENT, k, k);
    }

    private void modal(int k) {
        if (!on(LintRule.COUNTERFACTUAL)) {
            return;
        }
        int last;
        if ((fl[k] & MODAL_HAVE) != 0) {
            last = k;
        } else {
            int j = k + 1;
            if (id[k] == W_OUGHT) {
                if (!is(j, W_TO)) {
                    return;
                }
                j++;
            }
            int steps = 0;
            while (j < n && steps < 3 && (fl[j] & (NEGATOR | ADVERB)) != 0 && (fl[j] & HAVE) == 0) {
                j++;
                steps++;
            }
            if (is(j, W_TO) && id[k] != W_OUGHT && has(j + 1, HAVE) && !has(j + 2, DET | PREP)) {
                j++; // non-native "should to have verify"
            }
            if (!has(j, HAVE) || is(j + 1, W_TO)) {
                invertedModal(k);
                return;
            }
            last = j;
        }
        if (is(last + 1, W_BEEN) && isPastParticiple(last + 2)) {
            return; // passive: "Lucia should have been paged", the person is not the one acting
        }
        int subject = subjectOf(k);
        // "(Kevin,) should've known better": only a person knows better, with or without a subject
        boolean knownBetter = is(last + 1, W_KNOWN) && is(last + 2, W_BETTER);
        // "(a bit of) common sense from the deployer would have prevented this": a person's quality
        boolean personsQuality = subject >= 0
                && !negated(k)
                && (fl[k] & NEGATOR) == 0
                && !has(k + 1, NEGATOR)
                && isQualityOfPerson(subject);
        if ((isPerson(subject) || knownBetter || personsQuality)
                && !isWe(subject)
                && !(subject >= 0 && nobody(subject))
                && !is(clauseStart[k], W_WHETHER) // "asked whether the approver could have caught it"
                && !(isWould(k) && systemConditionalBefore(k))) {
            emit(LintRule.COUNTERFACTUAL, k, last);
        }
    }

    /** A person's qualities whose presence would have changed the outcome: "more care from Kim". */
    private static final java.util.Set<String> QUALITIES = java.util.Set.of(
            "sense",
            "care",
            "attention",
            "caution",
            "diligence",
            "rigour",
            "rigor",
            "thought",
            "focus",
            "vigilance",
            "thoroughness",
            "judgement",
            "judgment");

    /**
     * Whether {@code k} is a quality of a person named right after it: "common sense from the
     * deployer", "more care by Kim", "diligence on the part of the reviewers"; not "from the vendor",
     * not "common sense in the CLI defaults".
     */
    private boolean isQualityOfPerson(int k) {
        if (!isOneOf(k, QUALITIES)) {
            return false;
        }
        int from = -1;
        if (is(k + 1, W_FROM) || is(k + 1, W_BY)) {
            from = k + 2;
        } else if (is(k + 1, W_ON) && is(k + 2, W_THE) && is(k + 3, W_PART) && is(k + 4, W_OF)) {
            from = k + 5;
        }
        if (from < 0) {
            return false;
        }
        int head = firstNounPhraseHead(from, Math.min(n, from + WINDOW));
        return isPerson(head) && !isWe(head);
    }

    /**
     * Whether the subject {@code k} is nobody: "nobody could have predicted it", "no one would have
     * noticed", "none of them would have": a counterfactual that clears people instead of judging them.
     */
    private boolean nobody(int k) {
        if ((fl[k] & NEGATOR) != 0 || (id[k] == W_ONE && is(k - 1, W_NO))) {
            return true;
        }
        int j = k - 1;
        while (j > 0 && (fl[j] & DET) != 0) {
            j--; // "none of the engineers"
        }
        return j >= 1 && is(j, W_OF) && (fl[j - 1] & NOTHING) != 0;
    }

    private boolean isWould(int k) {
        return lex.word(id[k]).startsWith("would");
    }

    /**
     * Whether a conditional about a thing comes before {@code k}: "Had the alert fired, the on-call
     * would have paged the team" narrates what the missing alert cost, it does not judge the on-call.
     */
    private boolean systemConditionalBefore(int k) {
        for (int c = 0; c < k; c++) {
            if (trig[c] == T_IF || (trig[c] == T_HAD && c == clauseStart[c])) {
                int head = firstNounPhraseHead(c + 1, Math.min(k, c + 1 + WINDOW));
                if (head > c && !isPerson(head)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isPastParticiple(int k) {
        if (k >= n) {
            return false;
        }
        if (id[k] < 0) {
            return (shape[k] & S_ED) != 0;
        }
        return (fl[k] & VERB) != 0 && !lex.word(id[k]).endsWith("ing");
    }

    private void conditional(int k) {
        if (!on(LintRule.COUNTERFACTUAL)) {
            return;
        }
        int j = k + 1;
        if (is(j, W_ONLY)) {
            j++;
        }
        for (int steps = 0; j < n && steps < WINDOW; j++, steps++) {
            ops++;
            if ((shape[j] & S_PUNCT) != 0) {
                return;
            }
            if ((fl[j] & HAD) != 0) {
                int head = (fl[j] & PERSON_PRONOUN) != 0 ? j : j - 1;
                if (head > k && isPerson(head) && !isWe(head) && !is(j + 1, W_TO)) {
                    emit(LintRule.COUNTERFACTUAL, k, j);
                }
                return;
            }
        }
    }

    private void hadInversion(int k) {
        if (!on(LintRule.COUNTERFACTUAL) || k != clauseStart[k] || (k > 0 && (shape[k - 1] & S_PUNCT) == 0)) {
            return;
        }
        int head = firstNounPhraseHead(k + 1, Math.min(n, k + 1 + WINDOW));
        if (head > k && isPerson(head) && !isWe(head) && head + 1 < n && (shape[head + 1] & S_PUNCT) == 0) {
            emit(LintRule.COUNTERFACTUAL, k, head);
        }
    }

    /**
     * "Shouldn't the reviewer have caught it?", "Couldn't Kim have paged earlier?", "Why would the
     * on-call not have escalated?": a modal before its subject, at the start of a clause or after
     * "why"/"how", then "have" and a participle. Not a thing ("Could the alert have fired sooner?"),
     * "have" as a main verb ("Should the runbook have a step for it?"), a passive ("Should Kim have been
     * paged?"), "we" or "nobody".
     */
    private void invertedModal(int k) {
        if (k != clauseStart[k] && !is(k - 1, W_WHY) && !is(k - 1, W_HOW)) {
            return;
        }
        int head = firstNounPhraseHead(k + 1, Math.min(n, k + 1 + WINDOW));
        if (head <= k || !isPerson(head) || isWe(head) || nobody(head)) {
            return;
        }
        int have = head + 1;
        if (has(have, NEGATOR) && (fl[have] & PERSON_PRONOUN) == 0) {
            have++; // "Should Kim not have paged"
        }
        if (!has(have, HAVE) || is(have + 1, W_BEEN) || !isParticiple(have + 1)) {
            return;
        }
        emit(LintRule.COUNTERFACTUAL, k, have);
    }

    /** A participle after "have": a known verb form, a perception verb ("caught", "seen") or "-ed"/"-en". */
    private boolean isParticiple(int k) {
        if (k >= n || (shape[k] & S_PUNCT) != 0 || (fl[k] & (DET | PREP | SYSTEM_NOUN | PERSON_NOUN)) != 0) {
            return false;
        }
        return isPastParticiple(k) || has(k, PERCEIVE | MAKE) || endsWith(end[k], "ed") || endsWith(end[k], "en");
    }

    /** Words after "thought it was" that call a choice acceptable: "ok", "fine", "a good idea". */
    private static final java.util.Set<String> ACCEPTABLE = java.util.Set.of(
            "ok", "okay", "fine", "safe", "acceptable", "alright", "reasonable", "smart", "wise", "appropriate");

    private static final java.util.Set<String> THINK = java.util.Set.of("think", "thought");

    private static final java.util.Set<String> GOOD = java.util.Set.of("good", "great", "bright", "brilliant", "smart");

    /**
     * The end of "think it was okay" / "thought it's fine" / "think it would be a good idea" from
     * {@code k} ("think"), or -1.
     */
    private int thinkItWasOk(int k) {
        if (k >= n || !isOneOf(k, THINK)) {
            return -1;
        }
        int j = k + 1;
        if (is(j, W_THAT)) {
            j++;
        }
        if (is(j, W_IT) && has(j + 1, BE)) {
            j += 2;
        } else if (is(j, W_ITS_CONTRACTED)) {
            j++;
        } else if (is(j, W_IT) && has(j + 1, MODAL) && has(j + 2, BE)) {
            j += 3; // "it would be"
        } else {
            return -1;
        }
        if (j < n && isOneOf(j, ACCEPTABLE)) {
            return j;
        }
        if (has(j, DET) && j + 2 < n && isOneOf(j + 1, GOOD) && id[j + 2] == idOf("idea")) {
            return j + 2;
        }
        return -1;
    }

    /**
     * "Why did the DBA think it was okay to run that in prod?", "Why did Kaveh think it was a good idea
     * to ...": the question mocks the person's judgement; "Why did it make sense to Hiroshi?" and "Why
     * did Kim think the alert was noise?" ask about the context.
     */
    private void whyThinkOk(int k) {
        if (!on(LintRule.JUDGEMENT) || !has(k + 1, AUX) || has(k + 1, NEGATOR)) {
            return;
        }
        for (int t = k + 3; t < Math.min(n, k + 3 + WINDOW); t++) {
            ops++;
            if (isOneOf(t, THINK)) {
                int last = thinkItWasOk(t);
                if (last > 0 && isPerson(t - 1) && !isWe(t - 1)) {
                    emit(LintRule.JUDGEMENT, k, last);
                }
                return;
            }
        }
    }

    /** "Who thought it was a good idea to deploy on a Friday?": the question mocks whoever did it. */
    private void goodIdea(int k) {
        if (!on(LintRule.JUDGEMENT) || k < 6 || negated(k)) {
            return;
        }
        for (int t = k - 5; t >= Math.max(0, k - 7); t--) {
            if (isOneOf(t, THINK) && thinkItWasOk(t) == k) {
                int who = t - 1;
                if (who >= 0
                        && (id[who] == W_WHO || lex.word(Math.max(id[who], 0)).equals("whoever"))) {
                    emit(LintRule.JUDGEMENT, who, k);
                }
                return;
            }
        }
    }

    private static final java.util.Set<String> DECISION = java.util.Set.of("decision", "choice");

    private static final java.util.Set<String> CHOSE =
            java.util.Set.of("chose", "decided", "opted", "elected", "choose", "decide");

    /**
     * A failure verb in the base form ("miss", "ignore", "skip", "bypass"): "How did Hiroshi miss
     * something this obvious?", "Why did the team ignore the warnings?", "Why would Kim skip the
     * canary?" (a question with do-support or a modal after "why"/"how", a person as subject); "a
     * single engineer's decision to bypass change control"; "Kim chose to skip the canary" (unless
     * explained: "..., as agreed with the QA lead"). Not a thing ("Why did the probe miss it?"), "we",
     * "can skip", or a negation.
     */
    private void baseFailure(int k) {
        if (!on(LintRule.PERSON_FAILURE) || k < 2 || negated(k)) {
            return;
        }
        if (is(k - 1, W_TO)) {
            int before = k - 2;
            if (isOneOf(before, DECISION)) {
                int owner = before - 1;
                if (owner >= 0
                        && ((((shape[owner] & S_POSSESSIVE) != 0) && isPerson(owner) && !isWe(owner))
                                || is(owner, W_HIS)
                                || is(owner, W_HER)
                                || is(owner, W_THEIR))) {
                    emit(LintRule.PERSON_FAILURE, owner, k);
                }
            } else if (isOneOf(before, CHOSE) && !explainedAfter(k)) {
                int subject = subjectOf(before);
                if (isPerson(subject) && !isWe(subject) && !negated(before) && !has(before - 1, MODAL)) {
                    emit(LintRule.PERSON_FAILURE, before, k);
                }
            }
            return;
        }
        // "How did Hiroshi miss", "Why did the team ignore": the subject between the auxiliary and k
        int aux = k - 1;
        for (int steps = 0; aux > 0 && steps < WINDOW && !has(aux, AUX); steps++) {
            if ((shape[aux] & S_PUNCT) != 0 || (fl[aux] & (VERB | PREP | BOUNDARY | CONJ)) != 0) {
                return;
            }
            aux--;
        }
        if (aux < 1 || aux == k - 1 || !has(aux, AUX) || has(aux, NEGATOR) || has(aux, BE | HAVE | HAD)) {
            return;
        }
        if (!is(aux - 1, W_WHY) && !is(aux - 1, W_HOW)) {
            return;
        }
        int head = firstNounPhraseHead(aux + 1, k);
        if (isPerson(head) && !isWe(head) && !nobody(head)) {
            emit(LintRule.PERSON_FAILURE, aux - 1, k);
        }
    }

    private void why(int k) {
        whyThinkOk(k);
        if (!on(LintRule.COUNTERFACTUAL) || !has(k + 1, AUX)) {
            return;
        }
        int j = k + 2;
        boolean negative = has(k + 1, NEGATOR);
        if (!negative && has(j, NEGATOR) && !has(j, PERSON_PRONOUN)) {
            negative = true;
            j++;
        }
        if (has(j, PERSON_PRONOUN) && has(j, NEGATOR)) {
            emit(LintRule.COUNTERFACTUAL, k, j);
            return;
        }
        if (is(j, W_NO) && is(j + 1, W_ONE)) {
            emit(LintRule.COUNTERFACTUAL, k, j + 1);
            return;
        }
        if (!negative) {
            return;
        }
        int head = firstNounPhraseHead(j, Math.min(n, j + WINDOW));
        if (isPerson(head)) {
            emit(LintRule.COUNTERFACTUAL, k, head);
            return;
        }
        // "Why didn't Emeka look": after do-support a person followed by a word that is not a noun
        // is the subject, and that word its verb.
        for (int p = j; p < head; p++) {
            if (isPerson(p)
                    && (shape[p] & S_POSSESSIVE) == 0
                    && (fl[p + 1] & (SYSTEM_NOUN | PERSON_NOUN)) == 0
                    && (shape[p + 1] & S_CAP) == 0) {
                emit(LintRule.COUNTERFACTUAL, k, p);
                return;
            }
        }
    }

    /**
     * Whether {@code k} is in a relative clause whose antecedent is nobody: "no engineer who missed the
     * page", "did not identify any individual whose actions were negligent" ("any" under a negation).
     * Looks at most three tokens before the "who"/"whose".
     */
    private boolean negatedAntecedent(int k) {
        int cs = clauseStart[k];
        if (cs < 2 || (id[cs] != W_WHO && id[cs] != W_WHOSE)) {
            return false;
        }
        for (int j = cs - 1; j >= Math.max(0, cs - 3); j--) {
            if (id[j] == W_NO) {
                return true;
            }
            if (id[j] == W_ANY) {
                return negated(j);
            }
            if ((shape[j] & S_PUNCT) != 0 || (fl[j] & (VERB | AUX | PREP)) != 0) {
                return false;
            }
        }
        return false;
    }

    private void personFailure(int k, int last) {
        if (k > 0 && isOneOf(k - 1, STOP) && lex.word(id[k]).endsWith("ing")) {
            stopDoing(k - 1, last);
            return;
        }
        if (!on(LintRule.PERSON_FAILURE) || negatedAround(last) || negatedAntecedent(k)) {
            return;
        }
        if (has(k - 1, MODAL) && !has(k - 1, NEGATOR)) {
            return; // "can ignore", "will miss": not a report of what happened
        }
        if (isPerson(subjectOf(k))) {
            emit(LintRule.PERSON_FAILURE, k, last);
        } else if (is(last + 1, W_BY) && has(k - 1, AUX)) {
            // passive with a person as agent: "the page was missed by the on-call"
            int agent = firstNounPhraseHead(last + 2, Math.min(n, last + 2 + WINDOW));
            if (isPerson(agent)) {
                emit(LintRule.PERSON_FAILURE, k, agent);
            }
        }
    }

    /**
     * "The intern deleted the bucket by mistake", "by accident", "tagged the build in error": the idiom
     * of "mistakenly", about the clause's subject; "By mistake, Kim deleted it": about the subject after
     * the comma. A thing as subject ("the script deleted it by mistake"), a passive ("the bucket was
     * deleted by mistake"), "we", a negation and a modal ("could delete it by mistake") are left alone.
     */
    private void byMistake(int k) {
        int prep = k - 1;
        if (!on(LintRule.PERSON_FAILURE) || negated(k)) {
            return;
        }
        int subject;
        if (prep == clauseStart[k]) {
            int from = k + 1;
            if (from < n && (shape[from] & S_PUNCT) != 0) {
                from++;
            }
            subject = firstNounPhraseHead(from, Math.min(n, from + WINDOW));
        } else {
            subject = actorBefore(prep);
            if (subject >= 0 && hypothetical(subject, prep)) {
                return;
            }
        }
        if (isPerson(subject) && !isWe(subject)) {
            emit(LintRule.PERSON_FAILURE, prep, k);
        }
    }

    /** Words before "to" that make what follows possible or required, not done by choice. */
    private static final java.util.Set<String> OBLIGED = java.util.Set.of(
            "had",
            "has",
            "have",
            "having",
            "need",
            "needs",
            "needed",
            "able",
            "allowed",
            "forced",
            "asked",
            "told",
            "supposed",
            "required",
            "expected",
            "meant",
            "permitted",
            "instructed");

    /** Verbs by which a thing lets people act: "the tool lets engineers ship without a review". */
    private static final java.util.Set<String> PERMITTING = java.util.Set.of(
            "let",
            "lets",
            "allow",
            "allows",
            "allowed",
            "enable",
            "enables",
            "enabled",
            "permit",
            "permits",
            "permitted");

    /**
     * Whether a modal or an obligation ("had to", "was able to", "was told to") stands between the
     * subject {@code subject} and {@code k}, or a permission ("lets", "allowed") before the subject,
     * at most {@link #WINDOW} tokens back from {@code k}: "Kim could delete it by mistake", "Kim was
     * able to merge without a review", "the tool lets engineers ship without a review" tell what was
     * possible or required, not what a person chose to do.
     */
    private boolean hypothetical(int subject, int k) {
        for (int j = k - 1; j >= 0 && j >= k - WINDOW; j--) {
            ops++;
            if (j > subject
                    && ((fl[j] & MODAL) != 0 || (id[j] == W_TO && j - 1 > subject && isOneOf(j - 1, OBLIGED)))) {
                return true;
            }
            if (j < subject && j >= clauseStart[k] && isOneOf(j, PERMITTING)) {
                return true; // the "subject" found is the one let act: "the tool lets engineers ship"
            }
        }
        return false;
    }

    /** Objects of the T_RUN gerunds that are checks: "running the tests", "doing a dry run". */
    private static final java.util.Set<String> CHECK_OBJECTS = java.util.Set.of(
            "test",
            "tests",
            "check",
            "checks",
            "suite",
            "linter",
            "lint",
            "dry",
            "dry-run",
            "validation",
            "canary",
            "testing",
            "review");

    private static final java.util.Set<String> DRY = java.util.Set.of("dry");

    /** Nouns for a check after "without (a)": "without a second look", "without review". */
    private static final java.util.Set<String> REVIEW_NOUNS =
            java.util.Set.of("look", "review", "check", "test", "sign-off", "signoff", "glance", "approval");

    /** Modifiers between "without a" and a {@link #REVIEW_NOUNS} noun. */
    private static final java.util.Set<String> REVIEW_MODIFIERS = java.util.Set.of(
            "any",
            "second",
            "proper",
            "careful",
            "real",
            "thorough",
            "final",
            "quick",
            "single",
            "peer",
            "code",
            "formal",
            "independent",
            "manual",
            "closer");

    /** Words after a {@link #REVIEW_NOUNS} noun that make it a step of a process: "without a review step". */
    private static final java.util.Set<String> REVIEW_COMPOUNDS = java.util.Set.of(
            "step",
            "steps",
            "gate",
            "gates",
            "stage",
            "stages",
            "phase",
            "process",
            "requirement",
            "policy",
            "bot",
            "tool",
            "queue",
            "app",
            "environment",
            "suite",
            "run",
            "runs");

    /**
     * "Kwame deployed 8812 without testing it", "approved the PR without actually reading it", "pushed
     * without running the tests", "rushed it through without a second look": the subject of the verb
     * before "without" ({@link #actorBefore}) skipped a check. Looks at most {@link #WINDOW} tokens
     * after "without". Not when the clause is negated ("never merges without running the tests"), the
     * subject is a thing or "we", what was done was possible or required ({@link #hypothetical}: "can
     * merge without a review", "had to deploy without testing"), or an explanation follows ("because",
     * "since", ", as the process allowed it").
     */
    private void without(int k) {
        if (!on(LintRule.PERSON_FAILURE) || k <= clauseStart[k] || negated(k)) {
            return;
        }
        int j = k + 1;
        for (int steps = 0; j < n && steps < 2 && isCheckAdverb(j); steps++) {
            j++; // "without actually reading", "without even properly checking", "without first testing"
        }
        if (j >= n) {
            return;
        }
        int last = checkGerund(j);
        if (last < 0) {
            int m = j;
            if (has(m, DET) && (fl[m] & PERSON_POSSESSIVE) == 0) {
                m++;
            }
            for (int steps = 0; m < n && steps < 2 && isOneOf(m, REVIEW_MODIFIERS); steps++) {
                m++;
            }
            if (m < n
                    && isOneOf(m, REVIEW_NOUNS)
                    && !(m + 1 < n && (has(m + 1, SYSTEM_NOUN) || isOneOf(m + 1, REVIEW_COMPOUNDS)))) {
                last = m;
            } else if (m + 1 < n && isOneOf(m, DRY) && is(m + 1, W_RUN) && !has(m + 2, SYSTEM_NOUN)) {
                last = m + 1; // "without a dry run"
            }
        }
        if (last < 0 || explainedAfter(last)) {
            return;
        }
        int subject = actorBefore(k);
        if (subject >= 0 && isPerson(subject) && !isWe(subject) && !hypothetical(subject, k)) {
            emit(LintRule.PERSON_FAILURE, k, last);
        }
    }

    /**
     * The subject of the nearest verb before {@code k} in its clause, at most {@link #WINDOW} tokens
     * back, for a phrase that ends a clause ("deleted the bucket by mistake", "merged it without a
     * review"): "Priya found the bucket had been deleted by mistake" is about the bucket, not Priya.
     * A verb is a known verb or a word ending in "-ed" that does not follow a determiner ("the unused
     * bucket"). Without such a verb, the head of the clause's first noun phrase.
     */
    private int actorBefore(int k) {
        int cs = clauseStart[k];
        for (int j = k - 1; j > cs && j >= k - WINDOW; j--) {
            ops++;
            boolean verb = (fl[j] & VERB) != 0
                    || (end[j] - start[j] > 4
                            && endsWith(end[j], "ed")
                            && (fl[j] & (DET | PREP | NAME | PERSON_NOUN | SYSTEM_NOUN)) == 0
                            && (shape[j] & S_CAP) == 0
                            && (fl[j - 1] & DET) == 0);
            if (verb) {
                int subject = subjectOf(j);
                if (subject >= 0 && !isPerson(subject) && has(j - 1, AUX) && is(j + 1, W_BY) && j + 2 < k) {
                    // "the change was pushed by the on-call engineer without review": the agent acts
                    int agent = firstNounPhraseHead(j + 2, k);
                    if (isPerson(agent)) {
                        return agent;
                    }
                }
                if (subject >= 0) {
                    return subject;
                }
            }
        }
        return firstNounPhraseHead(cs, k);
    }

    /**
     * The end of a check put as a gerund at {@code k}: {@code k} for "testing", "reading"; the object
     * for "running the tests", "doing a dry run". -1 if it is no check ("running the migration").
     */
    private int checkGerund(int k) {
        if (trig[k] == T_SKIPPED_CHECK) {
            return k;
        }
        if (trig[k] == T_RUN) {
            for (int m = k + 1; m < Math.min(n, k + 5); m++) {
                ops++;
                if ((shape[m] & S_PUNCT) != 0 || (fl[m] & (PREP | BOUNDARY | CONJ)) != 0) {
                    return -1;
                }
                if (isOneOf(m, CHECK_OBJECTS)) {
                    return is(m + 1, W_RUN) ? m + 1 : m; // "a dry run"
                }
            }
        }
        return -1;
    }

    /** Words before "to" that make "<person> not <check>ing" a cause: "comes down to", "due to". */
    private static final java.util.Set<String> CAUSE_TO =
            java.util.Set.of("down", "due", "owing", "thanks", "attributed", "traced", "back");

    /** Words before "of" that make "<person> not <check>ing" a cause: "because of", "as a result of". */
    private static final java.util.Set<String> CAUSE_OF = java.util.Set.of("because", "result");

    /**
     * "The outage comes down to Mateo not reading the release notes", "due to the on-call not
     * escalating", "because of him never testing it": a person's omission of a check named as the
     * cause. Not with a thing ("due to the probe not checking"), not for what is no check ("due to
     * Kenji not having access"), and not when the cause itself is negated ("was not due to Kim not
     * reviewing it"). Looks at most {@link #WINDOW} tokens back from the gerund.
     */
    private void personNotChecking(int k) {
        if (!on(LintRule.PERSON_FAILURE)) {
            return;
        }
        if (k >= 2 && ((is(k - 1, W_THAN) && is(k - 2, W_RATHER)) || (is(k - 1, W_OF) && is(k - 2, W_INSTEAD)))) {
            insteadOfChecking(k);
            return;
        }
        int neg = k - 1;
        if (neg >= 0 && isCheckAdverb(neg) && (fl[neg] & NEGATOR) == 0) {
            neg--; // "not even reading", "never properly checking"
        }
        if (neg >= 1
                && (isOneOf(neg, WAS_NOT)
                        || ((fl[neg] & (AUX | DET | PERSON_PRONOUN)) == 0 && isOneOf(neg - 1, WAS)))) {
            notChecking(k, neg);
            return;
        }
        if (neg < 1 || (fl[neg] & NEGATOR) == 0 || (fl[neg] & (AUX | DET | PERSON_PRONOUN)) != 0) {
            return;
        }
        int person = neg - 1;
        if (!isPerson(person) || isWe(person)) {
            return;
        }
        int from = person;
        for (int steps = 0; from > 0 && steps < 3 && isNounPhrasePart(from - 1); steps++) {
            from--; // "the on-call engineer", "Nguyen Van An"
        }
        int link = from - 1;
        if (link < 1 || negated(link - 1)) {
            return;
        }
        boolean cause =
                (id[link] == W_TO && isOneOf(link - 1, CAUSE_TO)) || (id[link] == W_OF && isOneOf(link - 1, CAUSE_OF));
        int last = cause ? checkGerund(k) : -1;
        if (last >= 0) {
            emit(LintRule.PERSON_FAILURE, from, last);
        }
    }

    private static final java.util.Set<String> WAS_NOT = java.util.Set.of("wasn't", "weren't");

    private static final java.util.Set<String> WAS = java.util.Set.of("was", "were");

    /**
     * "He was not checking the disk space", "the reviewers weren't reading the diffs": a check a person
     * was not making, put as the failure (common in non-native English for "did not check"); in the
     * past only ("Kim is not reading the notes" says what is happening now). Not with
     * an explanation ("was not checking email because she was on leave"), a thing, "we", "nobody", or
     * what is planned ("will not be checking").
     */
    private void notChecking(int k, int neg) {
        int last = checkGerund(k);
        if (last < 0) {
            return;
        }
        int be = (fl[neg] & AUX) != 0 ? neg : neg - 1;
        if (has(be - 1, MODAL)) {
            return;
        }
        for (int j = last + 1; j < Math.min(n, last + 1 + 3 * WINDOW); j++) {
            ops++;
            if (isOneOf(j, EXPLANATIONS)) {
                return;
            }
        }
        int subject = subjectOf(be);
        if (isPerson(subject) && !isWe(subject) && !nobody(subject)) {
            emit(LintRule.PERSON_FAILURE, neg, last);
        }
    }

    /**
     * "The on-call engineer, rather than following the documented procedure, chose to attempt a fix",
     * "Kim improvised instead of checking the runbook", "Rather than following the runbook, Kim
     * restarted the primary": a person who went around a check. The person is the head before the
     * comma, the subject of the verb before ("improvised"), or the subject after the clause's comma.
     * Not a thing ("the script restarts the pods instead of checking health"), "we", what is planned
     * or possible ("the on-call will page the IC instead of checking the dashboard"), or no check.
     */
    private void insteadOfChecking(int k) {
        int last = checkGerund(k);
        if (last < 0) {
            return;
        }
        int rather = k - 2;
        int subject = -1;
        if (rather >= 2 && (shape[rather - 1] & S_PUNCT) != 0 && chars[start[rather - 1]] == ',') {
            subject = rather - 2; // "the on-call engineer, rather than following"
        } else if (rather == 0 || (shape[rather - 1] & S_PUNCT) != 0) {
            for (int j = last + 1; j < Math.min(n, last + 1 + WINDOW); j++) {
                ops++;
                if ((shape[j] & S_PUNCT) != 0 && chars[start[j]] == ',') {
                    subject = firstNounPhraseHead(j + 1, Math.min(n, j + 1 + WINDOW));
                    break;
                }
            }
        } else {
            subject = actorBefore(rather);
        }
        if (subject < 0 || !isPerson(subject) || isWe(subject) || nobody(subject)) {
            return;
        }
        if (subject < rather && hypothetical(subject, rather)) {
            return;
        }
        if (subject > k) {
            for (int j = subject + 1; j < Math.min(n, subject + 3); j++) {
                if (has(j, MODAL)) {
                    return; // "Rather than checking the dashboard, the on-call will page the IC"
                }
            }
        }
        emit(LintRule.PERSON_FAILURE, rather, last);
    }

    private static final java.util.Set<String> KNOW = java.util.Set.of("know", "knows", "knew");

    /**
     * "They clearly don't know what they're doing", "the new DBA has no idea what he is doing": a
     * judgement of a person's competence; not with "we", a thing ("what the job is doing") or without
     * the negation.
     */
    private void knowWhatDoing(int k) {
        if (!on(LintRule.JUDGEMENT) || k < 3) {
            return;
        }
        int doer = has(k - 1, BE) && has(k - 2, PERSON_PRONOUN) ? k - 2 : k - 1;
        if (!has(doer, PERSON_PRONOUN) || isWe(doer) || !is(doer - 1, W_WHAT)) {
            return;
        }
        int know = doer - 2;
        if (!isOneOf(know, KNOW) || !negated(know)) {
            return;
        }
        int subject = subjectOf(know);
        if (isPerson(subject) && !isWe(subject) && !nobody(subject)) {
            emit(LintRule.JUDGEMENT, lastNeg[know], k);
        }
    }

    /** A determiner, role noun or capitalised word before the head of a person's noun phrase. */
    private boolean isNounPhrasePart(int k) {
        int f = fl[k];
        if ((f & (PREP | AUX | VERB | BOUNDARY | CONJ | ADVERB)) != 0 || (shape[k] & S_PUNCT) != 0) {
            return false;
        }
        return (f & (DET | PERSON_NOUN)) != 0 || (shape[k] & (S_CAP | S_POSSESSIVE)) != 0;
    }

    /** An adverb between "without" and the check: "actually", "even", "properly", "first". */
    private boolean isCheckAdverb(int k) {
        return (fl[k] & ADVERB) != 0
                || ((fl[k] & KNOWN) == 0 && (shape[k] & (S_LY | S_CAP)) == S_LY)
                || id[k] == W_FIRST;
    }

    /**
     * Whether "because", "since" or ", as <subject>" follows within {@link #WINDOW} tokens: the clause
     * is explained ("merged without a review, as the process allowed for hotfixes"; not ", as usual").
     */
    private boolean explainedAfter(int k) {
        for (int j = k + 1; j < Math.min(n, k + 1 + WINDOW); j++) {
            ops++;
            if (isOneOf(j, EXPLANATIONS)
                    || (id[j] == W_AS
                            && (shape[j - 1] & S_PUNCT) != 0
                            && chars[start[j - 1]] == ','
                            && (has(j + 1, DET | PERSON_PRONOUN)
                                    || is(j + 1, W_IT)
                                    || (j + 1 < n && isOneOf(j + 1, SANCTIONED))))) {
                return true;
            }
        }
        return false;
    }

    /** Participles after ", as" that say a choice was sanctioned: ", as agreed with the QA lead". */
    private static final java.util.Set<String> SANCTIONED = java.util.Set.of(
            "agreed",
            "planned",
            "approved",
            "documented",
            "allowed",
            "permitted",
            "required",
            "instructed",
            "scheduled");

    /**
     * "Lucía's lack of attention", "his lack of focus", "a lack of care by the release team", "a lack
     * of rigour on the part of the reviewers": a judgement of a person. "A lack of monitoring", "a lack
     * of care in the default config" and "no lack of attention" are left alone.
     */
    private void lackOf(int k) {
        if (!on(LintRule.JUDGEMENT) || negated(k) || !is(k - 1, W_OF) || !is(k - 2, W_LACK)) {
            return;
        }
        int owner = k - 3;
        if (owner >= 0
                && (((shape[owner] & S_POSSESSIVE) != 0 && isPerson(owner))
                        || is(owner, W_HIS)
                        || is(owner, W_HER)
                        || is(owner, W_THEIR))) {
            emit(LintRule.JUDGEMENT, owner, k);
            return;
        }
        int from = -1;
        if (is(k + 1, W_FROM) || is(k + 1, W_BY)) {
            from = k + 2;
        } else if (is(k + 1, W_ON) && is(k + 2, W_THE) && is(k + 3, W_PART) && is(k + 4, W_OF)) {
            from = k + 5;
        }
        if (from > 0) {
            int head = firstNounPhraseHead(from, Math.min(n, from + WINDOW));
            if (isPerson(head) && !isWe(head)) {
                emit(LintRule.JUDGEMENT, k - 2, head);
            }
        }
    }

    /** Incident nouns that also name a task one is assigned: "the issue is on Luis" assigns it. */
    private static final java.util.Set<String> ASSIGNABLE = java.util.Set.of("issue", "issues", "problem", "problems");

    /**
     * "This outage is on Luis", "honestly this one is on Dmitri", "that's on the on-call", "it's on
     * the on-call for not escalating": blame put on a person, the "on" at {@code k}. The subject must
     * be an incident noun or a bare "this"/"that" ("it" only with "for not ..." / "for <doing>"), and
     * the person must end the clause: "the action item is on Luis", "the rollback is on Luis now",
     * "it's on Luis's calendar", "the error was on the operator console", "it's on the on-call to page
     * the team" and "this one is on me" are left alone.
     */
    private void isOnPerson(int k) {
        if (!on(LintRule.BLAME_ATTRIBUTION) || k < 1 || negated(k)) {
            return;
        }
        int be = k - 1;
        boolean oneContracted = id[be] == W_ONE && (shape[be] & S_POSSESSIVE) != 0; // "this one's on X"
        if ((fl[be] & BE) == 0 && !oneContracted) {
            return;
        }
        if (has(k + 1, POST_MODIFIER)) {
            return; // "the incident was on call rotation B", "on shift", "on duty"
        }
        int head = firstNounPhraseHead(k + 1, Math.min(n, k + 1 + WINDOW));
        if (!isPerson(head) || isWe(head) || id[head] == W_ME || id[head] == W_MYSELF) {
            return;
        }
        int after = head + 1;
        boolean reason = is(after, W_FOR)
                && after + 1 < n
                && ((fl[after + 1] & NEGATOR) != 0 || trig[after + 1] == T_SKIPPED_CHECK || isGerund(after + 1));
        boolean clauseEnds = after >= n || (shape[after] & S_PUNCT) != 0 || (fl[after] & (CONJ | BOUNDARY)) != 0;
        if (!reason && !clauseEnds) {
            return;
        }
        boolean blamed;
        if (oneContracted || id[be] == W_THATS) {
            blamed = isBareThis(oneContracted ? be - 1 : be);
        } else if (id[be] == W_ITS_CONTRACTED || is(be - 1, W_IT)) {
            blamed = reason;
        } else if (is(be - 1, W_ONE) && (is(be - 2, W_THIS) || is(be - 2, W_THAT))) {
            blamed = isBareThis(be - 2);
        } else if (is(be - 1, W_THIS) || is(be - 1, W_THAT)) {
            blamed = isBareThis(be - 1);
        } else {
            int subject = subjectOf(k);
            blamed = subject >= 0 && (fl[subject] & INCIDENT_NOUN) != 0 && !isOneOf(subject, ASSIGNABLE);
        }
        if (blamed) {
            emit(LintRule.BLAME_ATTRIBUTION, be, head);
        }
    }

    /**
     * Whether "this"/"that" at {@code k} stands alone as a subject: at the start of its clause or after
     * an adverb or a conjunction ("Honestly this one is on Dmitri"), not in "the cost of this".
     */
    private boolean isBareThis(int k) {
        if (k == clauseStart[k]) {
            return true;
        }
        int f = fl[k - 1];
        return (f & (ADVERB | CONJ)) != 0
                || (shape[k - 1] & S_PUNCT) != 0
                || ((f & KNOWN) == 0 && (shape[k - 1] & S_LY) != 0);
    }

    private static final java.util.Set<String> PAST = java.util.Set.of("past");
    private static final java.util.Set<String> LET = java.util.Set.of("let", "lets", "letting");
    private static final java.util.Set<String> WHEEL = java.util.Set.of("wheel", "switch");

    /** Degree words before a judging adjective: "too hasty", "far too rash", "a bit hasty". */
    private static final java.util.Set<String> DEGREE = java.util.Set.of(
            "too",
            "very",
            "overly",
            "rather",
            "quite",
            "so",
            "really",
            "pretty",
            "far",
            "way",
            "a",
            "bit",
            "little",
            "somewhat",
            "extremely");

    /**
     * "Elif was too hasty in closing the incident", "Pavel was rash to fail over", "Kiri's hasty
     * rollback": a judgement, with a person as subject of the copula or as possessive; "a rash of
     * 503s", "a hasty maintenance window chosen by the vendor" are left alone.
     */
    private void hasty(int k) {
        if (!on(LintRule.JUDGEMENT) || negated(k)) {
            return;
        }
        int before = k - 1;
        if (before >= 0
                && (((shape[before] & S_POSSESSIVE) != 0 && isPerson(before))
                        || is(before, W_HIS)
                        || is(before, W_HER))) {
            emit(LintRule.JUDGEMENT, k, k);
            return;
        }
        for (int steps = 0; before >= 0 && steps < 3 && isOneOf(before, DEGREE); steps++) {
            before--;
        }
        if (has(before, BE)) {
            int subject = subjectOf(before + 1);
            if (isPerson(subject) && !isWe(subject)) {
                emit(LintRule.JUDGEMENT, k, k);
            }
        }
    }

    /** What a person "made worse": "made things worse", "made matters worse", "made the outage worse". */
    private static final java.util.Set<String> MADE_WORSE = java.util.Set.of("things", "matters", "it", "everything");

    private static final java.util.Set<String> MADE_WORSE_NOUNS =
            java.util.Set.of("situation", "outage", "incident", "impact");

    /**
     * "Rosa improvised and made things worse": a person's action put as the failure; not with a thing
     * ("the retries made things worse"), a gerund ("restarting the pods made matters worse"), "we", a
     * negation or a modal ("could make things worse").
     */
    private void madeWorse(int k) {
        if (!on(LintRule.PERSON_FAILURE) || k < 2) {
            return;
        }
        int make;
        if (isOneOf(k - 1, MADE_WORSE)) {
            make = k - 2;
        } else if (isOneOf(k - 1, MADE_WORSE_NOUNS) && has(k - 2, DET)) {
            make = k - 3;
        } else {
            return;
        }
        if (!has(make, MAKE) || !lex.word(id[make]).startsWith("ma") || negated(make)) {
            return;
        }
        int subject = subjectOf(make);
        if (isPerson(subject)
                && !isWe(subject)
                && !isGerund(subject)
                && !has(make - 1, MODAL | MODAL_HAVE)
                && !(has(make - 1, HAVE) && has(make - 2, MODAL))) {
            emit(LintRule.PERSON_FAILURE, make, k);
        }
    }

    /** "The team lead let the change slip through", "let a bug slip past them", the slip at {@code k}. */
    private void letSlip(int k) {
        if (!on(LintRule.PERSON_FAILURE)) {
            return;
        }
        for (int j = k - 1; j >= Math.max(clauseStart[k], k - 5); j--) {
            ops++;
            if (isOneOf(j, LET)) {
                int subject = subjectOf(j);
                if (isPerson(subject) && !isWe(subject) && !negated(j) && !has(j - 1, MODAL)) {
                    emit(LintRule.PERSON_FAILURE, j, k + 1);
                }
                return;
            }
        }
    }

    /** A capitalised -ing word read as a name at the start of a sentence: "Restarting the pods made it worse". */
    private boolean isGerund(int k) {
        return (fl[k] & (KNOWN | NAME)) == 0 && end[k] - start[k] > 4 && endsWith(end[k], "ing");
    }

    /** "the engineer's failure to escalate", "a failure by the on-call to respond". */
    private void failureNoun(int k) {
        if (!on(LintRule.PERSON_FAILURE) || negated(k)) {
            return;
        }
        int owner = has(k - 1, DET) ? k - 3 : k - 2;
        if (owner >= 0
                && is(owner + 1, W_OF)
                && isOneOf(owner, OWNER_OF)
                && k + 1 < n
                && (shape[k + 1] & S_PUNCT) != 0
                && chars[start[k + 1]] == ':'
                && on(LintRule.BLAME_ATTRIBUTION)) {
            // a field that names a person: "Owner of failure: Tariq"
            int head = firstNounPhraseHead(k + 2, Math.min(n, k + 2 + WINDOW));
            if (isPerson(head) && !isWe(head)) {
                emit(LintRule.BLAME_ATTRIBUTION, owner, head);
            }
            return;
        }
        if (k > 0 && (shape[k - 1] & S_POSSESSIVE) != 0 && isPerson(k - 1) && is(k + 1, W_TO)) {
            emit(LintRule.PERSON_FAILURE, k - 1, k + 1);
        } else if (is(k + 1, W_OF) && k + 2 < n && isOneOf(k + 2, DUTIES)) {
            // "a failure of ownership by the mobile team"
            int agent = agentAfter(k + 3);
            if (agent >= 0 && on(LintRule.JUDGEMENT)) {
                emit(LintRule.JUDGEMENT, k, agent);
            }
        } else if (is(k + 1, W_OF) || is(k + 1, W_BY)) {
            int head = firstNounPhraseHead(k + 2, Math.min(n, k + 2 + WINDOW));
            if (isPerson(head) && is(head + 1, W_TO)) {
                emit(LintRule.PERSON_FAILURE, k, head + 1);
            }
        }
    }

    private static final java.util.Set<String> OWNER_OF = java.util.Set.of("owner", "cause", "source");

    /** What a kind of person is said to typically do: "classic intern move", "typical dev mistake". */
    private static final java.util.Set<String> TYPICAL_OF = java.util.Set.of(
            "move", "moves", "mistake", "mistakes", "error", "blunder", "screwup", "screw-up", "thing");

    /** What a person owes, whose failure judges them: "a failure of ownership", "of diligence". */
    private static final java.util.Set<String> DUTIES = java.util.Set.of(
            "ownership",
            "accountability",
            "diligence",
            "discipline",
            "leadership",
            "responsibility",
            "judgement",
            "judgment",
            "care",
            "attention");

    /**
     * The person after "by", "from" or "on the part of" at {@code k}, other than "we": "by the mobile
     * team", "on the part of the reviewers"; -1 if there is none.
     */
    private int agentAfter(int k) {
        int from = -1;
        if (is(k, W_FROM) || is(k, W_BY)) {
            from = k + 1;
        } else if (is(k, W_ON) && is(k + 1, W_THE) && is(k + 2, W_PART) && is(k + 3, W_OF)) {
            from = k + 4;
        }
        if (from < 0) {
            return -1;
        }
        int head = firstNounPhraseHead(from, Math.min(n, from + WINDOW));
        return isPerson(head) && !isWe(head) ? head : -1;
    }

    /**
     * The person who owns the quality at {@code k}: "Kim's inattention", "his", "their", "the security
     * team, whose inattention"; -1 for "our", a thing's or none.
     */
    private int ownerBefore(int k) {
        int owner = k - 1;
        if (owner < 0) {
            return -1;
        }
        if (((shape[owner] & S_POSSESSIVE) != 0 && isPerson(owner) && !isWe(owner))
                || is(owner, W_HIS)
                || is(owner, W_HER)
                || is(owner, W_THEIR)) {
            return owner;
        }
        if (is(owner, W_WHOSE)) {
            int antecedent = owner - 1;
            if (antecedent >= 0 && (shape[antecedent] & S_PUNCT) != 0) {
                antecedent--;
            }
            return isPerson(antecedent) && !isWe(antecedent) ? owner : -1;
        }
        return -1;
    }

    /**
     * "Kim's inattention", "the security team, whose inattention led to the outage", "inattention on
     * the part of the reviewers": a judgement of a person; inattention as a condition of work ("alert
     * fatigue and inattention are expected at 3 a.m.") has no owner and is left alone.
     */
    private void inattention(int k) {
        if (!on(LintRule.JUDGEMENT) || negated(k)) {
            return;
        }
        int owner = ownerBefore(k);
        if (owner >= 0) {
            emit(LintRule.JUDGEMENT, owner, k);
            return;
        }
        int agent = agentAfter(k + 1);
        if (agent >= 0) {
            emit(LintRule.JUDGEMENT, k, agent);
        }
    }

    /** Words between "the" and "cause": "the root cause", "the main cause". */
    private static final java.util.Set<String> CAUSE_MODIFIERS = java.util.Set.of(
            "root", "main", "real", "primary", "actual", "underlying", "sole", "ultimate", "direct", "proximate");

    /**
     * "The answer, Lars, is the root cause", "Kim was the main cause", "The root cause was the on-call
     * engineer.", "Root cause: Kim": a person named as the cause. The person must end the clause after
     * "was" or ":" ("the root cause was the on-call rotation", "was Kim's change" name things); not
     * "we", "nobody" or a negation.
     */
    private void personIsCause(int k) {
        if (!on(LintRule.BLAME_ATTRIBUTION) || negated(k)) {
            return;
        }
        int j = k - 1;
        for (int steps = 0; j >= 0 && steps < 2 && isOneOf(j, CAUSE_MODIFIERS); steps++) {
            j--;
        }
        if (has(j, DET) && has(j - 1, BE)) {
            int subject = subjectOf(j - 1);
            if (isPerson(subject) && !isWe(subject) && !nobody(subject) && !negated(j - 1)) {
                emit(LintRule.BLAME_ATTRIBUTION, j - 1, k);
            }
            return;
        }
        int after = k + 1;
        boolean colon = after < n && (shape[after] & S_PUNCT) != 0 && chars[start[after]] == ':';
        if (!colon && !(has(after, BE) && (fl[after] & NEGATOR) == 0 && !has(after + 1, NEGATOR))) {
            return;
        }
        int head = firstNounPhraseHead(after + 1, Math.min(n, after + 1 + WINDOW));
        if (head < 0 || !isPerson(head) || isWe(head) || nobody(head) || (shape[head] & S_POSSESSIVE) != 0) {
            return;
        }
        int next = head + 1;
        if (next >= n || (shape[next] & S_PUNCT) != 0 || (fl[next] & (CONJ | BOUNDARY)) != 0) {
            emit(LintRule.BLAME_ATTRIBUTION, k, head);
        }
    }

    private static final java.util.Set<String> DO_FORMS = java.util.Set.of("do", "did", "does", "doing", "done");

    /**
     * "Someone didn't do their job", "the on-call wasn't doing his job": a person said to have failed
     * at their work; not "we", "nobody", a thing ("the cron job") or a job done.
     */
    private void notDoingJob(int k) {
        if (!on(LintRule.PERSON_FAILURE) || k < 2) {
            return;
        }
        int owner = k - 1;
        if (!(is(owner, W_THEIR) || is(owner, W_HIS) || is(owner, W_HER) || is(owner, W_YOUR))) {
            return;
        }
        int verb = owner - 1;
        if (!isOneOf(verb, DO_FORMS) || !negated(verb)) {
            return;
        }
        int neg = lastNeg[verb];
        int subject = (fl[neg] & PERSON_PRONOUN) != 0 ? neg : subjectOf(verb);
        if (isPerson(subject) && !isWe(subject) && !nobody(subject)) {
            emit(LintRule.PERSON_FAILURE, neg, k);
        }
    }

    /**
     * "the developer did not test the change", "Kenji never read the runbook": a check a person is
     * expected to make, negated by an auxiliary with a person as subject. A negative subject ("nobody
     * noticed") and "we" are left alone: they usually introduce the systemic reason.
     */
    private void omittedCheck(int k) {
        if (!on(LintRule.PERSON_FAILURE) || !negated(k) || has(k - 1, MODAL)) {
            return;
        }
        int neg = lastNeg[k];
        if ((fl[neg] & PERSON_PRONOUN) != 0 || k - neg > 3) {
            return;
        }
        for (int j = neg + 1; j < k; j++) {
            ops++;
            if ((fl[j] & (AUX | ADVERB | NEGATOR)) == 0) {
                return; // "did not have time to test": the omission is not the person's check
            }
        }
        for (int j = k + 1; j < Math.min(n, k + 24); j++) {
            ops++;
            if ((shape[j] & S_PUNCT) != 0 && chars[start[j]] == '.') {
                break;
            }
            if (isOneOf(j, EXPLANATIONS)) {
                return; // "did not notice the alert because it was routed to a muted channel": systemic
            }
        }
        int subject = subjectOf(neg);
        if (isPerson(subject) && !isWe(subject)) {
            emit(LintRule.PERSON_FAILURE, neg, k);
        }
    }

    private static final java.util.Set<String> EXPLANATIONS = java.util.Set.of("because", "since");

    /** Verbs by which a person picks something: "ran the wrong command", "pushed a bad config". */
    private static final java.util.Set<String> CHOICE_VERBS = java.util.Set.of(
            "ran",
            "run",
            "pushed",
            "deployed",
            "merged",
            "applied",
            "typed",
            "entered",
            "executed",
            "shipped",
            "committed",
            "chose",
            "picked",
            "selected",
            "used",
            "edited",
            "modified",
            "configured",
            "approved",
            "targeted",
            "restarted",
            "deleted",
            "dropped",
            "rebooted",
            "killed",
            "copied",
            "pasted",
            "released");

    /** Prepositions before a wrong target: "ran it on the wrong host", "deployed to the wrong region". */
    private static final java.util.Set<String> TARGET_PREPS = java.util.Set.of("on", "against", "in", "to", "into");

    private void wrongChoice(int k) {
        if (!on(LintRule.PERSON_FAILURE) || negated(k) || k + 1 >= n || (shape[k + 1] & S_PUNCT) != 0) {
            return;
        }
        int verb = k - 1;
        if (verb >= 0 && (fl[verb] & DET) != 0) {
            verb--;
        }
        if (verb >= 1 && isOneOf(verb, TARGET_PREPS)) {
            // "ran rm -rf on (the) wrong host": the verb up to four tokens before the preposition
            int prep = verb;
            verb = -1;
            for (int j = prep - 1; j >= Math.max(clauseStart[k], prep - 4); j--) {
                ops++;
                if ((shape[j] & S_PUNCT) != 0 || (fl[j] & (BOUNDARY | CONJ | PREP)) != 0) {
                    break;
                }
                if (isOneOf(j, CHOICE_VERBS)) {
                    verb = j;
                    break;
                }
            }
        }
        if (verb < 0 || !isOneOf(verb, CHOICE_VERBS)) {
            return;
        }
        int subject = subjectOf(verb);
        if (isPerson(subject) && !isWe(subject)) {
            emit(LintRule.PERSON_FAILURE, verb, k + 1);
        }
    }

    private void bother(int k) {
        if (!on(LintRule.PERSON_FAILURE) || !negated(k)) {
            return;
        }
        int neg = lastNeg[k];
        int subject = (fl[neg] & PERSON_PRONOUN) != 0 ? neg : subjectOf(k);
        if (isPerson(subject)) {
            emit(LintRule.PERSON_FAILURE, neg, k);
        }
    }

    private void cause(int k) {
        if (!on(LintRule.PERSON_FAILURE) || negated(k)) {
            return;
        }
        if (is(k + 1, W_BY)) {
            int head = firstNounPhraseHead(k + 2, Math.min(n, k + 2 + WINDOW));
            if (isPerson(head)) {
                emit(LintRule.PERSON_FAILURE, k, head);
            }
            return;
        }
        int subject = subjectOf(k);
        if (isPerson(subject)) {
            emit(LintRule.PERSON_FAILURE, k, k);
        }
    }

    /** Words after "clearly", "obviously" that make the adverb literal: "clearly visible", "clearly due". */
    private static final java.util.Set<String> NOT_HINDSIGHT_BEFORE = java.util.Set.of(
            "because",
            "due",
            "visible",
            "put",
            "shown",
            "stated",
            "marked",
            "labelled",
            "labeled",
            "documented",
            "defined",
            "speaking",
            "as");

    private void hindsightAdverb(int k) {
        if (!on(LintRule.HINDSIGHT)) {
            return;
        }
        // Most of these words are not in the lexicon: compare the source text, not the lexicon entry.
        if (k + 1 < n && isOneOf(k + 1, NOT_HINDSIGHT_BEFORE)) {
            return;
        }
        int subject;
        if (k == clauseStart[k] || (k > 0 && (shape[k - 1] & S_PUNCT) != 0) || k == 0) {
            int from = k + 1;
            if (from < n && (shape[from] & S_PUNCT) != 0) {
                from++;
            }
            subject = firstNounPhraseHead(from, Math.min(n, from + WINDOW));
        } else {
            subject = subjectOf(k);
        }
        if (isPerson(subject) && (!isWe(subject) || counterfactualFollows(k))) {
            emit(LintRule.HINDSIGHT, k, k);
        }
    }

    /** "we clearly should have known": a modal + have within a few tokens after {@code k}. */
    private boolean counterfactualFollows(int k) {
        for (int j = k + 1; j < Math.min(n, k + 5); j++) {
            if ((fl[j] & MODAL_HAVE) != 0 || ((fl[j] & MODAL) != 0 && has(j + 1, HAVE))) {
                return true;
            }
        }
        return false;
    }

    private void justHadTo(int k) {
        if (!on(LintRule.HINDSIGHT) || k + 2 >= n || !is(k + 2, W_TO)) {
            return;
        }
        String verb = id[k + 1] >= 0 ? lex.word(id[k + 1]) : "";
        if (!(verb.equals("had")
                || verb.equals("has")
                || verb.equals("have")
                || verb.equals("needed")
                || verb.equals("needs")
                || verb.equals("need"))) {
            return;
        }
        if (isPerson(subjectOf(k))) {
            emit(LintRule.HINDSIGHT, k, k + 2);
        }
    }

    private void allHadToDo(int k) {
        if (!on(LintRule.HINDSIGHT) || k + 4 >= n) {
            return;
        }
        if (isPerson(k + 1) && id[k + 2] >= 0 && is(k + 3, W_TO) && is(k + 4, W_DO)) {
            String verb = lex.word(id[k + 2]);
            if (verb.equals("had") || verb.equals("has") || verb.equals("needed") || verb.equals("needs")) {
                emit(LintRule.HINDSIGHT, k, k + 4);
            }
        }
    }

    private void anyoneCouldSee(int k) {
        if (!on(LintRule.HINDSIGHT)) {
            return;
        }
        int modal = k + 1;
        int limit = Math.min(n, k + 6);
        // "anyone paying attention would have", "anyone looking at the graph could": a short modifier;
        // "anyone who has used Postgres for a week should know": a short relative clause
        int stops = MODAL | AUX | BOUNDARY | CONJ;
        boolean relative = is(k + 1, W_WHO);
        if (relative) {
            modal = k + 2;
            limit = Math.min(n, k + 10);
            stops = MODAL | BOUNDARY | CONJ;
        }
        while (modal < limit && (fl[modal] & stops) == 0 && (shape[modal] & S_PUNCT) == 0) {
            modal++;
        }
        if (!has(modal, MODAL) || (relative && trig[modal] != T_MODAL)) {
            return; // after a relative clause, only "should / could / would / must": not "can see"
        }
        int j = modal + 1;
        if ((fl[modal] & MODAL_HAVE) == 0 && has(j, HAVE)) {
            j++;
        }
        if (has(j, PERCEIVE)) {
            emit(LintRule.HINDSIGHT, k, j);
        }
    }

    private void customTerms(int k) {
        int[][] candidates = terms.startingWith(id[k]);
        if (candidates == null) {
            return;
        }
        for (int[] term : candidates) {
            int rule = term[0];
            if (!enabled[rule] || k + term.length - 1 > n) {
                continue;
            }
            boolean match = true;
            for (int t = 1; t < term.length && match; t++) {
                ops++;
                match = k + t - 1 < n && id[k + t - 1] == term[t];
            }
            if (!match) {
                continue;
            }
            int last = k + term.length - 2;
            LintRule r = LintRule.values()[rule];
            boolean fire;
            if (r == LintRule.PERSON_FAILURE || r == LintRule.COUNTERFACTUAL || r == LintRule.HINDSIGHT) {
                int subject = subjectOf(k);
                fire = isPerson(subject) && !negatedAround(last);
            } else {
                fire = !negated(k);
            }
            if (fire) {
                sink.accept(rule, start[k], end[last]);
            }
        }
    }
}
