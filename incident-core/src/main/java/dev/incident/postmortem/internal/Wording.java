package dev.incident.postmortem.internal;

import dev.incident.postmortem.FollowUpKind;
import dev.incident.timeline.EntryKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What wording says: the kind of a follow-up or a timeline row, vague follow-ups, blaming root
 * causes, and quantified impact. Small, ordered pattern sets; the first that matches wins. Stateless.
 */
public final class Wording {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A kind, the wording that says it, and a check of what matched (numbers, say); the first accepted match decides. */
    private record KindPattern<K>(K kind, Pattern pattern, java.util.function.Predicate<Matcher> accept) {}

    private static <K> KindPattern<K> kind(K kind, String regex) {
        return new KindPattern<>(kind, Pattern.compile("\\b(?:" + regex + ")", FLAGS), matcher -> true);
    }

    /**
     * Capacity scaled up, written with numbers: "Consumers scaled from 24 to 48 pods", "scaling the pool
     * from 12 to 36 workers". Scaling down ("scaled back from 48 to 24") is no mitigation.
     */
    private static final KindPattern<EntryKind> SCALED_UP = new KindPattern<>(
            EntryKind.MITIGATION,
            Pattern.compile(
                    "\\bscal(?:ed|es|ing|e)\\b[^.;]{0,40}?\\bfrom (\\d{1,6}) (?:\\w+ )?(?:to|→|->) (\\d{1,6})\\b"
                            + "|\\bscal(?:ed|es|ing|e)\\b[^.;]{0,40}?\\((\\d{1,6}) ?(?:→|->|to) ?(\\d{1,6})\\)",
                    FLAGS),
            matcher -> {
                int from = matcher.group(1) != null ? 1 : 3;
                return Long.parseLong(matcher.group(from + 1)) > Long.parseLong(matcher.group(from));
            });

    private static final List<KindPattern<FollowUpKind>> FOLLOW_UP_KINDS = List.of(
            kind(
                    FollowUpKind.DETECT,
                    "alert(?:s|ing)?|pag(?:e|es|ing)\\b|pager|monitor(?:s|ing)?|dashboards?|detect(?:s|ion)?|"
                            + "observability|synthetic (?:checks?|probes?)|probes?|slo burn|anomaly"),
            kind(
                    FollowUpKind.PREVENT,
                    "validat(?:e|es|ion|ing)|block(?:s|ing)?|limit(?:s|ing)?|quotas?|tests?\\b|testing|"
                            + "guard ?rails?|lint(?:s|er|ing)?|prevent(?:s|ion)?|reject(?:s|ing)?|enforc(?:e|es|ing)|"
                            + "canar(?:y|ies)|circuit breakers?|schema checks?|pre-?deploy checks?|safeguards?|"
                            + "constraints?|fuzz(?:ing)?|"
                            // retries that back off, and load kept apart, stop one failure from spreading
                            + "(?:exponential )?back-?off|retry budgets?|bulkheads?|isolat(?:e|es|ed|ion|ing)|"
                            + "separate (?:\\w+ ){0,3}?(?:pools?|queues?|clusters?|workers?)\\b|"
                            + "rate[- ]shaping|fair queu(?:e|ing)"),
            kind(
                    FollowUpKind.PROCESS,
                    "run ?books?|play ?books?|documentation|document(?:s|ed)?\\b|docs\\b|checklists?|process(?:es)?|"
                            + "training|onboarding|escalation polic(?:y|ies)|on-?call handbook|review process|drills?|"
                            + "game ?days?"),
            kind(
                    FollowUpKind.MITIGATE,
                    "roll ?backs?|failover|fail over|kill ?switch(?:es)?|fallbacks?|graceful(?:ly)? degrad|"
                            + "load shedding|auto-?scal(?:e|ing)|mitigat(?:e|ion)"),
            kind(FollowUpKind.FIX, "fix(?:es|ed)?|patch(?:es)?|bug|repair|correct|handle|upgrade"));

