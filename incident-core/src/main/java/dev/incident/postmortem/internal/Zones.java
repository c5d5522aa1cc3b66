package dev.incident.postmortem.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time zones as postmortems write them: after a time ({@code 14:52 UTC}, {@code 2:14 PM PDT},
 * {@code 10:00 UTC+2}, {@code 10:00 +02:00}, {@code 10:00 (UTC-7)}), in a note on the document's times
 * ({@code All times in CET (UTC+1)}, {@code Times are Pacific (PDT)}), in a field ({@code Timezone:
 * Europe/Berlin}) or a label ({@code Timeline (PDT)}, {@code Time (UTC)}). Stateless.
 *
 * <p>What is read:
 *
 * <ul>
 *   <li>numeric offsets ({@code +02:00}, {@code +0200}, {@code UTC+1}, {@code GMT+5:30}, {@code
 *       UTC−7} with a minus sign or a hyphen) and IANA ids ({@code Europe/Berlin});
 *   <li>abbreviations that name one offset: UTC, UT, GMT, Z, WET, WEST, CET, CEST, EET, EEST, BST
 *       (British Summer Time, not Bangladesh), MSK, EST, EDT, CDT (US Central Daylight; Cuba's rarely
 *       appears in English postmortems), MST, MDT, PST, PDT, AKST, AKDT, HST, JST, KST, SGT, HKT, AWST,
 *       ACST, ACDT, AEST, AEDT, NZST and NZDT, and their names written out ("Pacific Daylight Time");
 *   <li>ET, PT, CT and MT (and "Eastern", "Pacific", "Central Time", "Mountain Time") as the US
 *       regions, whose offset the date decides.
 * </ul>
 *
 * <p>Abbreviations that name several zones are not guessed: IST (India, Ireland or Israel), CST (US
 * Central, China or Cuba: fourteen hours apart), AST (Atlantic or Arabia), GST and SST. They read as
 * an unknown zone, unless an offset is written with them ({@code CST (UTC-6)}). So does a standard-time
 * abbreviation on a date its region keeps summer time ({@code PST} in July, {@code CET} in August),
 * which people often write for local time: the time is then not converted rather than converted by
 * the wrong hour. MST, AEST and ACST are exempt, since Arizona, Queensland and the Northern Territory
 * keep them all year. An offset written next to a name must agree with the name's own.
 */
public final class Zones {
    /** A zone as written: its id when it could be read, and the region whose season its abbreviation names. */
    public record Zone(Optional<ZoneId> id, Optional<ZoneId> season, String written) {
        /** UTC, as a document that names no zone is read. */
        public static final Zone UTC = new Zone(Optional.of(ZoneOffset.UTC), Optional.empty(), "UTC");

        static Zone unknown(String written) {
            return new Zone(Optional.empty(), Optional.empty(), written);
        }

        /** Whether the zone could be read. */
        public boolean known() {
            return id.isPresent();
        }

        /** Whether the zone is UTC. */
        public boolean isUtc() {
            return id.map(zone -> zone.normalized().equals(ZoneOffset.UTC)).orElse(false);
        }

        /**
         * The offset of a local time on a local date in this zone. Empty when the zone is unknown, when
         * a region's offset needs a date that is not known, when the local time falls in a clock change
         * (skipped or repeated), and when an abbreviation's season does not hold on that date.
         */
        public Optional<ZoneOffset> offset(Optional<LocalDate> date, LocalTime time) {
            if (id.isEmpty()) {
                return Optional.empty();
            }
            if (id.get() instanceof ZoneOffset fixed) {
                if (season.isPresent() && date.isPresent()) {
                    ZoneOffset kept = season.get()
                            .getRules()
                            .getOffset(LocalDateTime.of(date.get(), time).toInstant(fixed));
                    if (!kept.equals(fixed)) {
                        return Optional.empty();
                    }
                }
                return Optional.of(fixed);
            }
            if (date.isEmpty()) {
                return Optional.empty();
            }
            List<ZoneOffset> valid = id.get().getRules().getValidOffsets(LocalDateTime.of(date.get(), time));
            return valid.size() == 1 ? Optional.of(valid.get(0)) : Optional.empty();
        }
    }

    /** What one abbreviation or name means: an offset or region, the region of its season; or nothing (ambiguous). */
    private record Meaning(Optional<ZoneId> id, Optional<ZoneId> season) {}

    private static Meaning fixed(int hours, int minutes, String season) {
        return new Meaning(
                Optional.of(ZoneOffset.ofHoursMinutes(hours, hours < 0 ? -minutes : minutes)),
                season.isEmpty() ? Optional.empty() : Optional.of(ZoneId.of(season)));
    }