    /** Who a communication is for, near "announced": a status page, customers, users, a chat channel. */
    private static final String AUDIENCE =
            "(?:status ?page|customers?|users?|slack|#[\\w-]+|channel|publicly|public|twitter|e-?mail|"
                    + "mailing list|the company|everyone|stakeholders)\\b";

    /** Words that send a message when an audience is near: announced, posted (but not an alert posted). */
    private static final String MESSAGE = "(?:announc(?:e|es|ed|ing|ement)|"
            + "(?<!\\balerts?\\s)(?<!\\balerts? (?:was|were|is|are|got|gets|been) )posted)";

    /** Capacity counted: "two new data nodes", "4 more brokers", "extra replicas". */
    private static final String CAPACITY =
            "(?:\\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|more|new|extra|additional"
                    + "|another) (?:\\w+ ){0,2}?(?:nodes?|pods?|replicas?|instances?|workers?|brokers?|servers?|hosts?|"
                    + "machines?|shards?)\\b";

    private static final List<KindPattern<EntryKind>> ENTRY_KINDS = List.of(
            // the incident's end, even when the same row says the status page was updated
            kind(
                    EntryKind.RESOLUTION,
                    "incident (?:is |was |has been |declared )?(?:resolved|closed)|(?:resolved|closed) the incident"),
            kind(
                    EntryKind.COMMUNICATION,
                    "status ?page (?:updated?|post(?:ed)?|set|changed|moved|switched)|(?:updated|posted (?:to|on)) the status ?page|status update|"
                            + "notified|tweet(?:ed)?|e-?mailed|customers? (?:were )?informed|comms|"
                            // "announced" and "posted" are a message only with an audience near it:
                            // "prefixes announced again" is routing, "announced on the status page" is
                            // communication; an alert posted to a channel is the alert, not a message
                            + MESSAGE + "\\W+(?:\\w+\\W+){0,4}?" + AUDIENCE + "|"
                            + AUDIENCE + "\\W+(?:\\w+\\W+){0,4}?" + MESSAGE),
            kind(
                    EntryKind.DECLARATION,
                    "declare[ds]?\\b(?!\\s+(?:the\\s+)?(?:incident\\s+)?(?:resolved|over|closed|mitigated))|"
                            + "incident (?:opened|created|started)|escalated to sev"),
            kind(
                    EntryKind.ROLE_CHANGE,
                    "incident commander|took command|takes command|handed over|hands over|handover|"
                            + "(?:is|as) (?:the )?(?:ic|commander|scribe|comms lead)\\b|join(?:s|ed)? as"),
            kind(
                    EntryKind.RESOLUTION,
                    "resolved|incident closed|closed the incident|all clear|resolution|"
                            + "(?:outage|incident|impact|issue|disruption) (?:ends|ended|is over|was over)"),
            kind(
                    EntryKind.VERIFICATION,
                    "verified|confirm(?:ed|s)? (?:the )?recovery|back to (?:normal|baseline)|recovered|"
                            + "fully recovered|returned to (?:normal|baseline)|recovery (?:confirmed|verified)"),
            kind(
                    EntryKind.FIX,
                    "fix (?:deployed|merged|applied|shipped|released|rolled out)|hot ?fix|patch (?:deployed|applied)|"
                            + "deployed (?:the |a )?fix|fixed"),
            kind(
                    EntryKind.MITIGATION,
                    "roll(?:ed|ing)? ?back|rollback|revert(?:ed|ing)?|restor(?:ed|ing)\\b|fail(?:ed)? ?over|disabled|turned off|switched off|"
                            + "flag off|scaled (?:up|out)|scale[- ]?(?:up|out)|restart(?:ed)?|drain(?:ed)?|mitigat(?:ed|ion|e)|"
                            // capacity added: "two new data nodes added", "added 4 brokers"
                            + "add(?:ed|ing)? " + CAPACITY + "|" + CAPACITY + " (?:were |was |are |is )?added|"
                            // a protective flag turned on or off: "`webhooks.slow-lane.enabled` turned on"
                            + "(?:feature flag|flag|toggle|kill ?switch|circuit breaker|"
                            + "(?:[a-z0-9]{1,40}[._:/-]){1,6}(?:enabled?|disabled?)\\b)"
                            + "\\W+(?:\\w+\\W+){0,3}?(?:turned|switched|flipped|toggled) (?:on|off)|"
                            + "(?:turned|switched|flipped|toggled) (?:on|off) (?:the )?(?:\\w+ ){0,2}?(?:flag|toggle|kill ?switch)\\b|"
                            + "rate[- ]limit(?:ed|ing)?|impact stopped|shed load|load shed(?:ding)?|kill(?:ed)?|"
                            // "blocked" as something done, not "blocked queries" or "writes blocked"
                            + "blocked (?:the|all|off|traffic|access|ips?|requests? from|further|new)\\b|"
                            + "locks? released|released the locks?|cancel(?:l?ed|l?ing)?\\b|"
                            + "reduc(?:e|ed)|lowered|throttled|freed|deleted|cleaned up|purged"),
            SCALED_UP,
            kind(
                    EntryKind.DIAGNOSIS,
                    "root cause|identified|investigat(?:e|es|ed|ing|ion)|suspect(?:s|ed)?|diagnos(?:e|ed|is)|"
                            + "traced|found (?:that|the)|correlated|hypothes"),
            kind(
                    EntryKind.DETECTION,
                    "alert(?:s|ed)?|fired|paged|pages|detected|noticed|reported|report(?:s)? from|tickets? (?:opened|filed)|"
                            + "spike|errors? (?:began|started|increased)|(?:impact|outage|disruption) (?:began|begins|started|starts)|"
                            + "started failing|"
                            + "began failing|customers? complain"));

    /**
     * A stage the author marked in emphasis at the end of a row: "... back to baseline. **Mitigated.**",
     * "*Resolved.*", "**OUTAGE ENDS**". It says what the row is, whatever the rest of its wording.
     */
    private static final Pattern STAGE_MARKER = Pattern.compile(
            "(?:^|[\\s.;,:])(\\*\\*|__|\\*|_)\\s?(mitigated|mitigation|resolved|resolution|detected|detection|"
                    + "(?:outage|impact|incident) (?:begins|began|starts|started|ends|ended))[.!]?\\s?\\1[.!]?\\s*$",
            FLAGS);

    private static final List<Pattern> VAGUE = compile(
            "\\bbe (?:more |extra |very )?(?:careful|vigilant|diligent|cautious|mindful|thorough|aware)\\b",
            "\\b(?:take|taking) (?:more |extra |greater )?care\\b",
            "\\bpay(?:ing)? (?:more |closer |extra |better )?attention\\b",
            "\\bremind(?:ing)? (?:the |all |our )?(?:team|teams|everyone|engineers|developers|devs|people|folks|staff|on-?call)\\b",
            "\\b(?:double|triple)[- ]?check(?:ing)?\\b",
            "\\btry (?:harder|to remember|to be)\\b",
            "\\b(?:remember|don'?t forget|do not forget) to\\b",
            "\\bavoid (?:making )?(?:mistakes|errors|typos)\\b",
            "\\b(?:make|making) fewer (?:mistakes|errors)\\b",
            "\\b(?:communicate|communicating) better\\b",
            "\\bbe more (?:proactive|responsible|rigorous)\\b",
            "\\b(?:more|better|extra) (?:care|caution|discipline|vigilance)\\b",
            "\\b(?:raise|improve) awareness\\b");