    private static Meaning region(String id) {
        return new Meaning(Optional.of(ZoneId.of(id)), Optional.empty());
    }

    private static final Meaning AMBIGUOUS = new Meaning(Optional.empty(), Optional.empty());
    private static final String NEW_YORK = "America/New_York";
    private static final String CHICAGO = "America/Chicago";
    private static final String DENVER = "America/Denver";
    private static final String LOS_ANGELES = "America/Los_Angeles";
    private static final String LONDON = "Europe/London";
    private static final String LISBON = "Europe/Lisbon";
    private static final String BERLIN = "Europe/Berlin";
    private static final String ATHENS = "Europe/Athens";
    private static final String SYDNEY = "Australia/Sydney";

    /** Abbreviations, written in capitals. */
    private static final Map<String, Meaning> ABBREVIATIONS = Map.ofEntries(
            Map.entry("UTC", fixed(0, 0, "")),
            Map.entry("UT", fixed(0, 0, "")),
            Map.entry("GMT", fixed(0, 0, "")),
            Map.entry("Z", fixed(0, 0, "")),
            Map.entry("WET", fixed(0, 0, LISBON)),
            Map.entry("WEST", fixed(1, 0, LISBON)),
            Map.entry("BST", fixed(1, 0, LONDON)),
            Map.entry("CET", fixed(1, 0, BERLIN)),
            Map.entry("CEST", fixed(2, 0, BERLIN)),
            Map.entry("EET", fixed(2, 0, ATHENS)),
            Map.entry("EEST", fixed(3, 0, ATHENS)),
            Map.entry("MSK", fixed(3, 0, "")),
            Map.entry("EST", fixed(-5, 0, NEW_YORK)),
            Map.entry("EDT", fixed(-4, 0, NEW_YORK)),
            Map.entry("CDT", fixed(-5, 0, CHICAGO)),
            Map.entry("MST", fixed(-7, 0, "")),
            Map.entry("MDT", fixed(-6, 0, DENVER)),
            Map.entry("PST", fixed(-8, 0, LOS_ANGELES)),
            Map.entry("PDT", fixed(-7, 0, LOS_ANGELES)),
            Map.entry("AKST", fixed(-9, 0, "America/Anchorage")),
            Map.entry("AKDT", fixed(-8, 0, "America/Anchorage")),
            Map.entry("HST", fixed(-10, 0, "")),
            Map.entry("JST", fixed(9, 0, "")),
            Map.entry("KST", fixed(9, 0, "")),
            Map.entry("SGT", fixed(8, 0, "")),
            Map.entry("HKT", fixed(8, 0, "")),
            Map.entry("AWST", fixed(8, 0, "")),
            Map.entry("ACST", fixed(9, 30, "")),
            Map.entry("ACDT", fixed(10, 30, "Australia/Adelaide")),
            Map.entry("AEST", fixed(10, 0, "")),
            Map.entry("AEDT", fixed(11, 0, SYDNEY)),
            Map.entry("NZST", fixed(12, 0, "Pacific/Auckland")),
            Map.entry("NZDT", fixed(13, 0, "Pacific/Auckland")),
            Map.entry("ET", region(NEW_YORK)),
            Map.entry("CT", region(CHICAGO)),
            Map.entry("MT", region(DENVER)),
            Map.entry("PT", region(LOS_ANGELES)),
            Map.entry("IST", AMBIGUOUS),
            Map.entry("CST", AMBIGUOUS),
            Map.entry("AST", AMBIGUOUS),
            Map.entry("GST", AMBIGUOUS),
            Map.entry("SST", AMBIGUOUS));

    /** Names written out, in lower case with single spaces. */
    private static final Map<String, Meaning> NAMES = Map.ofEntries(
            Map.entry("coordinated universal time", fixed(0, 0, "")),
            Map.entry("universal time", fixed(0, 0, "")),
            Map.entry("greenwich mean time", fixed(0, 0, "")),
            Map.entry("british summer time", fixed(1, 0, LONDON)),
            Map.entry("western european time", fixed(0, 0, LISBON)),
            Map.entry("western european summer time", fixed(1, 0, LISBON)),
            Map.entry("central european time", fixed(1, 0, BERLIN)),
            Map.entry("central european standard time", fixed(1, 0, BERLIN)),
            Map.entry("central european summer time", fixed(2, 0, BERLIN)),
            Map.entry("eastern european time", fixed(2, 0, ATHENS)),
            Map.entry("eastern european summer time", fixed(3, 0, ATHENS)),
            Map.entry("eastern standard time", fixed(-5, 0, NEW_YORK)),
            Map.entry("eastern daylight time", fixed(-4, 0, NEW_YORK)),
            Map.entry("central standard time", fixed(-6, 0, CHICAGO)),
            Map.entry("central daylight time", fixed(-5, 0, CHICAGO)),
            Map.entry("mountain standard time", fixed(-7, 0, "")),
            Map.entry("mountain daylight time", fixed(-6, 0, DENVER)),
            Map.entry("pacific standard time", fixed(-8, 0, LOS_ANGELES)),
            Map.entry("pacific daylight time", fixed(-7, 0, LOS_ANGELES)),
            Map.entry("india standard time", fixed(5, 30, "")),
            Map.entry("japan standard time", fixed(9, 0, "")),
            Map.entry("eastern time", region(NEW_YORK)),
            Map.entry("eastern", region(NEW_YORK)),
            Map.entry("central time", region(CHICAGO)),
            Map.entry("mountain time", region(DENVER)),
            Map.entry("pacific time", region(LOS_ANGELES)),
            Map.entry("pacific", region(LOS_ANGELES)));

    /** The areas of IANA ids: a word before them and a slash is a zone attempt, known or not. */
    private static final String IANA =
            "(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/[A-Za-z_+-]{1,30}"
                    + "(?:/[A-Za-z_]{1,30})?";
    /** A UTC or GMT offset: {@code UTC+1}, {@code GMT+5:30}, {@code UTC−07:00}. */
    private static final String UTC_OFFSET = "(?i:utc|gmt)\\s?[+\\-−]\\s?\\d{1,2}(?::?\\d{2})?";
    /** An offset alone: {@code +02:00}, {@code +0200}, {@code −07:00}. */
    private static final String OFFSET = "[+\\-−]\\d{2}:?\\d{2}";

    /** One zone token; capital abbreviations are checked against the table when read. */
    static final String TOKEN =
            "(?:" + UTC_OFFSET + "|" + OFFSET + "|(?i:utc|gmt)|" + IANA + "|[A-Z]{1,5})" + "(?![\\w/+\\-−]|:\\d)";

    /**
     * A zone after a time: a token perhaps followed by a parenthesis of one or two ({@code CET (UTC+1)}),
     * or a parenthesis alone ({@code (UTC-7)}). Anchored where it is used, and bounded.
     */
    static final Pattern SUFFIX = Pattern.compile("\\s{0,3}(?:\\(\\s?(" + TOKEN + ")(?:\\s?,\\s?(" + TOKEN
            + "))?\\s?\\)|(" + TOKEN + ")(?:\\s{0,3}\\(\\s?(" + TOKEN + ")(?:\\s?,\\s?(" + TOKEN + "))?\\s?\\))?)");

    /** A zone token alone after a time. */
    private static final Pattern BARE_SUFFIX = Pattern.compile("\\s{0,3}(" + TOKEN + ")");

    private static final Pattern NUMERIC =
            Pattern.compile("^(?:(?i:utc|gmt)\\s?)?([+\\-−])\\s?(\\d{1,2})(?::?(\\d{2}))?$");

    /** Where a note on the document's times starts: "All times", "Times are", "Timestamps are in". */
    private static final Pattern NOTE = Pattern.compile(
            "(?<![\\w])(?:all (?:times|timestamps)(?: (?:below|above|here|shown|given|listed|are|were|in this"
                    + " (?:document|report|post|page|timeline|review)))*|(?:times|timestamps) (?:are|were)"
                    + "(?: (?:all|shown|given|listed|written|expressed))*)(?: in)?(?: the)?\\s{1,3}",
            Pattern.CASE_INSENSITIVE);

    /** The zone a note names: a name or token, and perhaps a parenthesis with more ("(PDT, UTC−7)"). */
    private static final Pattern NOTE_ZONE =
            Pattern.compile("(" + TOKEN + "|[A-Za-z]{1,12}(?: [A-Za-z]{1,12}){0,3})(?:\\s{0,3}\\(([^()]{1,40})\\))?");

    /** A label's words after "Time": "Time UTC", "Time, ET", or only the zone: "UTC". */
    private static final Pattern LABEL_WORDS =
            Pattern.compile("^(?:(?:time|timestamp|when)s?\\b[,:]?\\s*(?:in\\s+)?)?(.+)$", Pattern.CASE_INSENSITIVE);

    private static final int LINE_LENGTH = 300;

    private Zones() {}

    /** A zone read after a time, and where its text ends. */
    public record SuffixMatch(Zone zone, int end) {}