    private static final List<Pattern> BLAME_INSENSITIVE = compile(
            "\\b(?:human|operator|user|engineer|engineering|developer|pilot|manual) (?:error|mistake|failure)s?\\b",
            "\\b(?:someone|somebody|an engineer|the engineer|the developer|a developer|the operator|an operator|"
                    + "the on-?call(?: engineer)?|the intern|the admin|the dba|the sre|they|he|she)"
                    + " (?:forgot|failed to|neglected|didn'?t|did not|made a mistake|messed up|screwed up|"
                    + "should have|ignored|was careless|was sloppy|fat[- ]fingered)",
            "\\b(?:mistake|error|fault|negligence|carelessness) (?:by|of|from) (?!the (?:system|service|code|"
                    + "config|configuration|pipeline|deploy))",
            "\\b(?:his|her|their) (?:mistake|fault|error|carelessness|negligence)\\b",
            "\\bcareless(?:ness|ly)?\\b",
            "\\bnegligen(?:ce|t)\\b",
            "\\bfat[- ]finger(?:ed|ing)?\\b",
            "\\bpebkac\\b",
            "\\bhuman factor\\b");
    /** Negation after a blaming phrase: "human error is never a root cause", "... was not the cause". */
    private static final Pattern NEGATED_AFTER = Pattern.compile(
            "^\\s*(?:is|was|are|were|has|had)?\\s*(?:never|not|n't|no longer|rarely|seldom)\\b|"
                    + "^\\s*(?:isn'?t|wasn'?t|aren'?t|weren'?t)\\b",
            FLAGS);
    /** Negation before a blaming phrase: "not human error", "rather than blaming human error". */
    private static final Pattern NEGATED_BEFORE = Pattern.compile(
            "\\b(?:not|no|never|rather than|instead of|beyond|isn'?t|wasn'?t)\\s+(?:\\w+\\s+){0,2}$", FLAGS);

    /** A handle with any blaming verb, or a capitalised name with a verb only people do. */
    private static final Pattern BLAME_NAMED = Pattern.compile(
            "(?<![\\w.])@[A-Za-z0-9][\\w.-]*\\s+(?:forgot|failed to|neglected|didn'?t|did not|made a mistake|messed up|"
                    + "screwed up|should have|ignored|broke)\\b|"
                    + "\\b[A-Z][a-z]+\\s+(?:forgot|neglected|made a mistake|messed up|screwed up|should have known|"
                    + "was careless|was sloppy)\\b");

    private static final Pattern DURATION = Pattern.compile(
            "\\b\\d+(?:[.,]\\d+)?\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\\b|"
                    + "\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:utc\\s*)?(?:-|–|—|to|until|till)\\s*\\d{1,2}:\\d{2}|"
                    + "\\bpt\\d+[hms]",
            FLAGS);
    private static final Pattern SCOPE = Pattern.compile(
            "\\d(?:[\\d,.]*\\d)?\\s*(?:%|percent\\b|per ?cent\\b)|"
                    + "\\b\\d(?:[\\d,.]*\\d)?\\s*(?:k|m|b|bn|million|billion|thousand|hundred)?\\s*(?:of (?:our |the |all )?)?"
                    + "(?:users?|customers?|requests?|orders?|accounts?|transactions?|merchants?|sessions?|calls?|"
                    + "errors?|payments?|messages?|jobs?|queries|tenants?|sites?|devices?|e-?mails?|events?|"
                    + "checkouts?|logins?|sign-?ins?|uploads?|downloads?|deliveries|builds?|deploys?|records?|rows?|"
                    + "pages?|api calls?|people|members?|stores?|shops?|drivers?|riders?|subscribers?|visits?|"
                    + "visitors?|views|queries|notifications?|invoices?|builds?|files?|images?|videos?)\\b|"
                    + "\\ball (?:users|customers|requests|traffic|regions|tenants|merchants)\\b",
            FLAGS);

    /**
     * A count of people or requests written in prose: a number (with thousands separators, a decimal
     * part with a multiplier such as "1.2 million", or "3k"), up to two describing words, and what was
     * counted: "9,800 unique customers", "~2,300 accounts", "184,000 failed push requests". The words
     * may wrap onto the next line of a paragraph.
     */
    private static final Pattern COUNT =
            Pattern.compile("(?<![\\w.,$€£¥/-])(\\d{1,3}(?:,\\d{3})++|\\d++)(?:\\.(\\d{1,3}))?"
                    + "(?: ?(k|K|M|B|bn|thousand|million|billion)\\b)?"
                    + "((?:\\s{1,4}(?!of\\b)[a-z][a-z-]{0,20}){0,2}?)\\s{1,4}"
                    + "(users|customers|accounts|merchants|tenants|subscribers|requests|queries)\\b");
    /** A count that is the whole a part was taken from: "3 of our 9,800 customers". */
    private static final Pattern OF_WHOLE = Pattern.compile("\\b(?:out )?of(?: (?:our|the|all|its|their))? $");

    private Wording() {}

    /**
     * The number of users written in an impact text ("affecting an estimated 9,800 unique customers",
     * "~2,300 accounts"): the first count of users, customers, accounts, merchants, tenants or
     * subscribers, unless it is the whole a part was taken from ("3 of our 9,800 customers").
     */
    public static java.util.OptionalLong usersAffected(String text) {
        return count(text, false);
    }

    /** The number of requests or queries written in an impact text ("~184,000 failed push requests"), likewise. */
    public static java.util.OptionalLong requestsAffected(String text) {
        return count(text, true);
    }

    private static java.util.OptionalLong count(String text, boolean requests) {
        Matcher matcher = COUNT.matcher(text);
        while (matcher.find()) {
            String noun = matcher.group(5);
            boolean isRequests = noun.equals("requests") || noun.equals("queries");
            String before = text.substring(Math.max(0, matcher.start() - 12), matcher.start());
            if (isRequests != requests || OF_WHOLE.matcher(before).find()) {
                continue;
            }
            java.math.BigDecimal value = new java.math.BigDecimal(
                    matcher.group(1).replace(",", "") + (matcher.group(2) == null ? "" : "." + matcher.group(2)));
            String multiplier = matcher.group(3);
            if (multiplier != null) {
                value = value.multiply(java.math.BigDecimal.valueOf(
                        switch (multiplier) {
                            case "k", "K", "thousand" -> 1_000L;
                            case "M", "million" -> 1_000_000L;
                            default -> 1_000_000_000L;
                        }));
            }
            if (value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
                continue; // "1.5 users" is no count
            }
            if (value.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                continue;
            }
            return java.util.OptionalLong.of(value.longValue());
        }
        return java.util.OptionalLong.empty();
    }

    /** Whether a timeline row says the user impact started: "Impact begins", "**OUTAGE BEGINS**". */
    public static boolean saysImpactStarted(String text) {
        return IMPACT_STARTED.matcher(text).find();
    }

    /** Whether a timeline row says the user impact ended: "Impact ends", "**OUTAGE ENDS**". */
    public static boolean saysImpactEnded(String text) {
        return IMPACT_ENDED.matcher(text).find();
    }

    private static final Pattern IMPACT_STARTED = Pattern.compile(
            "\\b(?:user |customer )?(?:impact|outage|disruption) (?:begins|began|starts|started)\\b", FLAGS);
    private static final Pattern IMPACT_ENDED = Pattern.compile(
            "\\b(?:user |customer )?(?:impact|outage|disruption) (?:ends|ended|is over|was over|stops|stopped)\\b",
            FLAGS);

    /** A qualifier before a stated duration: "about 4 h 42 min", "~25 min". */
    private static final String ABOUT =
            "(?:(?:about|around|approximately|approx\\.|roughly|nearly|almost|just over|just under"
                    + "|over|under|some|~|≈)\\s?)?";
    /**
     * A duration as written: "26 min", "4 hours 35 minutes", "1h 12m", "4 h 42 min", "1.5 hours". Units
     * of one letter are lower case, so that "4.1 M messages" is no duration.
     */
    private static final String SPAN =
            "\\d{1,4}(?:\\.\\d{1,2})?\\s?(?:(?i:days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)|d|h|m|s)\\b"
                    + "(?:\\s?,?\\s?(?:and\\s)?\\d{1,4}\\s?(?:(?i:hours?|hrs?|minutes?|mins?|seconds?|secs?)|h|m|s)\\b){0,2}";