    /**
     * Reads a zone written at {@code from} in {@code text}, after a time: {@code " UTC"}, {@code " PDT"},
     * {@code " CET (UTC+1)"}, {@code " (UTC-7)"}, {@code "+02:00"}. Empty when what follows is no zone (a
     * capital word such as "DB" is text). A hyphen before an offset after a bare time reads as a range
     * ({@code 14:00-14:18}) unless {@code hyphenIsOffset} (the time had a date or seconds, as in ISO
     * timestamps) or the offset is in parentheses.
     */
    public static Optional<SuffixMatch> suffix(String text, int from, boolean hyphenIsOffset) {
        for (Pattern pattern : List.of(SUFFIX, BARE_SUFFIX)) {
            Matcher matcher = pattern.matcher(text).region(from, text.length());
            if (!matcher.lookingAt()) {
                continue;
            }
            List<String> tokens = new ArrayList<>();
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    tokens.add(matcher.group(group));
                }
            }
            boolean parenthesised = pattern == SUFFIX && matcher.group(1) != null;
            if (tokens.get(0).startsWith("-") && !hyphenIsOffset && !parenthesised) {
                return Optional.empty();
            }
            if (tokens.stream().allMatch(Zones::isZone)) {
                return resolve(tokens).map(zone -> new SuffixMatch(zone, matcher.end()));
            }
        }
        return Optional.empty();
    }

    /** Whether a token names a zone, known or not: a table abbreviation, an offset or an id in an IANA area. */
    private static boolean isZone(String token) {
        return ABBREVIATIONS.containsKey(token)
                || token.equalsIgnoreCase("utc")
                || token.equalsIgnoreCase("gmt")
                || NUMERIC.matcher(token).matches()
                || token.contains("/");
    }

    /**
     * The zone that tokens written together name ("PDT", "UTC−7", "CET (UTC+1)"): an offset written
     * wins, if every fixed name agrees with it; otherwise the names, if they agree. Unknown when a token
     * is ambiguous and nothing settles it, or when they disagree.
     */
    private static Optional<Zone> resolve(List<String> tokens) {
        String written = String.join(" ", tokens);
        List<Meaning> meanings = new ArrayList<>();
        Optional<ZoneOffset> offset = Optional.empty();
        for (String token : tokens) {
            Optional<ZoneOffset> numeric = numeric(token);
            if (numeric.isPresent()) {
                if (offset.isPresent() && !offset.equals(numeric)) {
                    return Optional.of(Zone.unknown(written));
                }
                offset = numeric;
                continue;
            }
            Optional<Meaning> meaning = meaning(token);
            if (meaning.isEmpty()) {
                return Optional.of(Zone.unknown(written));
            }
            meanings.add(meaning.get());
        }
        return Optional.of(combine(meanings, offset, written));
    }

    private static Zone combine(List<Meaning> meanings, Optional<ZoneOffset> offset, String written) {
        if (offset.isPresent()) {
            for (Meaning meaning : meanings) {
                if (meaning.id().isPresent()
                        && meaning.id().get() instanceof ZoneOffset fixed
                        && !fixed.equals(offset.get())) {
                    return Zone.unknown(written);
                }
            }
            return new Zone(Optional.of(offset.get()), Optional.empty(), written);
        }
        Meaning fixed = null;
        Meaning region = null;
        for (Meaning meaning : meanings) {
            if (meaning.id().isEmpty()) {
                return Zone.unknown(written);
            }
            boolean isFixed = meaning.id().get() instanceof ZoneOffset;
            Meaning seen = isFixed ? fixed : region;
            if (seen != null && !seen.id().equals(meaning.id())) {
                return Zone.unknown(written);
            }
            if (isFixed) {
                fixed = meaning;
            } else {
                region = meaning;
            }
        }
        if (fixed != null) {
            // "Pacific (PDT)": the fixed offset, in the region's season
            Optional<ZoneId> season =
                    region == null ? fixed.season() : fixed.season().or(region::id);
            return new Zone(fixed.id(), season, written);
        }
        return region == null ? Zone.unknown(written) : new Zone(region.id(), Optional.empty(), written);
    }

    private static Optional<ZoneOffset> numeric(String token) {
        Matcher matcher = NUMERIC.matcher(token.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(matcher.group(2));
        int minutes = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        int sign = matcher.group(1).equals("+") ? 1 : -1;
        if (hours > 14 || minutes > 59) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** What an abbreviation, a written-out name or an IANA id means; empty when it is none of them. */
    private static Optional<Meaning> meaning(String token) {
        String value = token.strip();
        if (value.equalsIgnoreCase("utc") || value.equalsIgnoreCase("gmt")) {
            return Optional.of(ABBREVIATIONS.get("UTC"));
        }
        Meaning abbreviation = ABBREVIATIONS.get(value);
        if (abbreviation != null) {
            return Optional.of(abbreviation);
        }
        Meaning name = NAMES.get(value.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        if (name != null) {
            return Optional.of(name);
        }
        if (value.contains("/")) {
            try {
                return Optional.of(new Meaning(Optional.of(ZoneId.of(value)), Optional.empty()));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The zone a note on the times in {@code line} names ("All times in CET (UTC+1) on ...", "All times
     * below are Pacific Daylight Time (PDT, UTC−7).", "2026-02-11 (all times UTC)", "Times are Pacific
     * (PDT)"). Empty when the line has no such note, or the note names no zone ("All times are
     * approximate"); an unknown zone when it names one that cannot be read ("All times IST").
     */
    public static Optional<Zone> note(String line) {
        if (line.length() > LINE_LENGTH) {
            return Optional.empty();
        }
        Matcher note = NOTE.matcher(line);
        while (note.find()) {
            Optional<Zone> zone = named(line.substring(note.end()));
            if (zone.isPresent()) {
                return zone;
            }
        }
        return Optional.empty();
    }

    /**
     * The zone a field's value names ("Europe/Berlin", "CET (UTC+1)", "Pacific Daylight Time"), read
     * from its start; an unknown zone when the value is a single capital word that is not one.
     */
    public static Optional<Zone> value(String text) {
        String value = text.strip();
        if (value.isEmpty() || value.length() > LINE_LENGTH) {
            return Optional.empty();
        }
        Optional<Zone> zone = named(value);
        if (zone.isEmpty() && value.matches("[A-Z]{2,5}")) {
            return Optional.of(Zone.unknown(value));
        }
        return zone;
    }

    /**
     * The zone a label names in a parenthesis or after its word: "Timeline (PDT)", "Time (UTC)",
     * "Timeline (all times UTC)", "Time, ET", "UTC". Empty when it names none.
     */
    public static Optional<Zone> label(String label) {
        String value = Text.oneLine(label).replaceAll("[*_`]", "").strip();
        if (value.length() > 80) {
            return Optional.empty();
        }
        Optional<Zone> noted = note(value);
        if (noted.isPresent()) {
            return noted;
        }
        int open = value.indexOf('(');
        int close = value.lastIndexOf(')');
        if (open >= 0 && close > open) {
            Optional<Zone> inside = named(value.substring(open + 1, close).strip());
            if (inside.isPresent()) {
                return inside;
            }
        }
        Matcher words = LABEL_WORDS.matcher(value);
        if (words.matches()) {
            String rest = words.group(1).strip();
            if (isZone(rest) || numeric(rest).isPresent() || meaning(rest).isPresent()) {
                return resolve(List.of(rest));
            }
        }
        return Optional.empty();
    }

    /**
     * The zone named at the start of {@code text}: a token or a written-out name, and a parenthesis
     * after it that may add or settle ("Pacific (PDT)", "CET (UTC+1)", "CST (UTC−6)").
     */
    private static Optional<Zone> named(String text) {
        Matcher matcher = NOTE_ZONE.matcher(text);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        List<String> tokens = new ArrayList<>();
        String head = matcher.group(1);
        Optional<String> name = longestName(head);
        if (name.isEmpty()) {
            if (head.matches("[A-Z]{2,5}")) {
                // a capital word where a note names its zone: a zone this reader does not know
                return Optional.of(Zone.unknown(head));
            }
            if (head.toLowerCase(Locale.ROOT).startsWith("local")) {
                return Optional.of(Zone.unknown("local time"));
            }
            return Optional.empty();
        }
        tokens.add(name.get());
        if (matcher.group(2) != null && name.get().length() == head.length()) {
            for (String part : matcher.group(2).split("[,;/]| or ")) {
                String token = part.strip();
                if (!token.isEmpty() && (isZone(token) || meaning(token).isPresent())) {
                    tokens.add(token);
                }
            }
        }
        return resolve(tokens);
    }

    /** The longest start of {@code head} (whole words) that is a zone token or a name. */
    private static Optional<String> longestName(String head) {
        String[] words = head.split(" ");
        for (int count = words.length; count >= 1; count--) {
            String candidate = String.join(" ", java.util.Arrays.copyOf(words, count));
            boolean found = count == 1
                    ? isZone(candidate) || meaning(candidate).isPresent()
                    : NAMES.containsKey(candidate.toLowerCase(Locale.ROOT));
            if (found) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