    private static final Pattern SPAN_PATTERN = Pattern.compile(SPAN);
    /** A range of times: "07:48–12:30", "12:05 to 12:31". */
    private static final Pattern TIME_RANGE =
            Pattern.compile("(?<![\\d:])(\\d{1,2}):(\\d{2})\\s?(?:[-–—]|to|until)\\s?(\\d{1,2}):(\\d{2})(?![\\d:])");
    /** A line that is a duration field: "Duration: 26 min", "- **Impact duration:** about 4 h 42 min". */
    private static final Pattern DURATION_LABEL = Pattern.compile(
            "^\\s{0,3}(?:[-*+]\\s+|\\d{1,2}[.)]\\s+)?(?:(?:total|impact|outage|incident|customer impact)\\s)?"
                    + "(?:duration|downtime)(?: of (?:the )?(?:impact|outage|incident))?\\s?:\\s*(.*)$",
            FLAGS);
    /**
     * Durations stated as the incident's in prose: "lasted 41 minutes", "For 4 hours 35 minutes, ...",
     * "stopped answering for 35 minutes", "26 min full outage", "77 minutes of customer impact", "during
     * the 35 minutes". A duration in any other wording ("the retry waits 5 minutes") is not the impact's.
     */
    private static final Pattern STATED_DURATION = Pattern.compile(
            "\\blasted\\s(?:for\\s)?" + ABOUT + "(" + SPAN + ")"
                    + "|(?:^|[.!?]\\s|^\\s{0,3}(?:[-*+]|\\d{1,2}[.)])\\s)\\s?for\\s" + ABOUT + "(" + SPAN + ")"
                    + "|\\b(?:stopped|failed|failing|down|unavailable|offline|degraded|delayed|disrupted|impacted"
                    + "|(?:an |the )?outage)\\b[^.;:!?\\n]{0,80}?\\bfor\\s" + ABOUT + "(" + SPAN + ")"
                    + "|(?<![\\w.])" + ABOUT + "(" + SPAN
                    + ")\\s(?:of\\s)?(?:(?:full|partial|total|complete|customer|user"
                    + "|user-facing|customer-facing)\\s){0,2}(?:outage|downtime|disruption|degradation|impact"
                    + "|unavailability)\\b"
                    + "|\\bduring the (?:whole |entire |full )?(" + SPAN + ")",
            FLAGS);

    private static final int DURATION_LINE = 2_000;

    /**
     * The duration an impact or summary text states for the incident: a duration field ("**Duration:**
     * 26 min", "Duration: 09:03–10:41 UTC (1 h 38 min)") or prose that says the incident lasted it (see
     * {@link #STATED_DURATION}); the first such line wins. Empty when none does.
     */
    public static Optional<java.time.Duration> statedDuration(String text) {
        for (String raw : text.split("\n")) {
            String line = raw.replace("**", "").replace("__", "");
            if (line.length() > DURATION_LINE) {
                line = line.substring(0, DURATION_LINE);
            }
            Matcher label = DURATION_LABEL.matcher(line);
            if (label.matches()) {
                Optional<java.time.Duration> value = durationValue(label.group(1));
                if (value.isPresent()) {
                    return value;
                }
                continue;
            }
            Matcher stated = STATED_DURATION.matcher(line);
            if (stated.find()) {
                for (int group = 1; group <= stated.groupCount(); group++) {
                    if (stated.group(group) != null) {
                        return Times.duration(stated.group(group)).filter(duration -> !duration.isZero());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The duration a field's value gives: the first duration in it ("about 4 h 42 min of stale results",
     * "09:03–10:41 UTC (1 h 38 min)"), else the length of a range of times in it ("12:05–12:31 ET").
     */
    public static Optional<java.time.Duration> durationValue(String value) {
        String text = value.length() > 200 ? value.substring(0, 200) : value;
        Matcher span = SPAN_PATTERN.matcher(text);
        if (span.find()) {
            return Times.duration(span.group()).filter(duration -> !duration.isZero());
        }
        Matcher range = TIME_RANGE.matcher(text);
        if (range.find()) {
            int from = Integer.parseInt(range.group(1)) * 60 + Integer.parseInt(range.group(2));
            int to = Integer.parseInt(range.group(3)) * 60 + Integer.parseInt(range.group(4));
            if (from >= 24 * 60
                    || to >= 24 * 60
                    || Integer.parseInt(range.group(2)) > 59
                    || Integer.parseInt(range.group(4)) > 59
                    || from == to) {
                return Optional.empty();
            }
            return Optional.of(java.time.Duration.ofMinutes(to > from ? to - from : to + 24 * 60 - from));
        }
        return Optional.empty();
    }

    private static List<Pattern> compile(String... regexes) {
        return java.util.Arrays.stream(regexes)
                .map(regex -> Pattern.compile(regex, FLAGS))
                .toList();
    }

    /** Infers a follow-up's kind from its wording, if any pattern matches. */
    public static Optional<FollowUpKind> followUpKind(String text) {
        return first(FOLLOW_UP_KINDS, text);
    }

    /** Infers a timeline row's kind from its wording; {@link EntryKind#NOTE} when nothing matches. */
    public static EntryKind entryKind(String text) {
        Matcher marker = STAGE_MARKER.matcher(text);
        if (marker.find()) {
            String stage = marker.group(2).toLowerCase(java.util.Locale.ROOT);
            if (stage.startsWith("mitigat")) {
                return EntryKind.MITIGATION;
            } else if (stage.startsWith("resol") || stage.endsWith("ends") || stage.endsWith("ended")) {
                return EntryKind.RESOLUTION;
            }
            return EntryKind.DETECTION;
        }
        return first(ENTRY_KINDS, text).orElse(EntryKind.NOTE);
    }

    private static <K> Optional<K> first(List<KindPattern<K>> patterns, String text) {
        for (KindPattern<K> candidate : patterns) {
            Matcher matcher = candidate.pattern().matcher(text);
            while (matcher.find()) {
                if (candidate.accept().test(matcher)) {
                    return Optional.of(candidate.kind());
                }
            }
        }
        return Optional.empty();
    }

    /** Returns the vague phrase in a follow-up ("be more careful", "double-check"), if any. */
    public static Optional<String> vaguePhrase(String text) {
        return firstMatch(VAGUE, text);
    }

    /** Returns the phrase of a root cause that blames a person ("human error", "@bob forgot"), if any. */
    public static Optional<String> blamingPhrase(String text) {
        for (Pattern pattern : BLAME_INSENSITIVE) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                if (!negated(text, matcher.start(), matcher.end())) {
                    return Optional.of(matcher.group().strip());
                }
            }
        }
        Matcher matcher = BLAME_NAMED.matcher(text);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    /**
     * Whether the phrase at {@code start..end} is denied in its own sentence: "human error is never a
     * root cause", "this was not human error". Only the sentence around the phrase is looked at.
     */
    private static boolean negated(String text, int start, int end) {
        int sentenceStart = Math.max(
                Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("; ", start)), text.lastIndexOf(": ", start));
        String before = text.substring(sentenceStart < 0 ? 0 : sentenceStart + 2, start);
        String after = text.substring(end, Math.min(text.length(), end + 40));
        return NEGATED_AFTER.matcher(after).find()
                || NEGATED_BEFORE.matcher(before).find();
    }

    private static Optional<String> firstMatch(List<Pattern> patterns, String text) {
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return Optional.of(matcher.group().strip());
            }
        }
        return Optional.empty();
    }

    /** Returns whether a text states a duration ("18 minutes", "2h", "14:00-14:18"). */
    public static boolean statesDuration(String text) {
        return DURATION.matcher(text).find();
    }

    /** Returns whether a text states a measure of scope ("8% of requests", "12,000 users"). */
    public static boolean statesScope(String text) {
        return SCOPE.matcher(text).find();
    }
}
