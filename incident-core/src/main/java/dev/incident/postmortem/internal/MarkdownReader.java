package dev.incident.postmortem.internal;

import dev.incident.postmortem.DocumentHeading;
import dev.incident.postmortem.FollowUp;
import dev.incident.postmortem.FollowUpKind;
import dev.incident.postmortem.FollowUpStatus;
import dev.incident.postmortem.Position;
import dev.incident.postmortem.Postmortem;
import dev.incident.postmortem.PostmortemDocument;
import dev.incident.postmortem.PostmortemImpact;
import dev.incident.postmortem.PostmortemStatus;
import dev.incident.postmortem.Section;
import dev.incident.postmortem.TimelineRow;
import dev.incident.timeline.EntryKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Markdown postmortem. commonmark-java finds the blocks and their source positions; the
 * texts are taken from the source as written. Never throws for any input. Thread-safe (the
 * commonmark parser is).
 */
public final class MarkdownReader {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .extensions(List.of(TablesExtension.create()))
            .build();
    private static final String UNTITLED = "Untitled postmortem";

    private static final Pattern FIELD = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:\\*\\*|__)?\\s*([A-Za-z][A-Za-z ]{0,30}?)\\s*(?::\\s*(?:\\*\\*|__)|(?:\\*\\*|__)\\s*:|:)\\s*(.*?)\\s*$");
    private static final Pattern CHECKBOX = Pattern.compile("^\\[([ xX])]\\s*");
    /** A paragraph that opens with a bold label, "**Root Causes:** ...": a section written as a field. */
    private static final Pattern LABEL = Pattern.compile(
            "^\\s{0,3}(?:\\*\\*|__)([^*_:]{1,60}?)\\s*(?::\\s*(?:\\*\\*|__)|(?:\\*\\*|__)\\s*:)\\s*(.*)$");
    /** The title in YAML front matter. */
    private static final Pattern FRONT_MATTER_TITLE =
            Pattern.compile("^title\\s*:\\s*[\"']?(.*?)[\"']?\\s*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern KIND_TAG = Pattern.compile(
            "^\\[?(detect|prevent|process|mitigate|fix)]?\\s*(?:[:\\-–—]\\s+|(?<=])\\s*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern KIND_FIELD = Pattern.compile(
            "\\b(?:kind|type):\\s*(detect|prevent|process|mitigate|fix)\\b|\\((detect|prevent|process|mitigate|fix)\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OWNER_FIELD = Pattern.compile(
            "\\bowners?:\\s*([^,;()\\[\\]|]+?(?:\\s\\((?!due\\b|by\\b|ticket\\b)[^()\\d]{1,40}\\))?)\\s*"
                    + "(?=$|[,;()\\[\\]|]|\\s+(?:due|by|priority|ticket|tracker|kind|type|status)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLE =
            Pattern.compile("(?<![\\w.@])@[A-Za-z0-9][\\w.-]*[A-Za-z0-9_]|(?<![\\w.@])@[A-Za-z0-9]");
    private static final Pattern DUE_LABEL = Pattern.compile(
            "(?:[,;]\\s*)?(?:\\b(?:due(?:\\s+(?:date|by|on))?|by|deadline|target|done(?:\\s+on)?)\\s*:?\\s*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRIORITY_FIELD =
            Pattern.compile("\\bpriority:\\s*([\\w-]+)|\\b(P[0-4])\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRACKER_FIELD = Pattern.compile(
            "\\b(?:ticket|tracker|issue|jira)(?::\\s*(\\S+)|\\s+((?:https?://)?[A-Za-z][A-Za-z0-9]{1,9}-\\d+|#\\d+))|"
                    + "(https?://\\S+)|\\b((?!SEV-|HTTP-|ISO-|UTF-|TLS-|P-)[A-Z][A-Z0-9]{1,9}-\\d+)\\b|"
                    // a GitLab or GitHub reference to another project's issue or merge request: "infra#18842",
                    // "infra/terraform!6131"
                    + "(?<![\\w/.-])([A-Za-z][\\w.-]{0,40}(?:/[\\w.-]{1,40}){0,3}[#!]\\d{1,9})\\b");
    private static final Pattern STATUS_FIELD = Pattern.compile(
            "\\bstatus:\\s*(open|done|closed|won'?t do|wont-?do|will not do)(?:\\s*[:\\-–—]\\s*([^()|]+))?|"
                    + "\\((won'?t do|wont-?do|will not do)(?:\\s*[:\\-–—]\\s*([^()]*))?\\)",
            Pattern.CASE_INSENSITIVE);
    /** A tracker cell that says there is none: "_no ticket yet_", "no issue". */
    private static final Pattern NO_TRACKER =
            Pattern.compile("^[*_`\\s]{0,4}no (?:ticket|issue|bug|jira|tracker)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern EMPTY_PARENS = Pattern.compile("\\(\\s*(?:[,;]\\s*)*\\)|\\[\\s*]");
    /** The last parenthesis of a follow-up, "(Kenji Watanabe, CAT-1877)", where owners are often written. */
    /** How many chars at the end of a follow-up are searched for a trailing owner. */
    private static final int OWNER_TAIL = 160;

    private static final Pattern TRAILING_PARENS = Pattern.compile("\\(([^()]*)\\)\\s*[.;]?\\s*$");
    /** A trailing dash clause, "... — Nadia Haddad" or "... – @nadia (due 2024-08-01)". */
    private static final Pattern TRAILING_DASH =
            Pattern.compile("\\s(?:[—–]|--?)\\s+([^—–()]+?)\\s*(?:\\([^()]*\\)\\s*)?[.;]?\\s*$");
    /** A person's name: one to three capitalised words, with the particles of many family names between. */
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*"
            + "(?:\\s+(?:(?:de|del|der|den|van|von|da|di|du|dos|la|le|al|bin|ten|ter)\\s+){0,2}"
            + "\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*){0,2}");
    /** Capitalised words that stand alone in a parenthesis but are not names. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of(
            "done",
            "open",
            "closed",
            "complete",
            "completed",
            "blocked",
            "pending",
            "ongoing",
            "optional",
            "high",
            "low",
            "medium",
            "urgent",
            "critical",
            "later",
            "tbd",
            "todo",
            "none",
            "stretch",
            "draft",
            "planned",
            "started",
            "new",
            "maybe",
            "nice to have",
            "in progress",
            "wip",
            "owner",
            "due");

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,;:|\\-–—]+|[\\s,;:|\\-–—]+$");
    private static final Pattern ROW_KIND = Pattern.compile("^\\[([a-z ]+)]\\s*", Pattern.CASE_INSENSITIVE);
    /**
     * A line that is only a date, perhaps bold or with a note: "2026-03-05", "**2026-03-05**",
     * "Thursday, 2026-03-05", "2026-03-05 (all times UTC)". Rows after it have that date.
     */
    private static final Pattern DATE_LABEL = Pattern.compile(
            "^[*_]{0,2}\\s*(?:[A-Za-z]+,?\\s+)?(\\d{4}-\\d{2}-\\d{2})\\s*[*_]{0,2}\\s*(?:\\([^)]*\\))?\\s*:?\\s*[*_]{0,2}\\s*$");
    /** A row stamped with a date and no time: "2026-03-01: first reminder", "2026-03-01 — ...". */
    private static final Pattern DATE_STAMP = Pattern.compile(
            "^[*_]{0,2}\\s*(\\d{4}-\\d{2}-\\d{2})\\s*[*_]{0,2}\\s*(?:[:|,]|\\s[-–—])\\s*[*_]{0,2}\\s*(?=\\S)");

    /** A chat or log line's bracketed stamp: "[01:30:02] @bot: ...", "[2026-03-05T01:30:02Z] ...". */
    private static final Pattern BRACKETED_TIME = Pattern.compile("^\\s*\\[([^\\]]{4,40})]\\s*");

    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(?:```|~~~)");
    /**
     * A note on the times of the document, "All times UTC, 2026-02-25." or "All times in CET on
     * Wednesday 04/03/2026": a date in it is the incident's date. Read on lines up to {@link
     * #TIMES_NOTE_LENGTH} characters.
     */
    private static final Pattern TIMES_NOTE =
            Pattern.compile("^\\s{0,3}[*_>]{0,3}\\s?all (?:times|timestamps)\\b", Pattern.CASE_INSENSITIVE);

    private static final int TIMES_NOTE_LENGTH = 300;
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,18}$");

    private MarkdownReader() {}

    /** The slots whose content is the section's Markdown text, as written. */
    private static final java.util.Set<Slot> TEXT_SLOTS =
            java.util.EnumSet.of(Slot.TRIGGER, Slot.DETECTION, Slot.RESOLUTION, Slot.LESSONS);

    /** The slots a heading can fill. */
    enum Slot {
        SUMMARY,
        IMPACT,
        TRIGGER,
        DETECTION,
        ROOT_CAUSES,
        CONTRIBUTING_FACTORS,
        RESOLUTION,
        TIMELINE,
        LESSONS,
        WENT_WELL,
        WENT_WRONG,
        GOT_LUCKY,
        FOLLOW_UPS,
        OTHER
    }

    /** A section found: its slot, heading and blocks. */
    private static final class Part {
        final Slot slot;
        final Section section;
        final String heading;
        final int headingLine;
        final int bodyStart;
        /** Characters of the first body line that belong to a bold label, not to the body. */
        int firstLineSkip;

        int bodyEnd;
        final List<Node> blocks = new ArrayList<>();
        /** Other text sections the heading also names, whose text the body also is. */
        final List<Slot> also = new ArrayList<>();

        Part(Slot slot, Section section, String heading, int headingLine, int bodyStart) {
            this.slot = slot;
            this.section = section;
            this.heading = heading;
            this.headingLine = headingLine;
            this.bodyStart = bodyStart;
        }
    }

    /** Reads {@code markdown}. */
    public static PostmortemDocument parse(String markdown) {
        return new Reading(markdown).read();
    }

    static Slot slot(Section section, String heading) {
        if (section.equals(Section.SUMMARY)) {
            return Slot.SUMMARY;
        } else if (section.equals(Section.IMPACT)) {
            return Slot.IMPACT;
        } else if (section.equals(Section.TRIGGER)) {
            return Slot.TRIGGER;
        } else if (section.equals(Section.DETECTION)) {
            return Slot.DETECTION;
        } else if (section.equals(Section.ROOT_CAUSES)) {
            return Text.headingKey(heading).startsWith("contributing") ? Slot.CONTRIBUTING_FACTORS : Slot.ROOT_CAUSES;
        } else if (section.equals(Section.RESOLUTION)) {
            return Slot.RESOLUTION;
        } else if (section.equals(Section.TIMELINE)) {
            return Slot.TIMELINE;
        } else if (section.equals(Section.LESSONS)) {
            String key = Text.headingKey(heading);
            if (key.contains("went well")) {
                return Slot.WENT_WELL;
            } else if (key.contains("went wrong")
                    || key.contains("improved")
                    || key.contains("poorly")
                    || key.startsWith("what didn")
                    || key.contains("was hard")
                    || key.contains("gone better")) {
                return Slot.WENT_WRONG;
            } else if (key.contains("lucky")) {
                return Slot.GOT_LUCKY;
            }
            return Slot.LESSONS;
        } else if (section.equals(Section.FOLLOW_UPS)) {
            return Slot.FOLLOW_UPS;
        }
        return Slot.OTHER;
    }

    /** One reading of one document. */
    private static final class Reading {
        private final String markdown;
        private final List<String> lines;
        private final Postmortem.Builder builder = Postmortem.builder();
        private final List<DocumentHeading> headings = new ArrayList<>();
        private final List<Position> timelinePositions = new ArrayList<>();
        private final List<Position> followUpPositions = new ArrayList<>();
        private final List<Position> rootCausePositions = new ArrayList<>();
        private final List<Position> factorPositions = new ArrayList<>();
        private final List<Position> untimed = new ArrayList<>();
        private final Map<Slot, StringBuilder> texts = new LinkedHashMap<>();
        private final Map<String, StringBuilder> others = new LinkedHashMap<>();
        private final List<TimelineRow> rows = new ArrayList<>();
        private final List<Position> rowPositions = new ArrayList<>();
        private Optional<LocalDate> date = Optional.empty();
        /** The impact section as read, if there is one. */
        private Optional<PostmortemImpact> impactRead = Optional.empty();
        /** How this document writes numeric dates, decided once from all of them. */
        private final Times.DateOrder dateOrder;
        /** A date label read since the last row ("**2026-03-05**"): the next rows without a date have it. */
        private Optional<LocalDate> label = Optional.empty();
        /** For each row, the date label just before it, if any. */
        private final List<Optional<LocalDate>> rowLabels = new ArrayList<>();
        /** For each row, the zone written after its time, if any. */
        private final List<Optional<Zones.Zone>> rowZones = new ArrayList<>();
        /** For each row, the zone its timeline's heading or time column names, if any. */
        private final List<Optional<Zones.Zone>> rowContextZones = new ArrayList<>();
        /** The zone the timeline being read names in its heading ("Timeline (PDT)"), if any. */
        private Optional<Zones.Zone> partZone = Optional.empty();
        /** The zone the timeline table being read names in its time column ("Time (UTC)"), if any. */
        private Optional<Zones.Zone> tableZone = Optional.empty();
        /** The zone a "Timezone:" header field names, if any. */
        private Optional<Zones.Zone> headerZone = Optional.empty();
        /** The zone the document names for its times (header field, else notes), once the preamble is read. */
        private Optional<Zones.Zone> documentZone = Optional.empty();
        /** The duration a "Duration:" header field states, if any. */
        private Optional<Duration> headerDuration = Optional.empty();
        /** Rows whose time stays as written, because their zone cannot be converted from. */
        private final List<Position> unconverted = new ArrayList<>();
        /** The zone rows without their own were read in, once the rows are dated. */
        private Optional<Zones.Zone> assumedZone = Optional.empty();

        Reading(String markdown) {
            this.markdown = markdown;
            this.lines = splitLines(markdown);
            this.dateOrder = Times.dateOrder(markdown);
        }

        /** What dates are read with: the document's numeric date order, and its date for dates without a year. */
        private Times.DateContext dates() {
            return new Times.DateContext(dateOrder, date);
        }

        PostmortemDocument read() {
            String frontMatterTitle = null;
            int frontMatterEnd = frontMatterEnd();
            StringBuilder parsed = new StringBuilder(markdown.length());
            if (frontMatterEnd > 0) {
                for (int line = 0; line <= frontMatterEnd; line++) {
                    Matcher title = FRONT_MATTER_TITLE.matcher(lines.get(line));
                    if (frontMatterTitle == null
                            && title.matches()
                            && !title.group(1).isBlank()) {
                        frontMatterTitle = title.group(1).strip();
                    }
                }
                for (int line = 0; line < lines.size(); line++) {
                    parsed.append(line <= frontMatterEnd ? "" : lines.get(line)).append('\n');
                }
            }
            Node document = PARSER.parse(frontMatterEnd > 0 ? parsed.toString() : markdown);
            List<Node> blocks = new ArrayList<>();
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                blocks.add(node);
            }
            int sectionLevel = 6;
            boolean anyKnown = false;
            for (Node block : blocks) {
                if (block instanceof Heading heading
                        && Section.find(inline(heading)).isPresent()) {
                    sectionLevel = Math.min(sectionLevel, heading.getLevel());
                    anyKnown = true;
                }
            }
            if (!anyKnown) {
                sectionLevel = 2;
            }
            String title = null;
            List<Node> preamble = new ArrayList<>();
            List<Part> parts = new ArrayList<>();
            Part current = null;
            for (Node block : blocks) {
                if (block instanceof Heading heading) {
                    String text = inline(heading);
                    List<Section> named = Section.findAll(text);
                    Optional<Section> known = named.isEmpty() ? Optional.empty() : Optional.of(named.get(0));
                    int line = firstLine(heading);
                    if (title == null && current == null && heading.getLevel() == 1 && known.isEmpty()) {
                        title = text;
                        continue;
                    }
                    if (known.isPresent() || (heading.getLevel() <= sectionLevel && !text.isBlank())) {
                        Section section = known.orElseGet(() -> Section.custom(Text.oneLine(text)));
                        Slot slot = known.map(s -> slot(s, text)).orElse(Slot.OTHER);
                        if (current != null) {
                            current.bodyEnd = line - 1;
                        }
                        current = new Part(slot, section, text, line, lastLine(heading) + 1);
                        parts.add(current);
                        // "How we found it and stopped it": the body is also the text of the other sections
                        // named, when those are plain text (detection, resolution, trigger, lessons); their
                        // headings come first, so that lines below belong to the section named first
                        for (Section also : named.subList(Math.min(1, named.size()), named.size())) {
                            Slot alsoSlot = slot(also, text);
                            if (TEXT_SLOTS.contains(alsoSlot) && alsoSlot != slot && !current.also.contains(alsoSlot)) {
                                current.also.add(alsoSlot);
                                headings.add(new DocumentHeading(also, text, position(line, heading)));
                            }
                        }
                        headings.add(new DocumentHeading(section, text, position(line, heading)));
                        continue;
                    }
                }
                if (block instanceof Paragraph
                        && (current == null || (current.slot != Slot.TIMELINE && current.slot != Slot.FOLLOW_UPS))) {
                    Part labelled = labelledParts(block, current, parts);
                    if (labelled != null) {
                        current = labelled;
                        continue;
                    }
                }
                if (current == null) {
                    preamble.add(block);
                } else {
                    current.blocks.add(block);
                }
            }
            if (current != null) {
                current.bodyEnd = lines.size() - 1;
            }
            if ((title == null || title.isBlank()) && frontMatterTitle != null) {
                title = frontMatterTitle;
            }
            builder.title(title == null || title.isBlank() ? UNTITLED : title);
            String preambleText = preamble(preamble);
            documentZone = headerZone.isPresent() ? headerZone : notedZone();
            if (date.isEmpty()) {
                documentDate(title);
            }
            for (Part part : parts) {
                read(part);
            }
            if (!texts.containsKey(Slot.SUMMARY) && !preambleText.isBlank()) {
                texts.put(Slot.SUMMARY, new StringBuilder(preambleText));
            }
            text(Slot.SUMMARY).ifPresent(builder::summary);
            text(Slot.TRIGGER).ifPresent(builder::trigger);
            text(Slot.DETECTION).ifPresent(builder::detection);
            text(Slot.RESOLUTION).ifPresent(builder::resolution);
            text(Slot.LESSONS).ifPresent(builder::lessonsLearned);
            text(Slot.WENT_WELL).ifPresent(builder::wentWell);
            text(Slot.WENT_WRONG).ifPresent(builder::wentWrong);
            text(Slot.GOT_LUCKY).ifPresent(builder::gotLucky);
            for (Map.Entry<String, StringBuilder> other : others.entrySet()) {
                builder.putAdditionalSection(other.getKey(), other.getValue().toString());
            }
            impactWindow(datedRows());
            statedDuration();
            return PostmortemDocument.builder()
                    .postmortem(builder.build())
                    .markdown(markdown)
                    .headings(headings)
                    .timelinePositions(timelinePositions)
                    .followUpPositions(followUpPositions)
                    .rootCausePositions(rootCausePositions)
                    .contributingFactorPositions(factorPositions)
                    .untimedTimelineRows(untimed)
                    .timeZone(assumedZone.flatMap(Zones.Zone::id))
                    .unconvertedTimelineRows(unconverted)
                    .build();
        }

        /**
         * Splits a paragraph whose first line opens with a bold section label ("**Impact:** ...") into
         * parts, one per labelled line; returns the last part, or null if the paragraph is not labelled.
         */
        private @Nullable Part labelledParts(Node paragraph, @Nullable Part current, List<Part> parts) {
            int from = firstLine(paragraph);
            int to = lastLine(paragraph);
            Part last = null;
            for (int line = from; line <= to && line < lines.size(); line++) {
                Matcher label = LABEL.matcher(lines.get(line));
                Optional<Section> known = label.matches() ? Section.find(label.group(1)) : Optional.empty();
                if (known.isEmpty()) {
                    if (line == from) {
                        return null;
                    }
                    continue;
                }
                Part open = last != null ? last : current;
                if (open != null) {
                    open.bodyEnd = line - 1;
                }
                String text = label.group(1).strip();
                last = new Part(slot(known.get(), text), known.get(), text, line, line);
                last.firstLineSkip = label.start(2);
                last.blocks.add(paragraph);
                parts.add(last);
                headings.add(new DocumentHeading(known.get(), text, new Position(line + 1, 1)));
            }
            return last;
        }

        /** The last line of YAML front matter ("---" ... "---" at the very start), or -1. */
        private int frontMatterEnd() {
            if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
                return -1;
            }
            for (int line = 1; line < Math.min(lines.size(), 200); line++) {
                String text = lines.get(line).strip();
                if (text.equals("---") || text.equals("...")) {
                    return line;
                }
            }
            return -1;
        }

        private Optional<String> text(Slot slot) {
            StringBuilder text = texts.get(slot);
            return text == null ? Optional.empty() : Optional.of(text.toString());
        }

        private void append(Map<Slot, StringBuilder> map, Slot slot, String body) {
            StringBuilder existing = map.get(slot);
            if (existing == null) {
                map.put(slot, new StringBuilder(body));
            } else if (!body.isEmpty()) {
                existing.append(existing.length() == 0 ? "" : "\n\n").append(body);
            }
        }

        /**
         * The incident's date when no header field gives it: a date in the title ("Debrief: Search
         * stopped — 04/03/2026"), else in the first note on the times ("All times UTC, 2026-02-25.").
         */
        private void documentDate(@Nullable String title) {
            Optional<LocalDate> found = title == null
                    ? Optional.empty()
                    : Times.findDate(title, dates()).map(Times.DateMatch::date);
            for (int line = 0; found.isEmpty() && line < lines.size(); line++) {
                found = timesNoteDate(lines.get(line));
            }
            if (found.isPresent()) {
                date = found;
                builder.date(found);
            }
        }

        /** The date in a note on the times ("All times ET, Mar 12."), if the line is one and has a readable date. */
        private Optional<LocalDate> timesNoteDate(String line) {
            if (line.length() > TIMES_NOTE_LENGTH || !TIMES_NOTE.matcher(line).find()) {
                return Optional.empty();
            }
            return Times.findDate(line, dates()).map(Times.DateMatch::date);
        }

        /**
         * The zone the document's notes on its times name ("All times in CET (UTC+1)", "2026-02-11 (all
         * times UTC)"); an unknown zone when two notes name different zones.
         */
        private Optional<Zones.Zone> notedZone() {
            Optional<Zones.Zone> found = Optional.empty();
            for (String line : lines) {
                Optional<Zones.Zone> zone = Zones.note(line);
                if (zone.isEmpty()) {
                    continue;
                }
                if (found.isEmpty()) {
                    found = zone;
                } else if (!found.get().id().equals(zone.get().id())
                        || (found.get().id().isEmpty()
                                && !found.get().written().equals(zone.get().written()))) {
                    return Optional.of(Zones.Zone.unknown(
                            found.get().written() + ", " + zone.get().written()));
                }
            }
            return found;
        }

        /** Reads the header fields; returns the rest of the preamble's text. */
        private String preamble(List<Node> blocks) {
            StringBuilder rest = new StringBuilder();
            List<String> authors = new ArrayList<>();
            for (Node block : blocks) {
                if (block instanceof TableBlock table) {
                    rest.append(fieldTable(table, authors));
                    continue;
                }
                for (int line = firstLine(block); line <= lastLine(block); line++) {
                    String text = line(line);
                    if (!field(text, authors)) {
                        rest.append(text).append('\n');
                    }
                }
                rest.append('\n');
            }
            builder.authors(authors);
            return rest.toString().strip();
        }

        /**
         * Reads a header table of two columns, a field name and its value ("| **Date of Incident** |
         * 2026-01-22 |"); returns the table's source without the rows read, or nothing when every row
         * was read.
         */
        private String fieldTable(TableBlock table, List<String> authors) {
            List<Integer> kept = new ArrayList<>();
            boolean anyRead = false;
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<String> cells = cells(row);
                    boolean read = !isHeader(row)
                            && cells.size() == 2
                            && field(stripEmphasis(Text.uncell(cells.get(0))), Text.uncell(cells.get(1)), authors);
                    anyRead |= read;
                    if (!read && !String.join("", cells).isBlank()) {
                        kept.add(firstLine(row));
                    }
                }
            }
            StringBuilder out = new StringBuilder();
            if (!anyRead) {
                for (int line = firstLine(table); line <= lastLine(table); line++) {
                    out.append(line(line)).append('\n');
                }
            } else {
                for (int line : kept) {
                    out.append(line(line)).append('\n');
                }
            }
            return out.append('\n').toString();
        }

        private boolean field(String line, List<String> authors) {
            Matcher matcher = FIELD.matcher(line);
            if (!matcher.matches()) {
                return false;
            }
            return field(matcher.group(1), matcher.group(2), authors);
        }

        /** Reads one header field by its name; false when the name is not a header field or the value cannot be read. */
        private boolean field(String label, String text, List<String> authors) {
            String key = Text.headingKey(label);
            String value = stripEmphasis(text);
            switch (key) {
                case "incident", "incident id", "incident reference", "incident ref" -> {
                    if (value.isBlank()) {
                        return false;
                    }
                    builder.incidentReference(value);
                }
                case "status", "postmortem status" -> builder.status(status(value));
                case "date", "incident date", "date of incident", "date of the incident" -> {
                    Optional<LocalDate> parsed = Times.wholeDate(value, dates());
                    if (parsed.isEmpty()) {
                        return false;
                    }
                    date = parsed;
                    builder.date(parsed);
                }
                case "author", "authors", "written by" -> {
                    for (String author : value.split(",|\\band\\b")) {
                        String name = author.strip();
                        if (!name.isEmpty()) {
                            authors.add(name);
                        }
                    }
                }
                case "timezone", "time zone", "tz", "zone" -> {
                    Optional<Zones.Zone> zone = Zones.value(value);
                    if (zone.isEmpty()) {
                        return false;
                    }
                    headerZone = zone;
                }
                case "duration", "impact duration", "total duration", "outage duration", "downtime" -> {
                    Optional<Duration> duration = Wording.durationValue(value);
                    if (duration.isEmpty()) {
                        return false;
                    }
                    headerDuration = duration;
                }
                case "document", "location", "link", "url" -> {
                    if (value.isBlank()) {
                        return false;
                    }
                    builder.location(value);
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        /**
         * The postmortem's status from its first clause: "Complete, action items in progress" is
         * complete (the action items are the follow-ups' own status), "Draft — in review" a draft.
         */
        private static PostmortemStatus status(String value) {
            String key = Text.headingKey(value.split("[,;(]|\\s[-–—]\\s", 2)[0]);
            if (key.startsWith("publish")
                    || key.equals("final")
                    || key.equals("complete")
                    || key.equals("completed")
                    || key.equals("approved")) {
                return PostmortemStatus.PUBLISHED;
            }
            if (key.contains("review")) {
                return PostmortemStatus.IN_REVIEW;
            }
            return PostmortemStatus.DRAFT;
        }

        private void read(Part part) {
            String body = body(part);
            for (Slot also : part.also) {
                append(texts, also, body);
            }
            switch (part.slot) {
                case IMPACT -> impact(part, body);
                case ROOT_CAUSES -> causes(part, body, rootCausePositions, builder::addRootCause);
                case CONTRIBUTING_FACTORS -> causes(part, body, factorPositions, builder::addContributingFactor);
                case TIMELINE -> timeline(part);
                case FOLLOW_UPS -> followUps(part);
                case OTHER -> {
                    StringBuilder existing = others.get(Text.oneLine(part.heading));
                    if (existing == null) {
                        others.put(Text.oneLine(part.heading), new StringBuilder(body));
                    } else if (!body.isEmpty()) {
                        existing.append(existing.length() == 0 ? "" : "\n\n").append(body);
                    }
                }
                default -> append(texts, part.slot, body);
            }
        }

        private String body(Part part) {
            if (part.firstLineSkip == 0 || part.bodyStart >= lines.size()) {
                return lines(part.bodyStart, part.bodyEnd);
            }
            String first = lines.get(part.bodyStart);
            String rest = lines(part.bodyStart + 1, part.bodyEnd);
            String head = first.substring(Math.min(part.firstLineSkip, first.length()))
                    .strip();
            return rest.isEmpty() ? head : (head + "\n" + rest).strip();
        }

        private String lines(int from, int to) {
            StringBuilder out = new StringBuilder();
            for (int line = from; line <= to && line < lines.size(); line++) {
                out.append(lines.get(line)).append('\n');
            }
            return out.toString().strip();
        }

        // ---- impact

        private void impact(Part part, String body) {
            PostmortemImpact.Builder impact = PostmortemImpact.builder();
            String description = body;
            if (!part.blocks.isEmpty() && part.blocks.get(0) instanceof ListBlock list && impactFields(list, impact)) {
                description = lines(lastLine(list) + 1, part.bodyEnd);
            } else {
                impact = PostmortemImpact.builder();
            }
            impact.description(description);
            PostmortemImpact read;
            try {
                read = impact.build();
            } catch (IllegalArgumentException e) {
                read = PostmortemImpact.builder().description(body).build();
            }
            // counts written in prose: "affecting an estimated 9,800 unique customers"
            PostmortemImpact.Builder counted = PostmortemImpact.builder().from(read);
            if (read.usersAffected().isEmpty()) {
                Wording.usersAffected(description).ifPresent(counted::usersAffected);
            }
            if (read.requestsAffected().isEmpty()) {
                Wording.requestsAffected(description).ifPresent(counted::requestsAffected);
            }
            impactRead = Optional.of(counted.build());
            builder.impact(impactRead);
        }

        /**
         * The impact window from the timeline, when the impact section gives none: the first dated row
         * that says the impact started ("Impact begins", "**OUTAGE BEGINS**") and the first after it
         * that says it ended. Rows that only detect, mitigate or resolve are not the impact's bounds.
         */
        private void impactWindow(List<TimelineRow> dated) {
            if (impactRead.isEmpty()) {
                return;
            }
            PostmortemImpact impact = impactRead.get();
            if (impact.startedAt().isPresent()
                    || impact.mitigatedAt().isPresent()
                    || impact.resolvedAt().isPresent()
                    || impact.duration().isPresent()) {
                return;
            }
            Optional<Instant> started = Optional.empty();
            Optional<Instant> ended = Optional.empty();
            for (TimelineRow row : dated) {
                if (!row.timeKnown() || row.instant().isEmpty()) {
                    continue;
                }
                if (started.isEmpty() && Wording.saysImpactStarted(row.text())) {
                    started = row.instant();
                } else if (started.isPresent()
                        && Wording.saysImpactEnded(row.text())
                        && !row.instant().get().isBefore(started.get())) {
                    ended = row.instant();
                    break;
                }
            }
            if (started.isPresent() && ended.isPresent()) {
                impactRead = Optional.of(PostmortemImpact.builder()
                        .from(impact)
                        .startedAt(started)
                        .mitigatedAt(ended)
                        .build());
                builder.impact(impactRead);
            }
        }

        /**
         * The impact's duration as the document states it, when no window was read: in the impact
         * section ("- **26 min** full outage", "For 4 hours 35 minutes, ..."), else in a "Duration:"
         * header field, else in the summary ("... for 35 minutes"). Durations in other sections, and in
         * other wording ("the retry waits 5 minutes"), are not the impact's.
         */
        private void statedDuration() {
            if (impactRead.isEmpty()) {
                return;
            }
            PostmortemImpact impact = impactRead.get();
            if (impact.startedAt().isPresent()
                    || impact.mitigatedAt().isPresent()
                    || impact.resolvedAt().isPresent()
                    || impact.duration().isPresent()) {
                return;
            }
            Optional<Duration> stated = Wording.statedDuration(impact.description())
                    .or(() -> headerDuration)
                    .or(() -> text(Slot.SUMMARY).flatMap(Wording::statedDuration));
            if (stated.isPresent()) {
                impactRead = Optional.of(
                        PostmortemImpact.builder().from(impact).duration(stated).build());
                builder.impact(impactRead);
            }
        }

        /** Reads a list of impact fields; false (and a partly filled builder) if an item is not one. */
        private boolean impactFields(ListBlock list, PostmortemImpact.Builder impact) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                Matcher matcher = FIELD.matcher(Text.oneLine(raw(item.getFirstChild())));
                if (item.getFirstChild() == null || !matcher.matches()) {
                    return false;
                }
                String value = stripEmphasis(matcher.group(2));
                switch (Text.headingKey(matcher.group(1))) {
                    case "started", "start", "impact start", "impact started", "began" -> {
                        Optional<Instant> at = Times.instant(value, documentZone);
                        if (at.isEmpty()) {
                            return false;
                        }
                        impact.startedAt(at);
                    }
                    case "mitigated", "mitigated at", "impact end", "impact ended", "ended" -> {
                        Optional<Instant> at = Times.instant(value, documentZone);
                        if (at.isEmpty()) {
                            return false;
                        }
                        impact.mitigatedAt(at);
                    }
                    case "resolved", "resolved at" -> {
                        Optional<Instant> at = Times.instant(value, documentZone);
                        if (at.isEmpty()) {
                            return false;
                        }
                        impact.resolvedAt(at);
                    }
                    case "duration", "impact duration" -> {
                        Optional<Duration> duration = Times.duration(value);
                        if (duration.isEmpty()) {
                            return false;
                        }
                        impact.duration(duration);
                    }
                    case "affected services", "services affected", "services" -> {
                        for (String service : value.split(",")) {
                            if (!service.isBlank()) {
                                impact.addAffectedService(service.strip());
                            }
                        }
                    }
                    case "users affected", "affected users", "users" -> {
                        String number = value.replace(",", "").replace("_", "");
                        if (!NUMBER.matcher(number).matches()) {
                            return false;
                        }
                        impact.usersAffected(Long.parseLong(number));
                    }
                    case "requests affected", "affected requests", "failed requests", "requests" -> {
                        String number = value.replace(",", "").replace("_", "");
                        if (!NUMBER.matcher(number).matches()) {
                            return false;
                        }
                        impact.requestsAffected(Long.parseLong(number));
                    }
                    default -> {
                        return false;
                    }
                }
            }
            return true;
        }

        // ---- root causes

        private interface Adder {
            void add(String line);
        }

        private void causes(Part part, String body, List<Position> positions, Adder adder) {
            if (part.blocks.size() == 1 && part.blocks.get(0) instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    String text = Text.oneLine(itemText(item));
                    if (!text.isEmpty()) {
                        adder.add(text);
                        positions.add(position(firstLine(item), item));
                    }
                }
                return;
            }
            String text = Text.oneLine(body);
            if (!text.isEmpty() && !part.blocks.isEmpty()) {
                adder.add(text);
                positions.add(position(firstLine(part.blocks.get(0)), part.blocks.get(0)));
            }
        }

        // ---- timeline

        private void timeline(Part part) {
            label = Optional.empty();
            partZone = Zones.label(part.heading);
            for (Node block : part.blocks) {
                if (block instanceof TableBlock table) {
                    timelineTable(table);
                } else if (block instanceof ListBlock list) {
                    timelineList(list);
                } else if (block instanceof Paragraph) {
                    for (int line = firstLine(block); line <= lastLine(block); line++) {
                        String text = Text.oneLine(line(line));
                        Position at = new Position(line + 1, 1);
                        if (!dateLabel(text) && !timelineLine(text, at)) {
                            dateRow(text, at);
                        }
                    }
                } else if (block instanceof Heading heading) {
                    dateLabel(inline(heading));
                } else if (block instanceof FencedCodeBlock) {
                    timelineLog(block);
                }
            }
        }

        /**
         * Reads the items of a timeline list. An item that is only a date ("- 2026-03-05") dates the
         * rows nested under it; any other item is one row, its nested bullets part of its text.
         */
        private void timelineList(ListBlock list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                Position at = position(firstLine(item), item);
                StringBuilder own = new StringBuilder();
                List<ListBlock> nested = new ArrayList<>();
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof ListBlock inner) {
                        nested.add(inner);
                    } else {
                        own.append(raw(child)).append(' ');
                    }
                }
                if (dateLabel(Text.oneLine(own.toString()))) {
                    nested.forEach(this::timelineList);
                    continue;
                }
                String text = Text.oneLine(itemText(item));
                if (!timelineLine(text, at) && !dateRow(text, at)) {
                    untimed.add(at);
                }
            }
        }

        /**
         * Reads a chat log or log export in a fenced block: each line that starts with a time, bare or
         * in brackets ("[01:30:02] @bot: rollout started", "01:30:02 <ana> rolling back",
         * "2026-03-05T01:30:02Z deploy started"), is a row at its own line; other lines are skipped.
         */
        private void timelineLog(Node block) {
            for (int line = firstLine(block); line <= lastLine(block); line++) {
                String text = line(line);
                if (FENCE.matcher(text).find() || text.isBlank()) {
                    continue;
                }
                Position at = new Position(line + 1, 1);
                Matcher bracketed = BRACKETED_TIME.matcher(text);
                if (bracketed.find()) {
                    Optional<Times.LeadingTime> time =
                            Times.leadingTime(bracketed.group(1).strip());
                    if (time.isPresent()
                            && time.get().length() >= bracketed.group(1).strip().length()) {
                        addRow(
                                time.get().date(),
                                Optional.of(time.get().time()),
                                time.get().zone(),
                                text.substring(bracketed.end()),
                                at);
                        continue;
                    }
                }
                String plain = Text.oneLine(text);
                if (!dateLabel(plain)) {
                    timelineLine(plain, at);
                }
            }
        }

        /** Reads a line that is only a date: the rows after it have that date. */
        private boolean dateLabel(String text) {
            Matcher matcher = DATE_LABEL.matcher(text);
            if (!matcher.matches()) {
                return false;
            }
            Optional<LocalDate> parsed = Times.date(matcher.group(1));
            parsed.ifPresent(found -> label = parsed);
            return parsed.isPresent();
        }

        /** Reads a row stamped with a date and no time, at day precision. */
        private boolean dateRow(String text, Position at) {
            Matcher stamp = DATE_STAMP.matcher(text);
            if (!stamp.find()) {
                return false;
            }
            Optional<LocalDate> parsed = Times.date(stamp.group(1));
            if (parsed.isEmpty()) {
                return false;
            }
            addRow(parsed, Optional.empty(), Optional.empty(), text.substring(stamp.end()), at);
            return true;
        }

        /** Reads a row written as text: a time, then what happened. False when there is no time. */
        private boolean timelineLine(String text, Position at) {
            Optional<Times.LeadingTime> time = Times.leadingTime(text);
            if (time.isEmpty()) {
                return false;
            }
            addRow(
                    time.get().date(),
                    Optional.of(time.get().time()),
                    time.get().zone(),
                    text.substring(time.get().length()),
                    at);
            return true;
        }

        /** Adds a row; an empty time is a row of day precision. A "[kind]" tag at the start states its kind. */
        private void addRow(
                Optional<LocalDate> stamped,
                Optional<LocalTime> time,
                Optional<Zones.Zone> zone,
                String text,
                Position at) {
            String rest = text.strip();
            Optional<EntryKind> stated = Optional.empty();
            Matcher tag = ROW_KIND.matcher(rest);
            if (tag.find()) {
                stated = entryKind(tag.group(1));
                if (stated.isPresent()) {
                    rest = rest.substring(tag.end());
                }
            }
            addRow(stamped, time, zone, stated, rest, at);
        }

        private void addRow(
                Optional<LocalDate> stamped,
                Optional<LocalTime> time,
                Optional<Zones.Zone> zone,
                Optional<EntryKind> stated,
                String text,
                Position at) {
            String line = Text.oneLine(text);
            if (line.isEmpty()) {
                return;
            }
            rows.add(TimelineRow.builder()
                    .date(stamped)
                    .time(time.orElse(LocalTime.MIDNIGHT))
                    .timeKnown(time.isPresent())
                    .text(line)
                    .kind(stated.orElseGet(() -> Wording.entryKind(line)))
                    .kindInferred(stated.isEmpty())
                    .build());
            rowPositions.add(at);
            rowLabels.add(label);
            rowZones.add(zone);
            rowContextZones.add(tableZone.or(() -> partZone));
            label = Optional.empty();
        }

        private void timelineTable(TableBlock table) {
            List<List<String>> rowsOfCells = new ArrayList<>();
            List<Node> rowNodes = new ArrayList<>();
            List<String> header = List.of();
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<String> cells = cells(row);
                    if (header.isEmpty() && isHeader(row)) {
                        header = cells;
                    } else {
                        rowsOfCells.add(cells);
                        rowNodes.add(row);
                    }
                }
            }
            int dateColumn = column(header, "date", "day");
            int timeColumn = column(header, "time", "when", "timestamp", "utc");
            int kindColumn = column(header, "kind", "type", "category");
            if (timeColumn < 0) {
                timeColumn = dateColumn >= 0 && dateColumn != 0 ? 0 : (dateColumn == 0 ? -1 : 0);
                if (timeColumn < 0) {
                    timeColumn = dateColumn;
                    dateColumn = -1;
                }
            }
            tableZone = header.isEmpty() ? Optional.empty() : Zones.label(cell(header, timeColumn));
            int textColumn = column(header, "event", "description", "what", "details", "entry", "action", "note");
            if (textColumn < 0 || textColumn == timeColumn || textColumn == kindColumn || textColumn == dateColumn) {
                textColumn = -1;
                for (int i = 0; i < header.size() || i < 3; i++) {
                    if (i != timeColumn && i != kindColumn && i != dateColumn) {
                        textColumn = i;
                        break;
                    }
                }
            }
            for (int r = 0; r < rowsOfCells.size(); r++) {
                List<String> cells = rowsOfCells.get(r);
                Position at = position(firstLine(rowNodes.get(r)), rowNodes.get(r));
                String timeText = cell(cells, timeColumn);
                if (dateColumn >= 0) {
                    timeText = cell(cells, dateColumn) + " " + timeText;
                }
                Optional<Times.LeadingTime> time = Times.leadingTime(timeText.strip());
                String text = Text.uncell(cell(cells, textColumn));
                Optional<EntryKind> stated = entryKind(cell(cells, kindColumn));
                if (time.isPresent()) {
                    addRow(
                            time.get().date(),
                            Optional.of(time.get().time()),
                            time.get().zone(),
                            stated,
                            text,
                            at);
                } else if (Times.date(Text.uncell(timeText)).isPresent()) {
                    addRow(Times.date(Text.uncell(timeText)), Optional.empty(), Optional.empty(), stated, text, at);
                } else if (!String.join("", cells).isBlank()) {
                    untimed.add(at);
                }
            }
            tableZone = Optional.empty();
        }

        /**
         * Gives dates to rows written as bare times, from the document's date onwards: a date label
         * before a row, or the latest dated row, sets the date. Then converts each row to UTC from the
         * zone written after its time, else the one its timeline's heading or time column names, else
         * the document's; a row whose zone cannot be converted from keeps its time as written and is
         * listed as unconverted. Dates follow the times as written, and move with them across midnight.
         */
        private List<TimelineRow> datedRows() {
            List<TimelineRow> dated = new ArrayList<>(rows.size());
            Optional<LocalDate> context = date;
            LocalTime previous = null;
            for (int i = 0; i < rows.size(); i++) {
                TimelineRow row = rows.get(i);
                if (row.date().isEmpty() && rowLabels.get(i).isPresent()) {
                    context = rowLabels.get(i);
                    previous = null;
                }
                if (row.date().isPresent()) {
                    context = row.date();
                } else if (context.isPresent()) {
                    if (previous != null
                            && row.time().isBefore(previous)
                            && Duration.between(row.time(), previous).toHours() >= 12) {
                        context = Optional.of(context.get().plusDays(1));
                    }
                    row = TimelineRow.builder().from(row).date(context).build();
                }
                previous = row.time();
                Optional<Zones.Zone> around = rowContextZones.get(i).or(() -> documentZone);
                if (rowZones.get(i).isEmpty() && assumedZone.isEmpty()) {
                    assumedZone = around;
                }
                row = utc(row, rowZones.get(i).or(() -> around), rowPositions.get(i));
                builder.addTimeline(row);
                dated.add(row);
                timelinePositions.add(rowPositions.get(i));
            }
            if (rows.isEmpty() || assumedZone.isEmpty()) {
                assumedZone = documentZone;
            }
            return dated;
        }

        /** A row written in {@code zone}, in UTC; as written (and listed) when the zone cannot be converted from. */
        private TimelineRow utc(TimelineRow row, Optional<Zones.Zone> zone, Position at) {
            if (!row.timeKnown() || zone.isEmpty() || zone.get().isUtc()) {
                return row;
            }
            Optional<java.time.ZoneOffset> offset = zone.get().offset(row.date(), row.time());
            if (offset.isEmpty()) {
                unconverted.add(at);
                return row;
            }
            if (row.date().isEmpty()) {
                return TimelineRow.builder()
                        .from(row)
                        .time(row.time().minusSeconds(offset.get().getTotalSeconds()))
                        .build();
            }
            java.time.LocalDateTime utc = row.date()
                    .get()
                    .atTime(row.time())
                    .atOffset(offset.get())
                    .withOffsetSameInstant(java.time.ZoneOffset.UTC)
                    .toLocalDateTime();
            return TimelineRow.builder()
                    .from(row)
                    .date(utc.toLocalDate())
                    .time(utc.toLocalTime())
                    .build();
        }

        // ---- follow-ups

        private void followUps(Part part) {
            for (Node block : part.blocks) {
                if (block instanceof TableBlock table) {
                    followUpTable(table);
                } else if (block instanceof ListBlock list) {
                    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                        Optional<FollowUp> followUp = followUpItem(itemText(item));
                        if (followUp.isPresent()) {
                            builder.addFollowUp(followUp.get());
                            followUpPositions.add(position(firstLine(item), item));
                        }
                    }
                }
            }
        }

        private Optional<FollowUp> followUpItem(String raw) {
            String text = Text.oneLine(raw);
            FollowUp.Builder followUp = FollowUp.builder();
            Matcher checkbox = CHECKBOX.matcher(text);
            if (checkbox.find()) {
                followUp.status(checkbox.group(1).isBlank() ? FollowUpStatus.OPEN : FollowUpStatus.DONE);
                text = text.substring(checkbox.end());
            }
            Optional<FollowUpKind> kind = Optional.empty();
            Matcher tag = KIND_TAG.matcher(text);
            if (tag.find()) {
                kind = followUpKind(tag.group(1));
                text = text.substring(tag.end());
            } else {
                Matcher field = KIND_FIELD.matcher(text);
                if (field.find()) {
                    kind = followUpKind(field.group(1) != null ? field.group(1) : field.group(2));
                    text = remove(text, field);
                }
            }
            Matcher status = STATUS_FIELD.matcher(text);
            if (status.find()) {
                String word = status.group(1) != null ? status.group(1) : status.group(3);
                String reason = status.group(1) != null ? status.group(2) : status.group(4);
                followUp.status(followUpStatus(word));
                if (reason != null && !reason.isBlank()) {
                    followUp.statusReason(reason.strip());
                }
                text = remove(text, status);
            }
            Matcher owner = OWNER_FIELD.matcher(text);
            Optional<String> trailing;
            if (owner.find()) {
                followUp.owner(stripEmphasis(owner.group(1)).replaceAll("[.,;:]+$", ""));
                text = remove(text, owner);
            } else if ((trailing = trailingOwner(text)).isPresent()) {
                String name = trailing.get();
                followUp.owner(name);
                int at = text.lastIndexOf(name);
                if (at >= 0) {
                    text = text.substring(0, at) + " " + text.substring(at + name.length());
                }
            } else {
                Matcher handle = HANDLE.matcher(text);
                if (handle.find()) {
                    followUp.owner(handle.group());
                    text = remove(text, handle);
                }
            }
            Optional<Times.DateMatch> due = Times.findDate(text, dates());
            if (due.isPresent()) {
                followUp.due(due.get().date());
                String before = text.substring(0, due.get().start());
                Matcher label = DUE_LABEL.matcher(before);
                int start = label.find() ? label.start() : due.get().start();
                text = text.substring(0, start) + " " + text.substring(due.get().end());
            }
            Matcher priority = PRIORITY_FIELD.matcher(text);
            if (priority.find()) {
                followUp.priority(priority.group(1) != null ? priority.group(1) : priority.group(2));
                text = remove(text, priority);
            }
            Matcher tracker = TRACKER_FIELD.matcher(text);
            if (tracker.find()) {
                String value = tracker.group(1) != null
                        ? tracker.group(1)
                        : tracker.group(2) != null
                                ? tracker.group(2)
                                : tracker.group(3) != null
                                        ? tracker.group(3)
                                        : tracker.group(4) != null ? tracker.group(4) : tracker.group(5);
                followUp.tracker(value.replaceAll("[).,;]+$", ""));
                text = remove(text, tracker);
            }
            String title = clean(text);
            if (title.isEmpty()) {
                return Optional.empty();
            }
            followUp.title(title);
            return Optional.of(kinded(followUp, kind, title).build());
        }

        /**
         * The owner written at the end of a follow-up: a name or @handle in its last parenthesis
         * ("(Kenji Watanabe, CAT-1877)", "(@nadia, due 2024-08-01)") or after a closing dash ("— Nadia
         * Haddad"). The other parts (tickets, dates) are left for their own readers.
         */
        private static Optional<String> trailingOwner(String item) {
            // Only the tail is searched: an owner is written in the last few words, and the trailing
            // patterns, tried at every dash or parenthesis of a long line, would be quadratic.
            String text = item.length() <= OWNER_TAIL ? item : item.substring(item.length() - OWNER_TAIL);
            Matcher parens = TRAILING_PARENS.matcher(text);
            if (parens.find()) {
                Optional<String> name = ownerPart(parens.group(1));
                if (name.isPresent()) {
                    return name;
                }
            }
            Matcher dash = TRAILING_DASH.matcher(text);
            return dash.find() ? ownerPart(dash.group(1)) : Optional.empty();
        }

        /** The part of a comma-separated clause that is a person's name or a handle. */
        private static Optional<String> ownerPart(String clause) {
            for (String part : clause.split("[,;]")) {
                String value = stripEmphasis(part).replaceAll("[.:]+$", "").strip();
                if (HANDLE.matcher(value).matches()) {
                    return Optional.of(value);
                }
                if (PERSON.matcher(value).matches() && !NOT_NAMES.contains(value.toLowerCase(Locale.ROOT))) {
                    return Optional.of(value);
                }
            }
            return Optional.empty();
        }

        private static FollowUp.Builder kinded(FollowUp.Builder followUp, Optional<FollowUpKind> stated, String title) {
            if (stated.isPresent()) {
                return followUp.kind(stated).kindInferred(false);
            }
            Optional<FollowUpKind> inferred = Wording.followUpKind(title);
            return followUp.kind(inferred).kindInferred(inferred.isPresent());
        }

        private void followUpTable(TableBlock table) {
            List<String> header = List.of();
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<String> cells = cells(row);
                    if (header.isEmpty() && isHeader(row)) {
                        header = cells;
                        continue;
                    }
                    Optional<FollowUp> followUp = followUpRow(header, cells);
                    if (followUp.isPresent()) {
                        builder.addFollowUp(followUp.get());
                        followUpPositions.add(position(firstLine(row), row));
                    }
                }
            }
        }

        private Optional<FollowUp> followUpRow(List<String> header, List<String> cells) {
            int kindColumn = column(header, "kind", "type", "category");
            int ownerColumn = column(header, "owner", "assignee", "who", "responsible", "owned by");
            int dueColumn = column(header, "due", "deadline", "target", "eta", "by");
            int priorityColumn = column(header, "priority", "prio", "severity");
            int trackerColumn = column(header, "tracker", "ticket", "link", "issue", "jira", "bug", "reference", "ref");
            int statusColumn = column(header, "status", "state", "done");
            int titleColumn = column(header, "action", "item", "title", "description", "task", "what", "follow");
            if (titleColumn < 0 || titleColumn == kindColumn || titleColumn == ownerColumn) {
                titleColumn = -1;
                for (int i = 0; i < cells.size(); i++) {
                    if (i != kindColumn
                            && i != ownerColumn
                            && i != dueColumn
                            && i != priorityColumn
                            && i != trackerColumn
                            && i != statusColumn) {
                        titleColumn = i;
                        break;
                    }
                }
            }
            String title = Text.oneLine(Text.uncell(cell(cells, titleColumn)));
            if (title.isEmpty()) {
                return Optional.empty();
            }
            FollowUp.Builder followUp = FollowUp.builder().title(title);
            owner(Text.uncell(cell(cells, ownerColumn))).ifPresent(followUp::owner);
            String dueText = Text.oneLine(Text.uncell(cell(cells, dueColumn)));
            Optional<LocalDate> due = Times.wholeDate(dueText, dates())
                    .or(() -> Times.findDate(dueText, dates()).map(Times.DateMatch::date));
            due.ifPresent(followUp::due);
            if (due.isEmpty()
                    && !Text.isTrivial(dueText)
                    && Times.unreadableDate(dueText, dates()).isPresent()) {
                // a due date that cannot be read without guessing stays in the title, for the finding to quote
                title = title + " (due " + dueText + ")";
                followUp.title(title);
            }
            nonEmpty(Text.uncell(cell(cells, priorityColumn))).ifPresent(followUp::priority);
            nonEmpty(Text.uncell(cell(cells, trackerColumn)))
                    .filter(tracker -> !Text.isTrivial(tracker)
                            && !NO_TRACKER.matcher(tracker).find())
                    .ifPresent(followUp::tracker);
            String statusText = Text.uncell(cell(cells, statusColumn)).strip();
            if (!statusText.isEmpty()) {
                int colon = statusText.indexOf(':');
                String word = colon < 0 ? statusText : statusText.substring(0, colon);
                followUp.status(followUpStatus(word));
                if (colon >= 0) {
                    nonEmpty(statusText.substring(colon + 1)).ifPresent(followUp::statusReason);
                }
            }
            String kindText = cell(cells, kindColumn).strip();
            return Optional.of(kinded(followUp, followUpKind(kindText), title).build());
        }

        private static Optional<String> owner(String cell) {
            String value = Text.oneLine(cell);
            String key = Text.headingKey(value);
            if (key.isEmpty()
                    || key.equals("tbd")
                    || key.equals("none")
                    || key.equals("n a")
                    || key.equals("unassigned")
                    || key.equals("nobody")
                    || key.equals("todo")) {
                return Optional.empty();
            }
            return Optional.of(value);
        }

        // ---- helpers

        private Optional<EntryKind> entryKind(String text) {
            String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            if (key.isEmpty()) {
                return Optional.empty();
            }
            for (EntryKind kind : EntryKind.values()) {
                if (kind.name().equals(key)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        private static Optional<FollowUpKind> followUpKind(String text) {
            String key = text.strip().toLowerCase(Locale.ROOT);
            if (key.startsWith("detect")) {
                return Optional.of(FollowUpKind.DETECT);
            } else if (key.startsWith("prevent")) {
                return Optional.of(FollowUpKind.PREVENT);
            } else if (key.startsWith("process")) {
                return Optional.of(FollowUpKind.PROCESS);
            } else if (key.startsWith("mitigat")) {
                return Optional.of(FollowUpKind.MITIGATE);
            } else if (key.equals("fix") || key.startsWith("repair")) {
                return Optional.of(FollowUpKind.FIX);
            }
            return Optional.empty();
        }

        private static FollowUpStatus followUpStatus(String text) {
            String key = Text.headingKey(text).replace(" ", "");
            if (key.equals("done")
                    || key.equals("closed")
                    || key.equals("complete")
                    || key.equals("completed")
                    || key.equals("x")) {
                return FollowUpStatus.DONE;
            }
            if (key.startsWith("won") || key.startsWith("willnot") || key.equals("wontfix") || key.equals("rejected")) {
                return FollowUpStatus.WONT_DO;
            }
            return FollowUpStatus.OPEN;
        }

        private static String remove(String text, Matcher matcher) {
            return text.substring(0, matcher.start()) + " " + text.substring(matcher.end());
        }

        private static String clean(String text) {
            String cleaned = Text.oneLine(EMPTY_PARENS.matcher(text).replaceAll(" "));
            cleaned = cleaned.replaceAll("\\s+([,;.:])", "$1").replaceAll("([,;:])(?:\\s*[,;]|\\s+:)+", "$1");
            // "Do it. Owner: @a." with the owner taken out leaves two stops; an ellipsis stays.
            cleaned = cleaned.replaceAll("(?<!\\.)\\.\\.(?!\\.)", ".");
            return EDGE_PUNCTUATION.matcher(cleaned).replaceAll("").strip();
        }

        private static String stripEmphasis(String text) {
            return text.strip().replaceAll("^(?:\\*\\*|__)|(?:\\*\\*|__)$", "").strip();
        }

        private static Optional<String> nonEmpty(String text) {
            String value = Text.oneLine(text);
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        private static int column(List<String> header, String... names) {
            for (String name : names) {
                for (int i = 0; i < header.size(); i++) {
                    String key = Text.headingKey(header.get(i));
                    if (key.equals(name) || key.startsWith(name + " ") || key.endsWith(" " + name)) {
                        return i;
                    }
                }
            }
            return -1;
        }

        private static String cell(List<String> cells, int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }

        private static boolean isHeader(Node row) {
            Node cell = row.getFirstChild();
            return cell instanceof TableCell tableCell && tableCell.isHeader();
        }

        private List<String> cells(Node row) {
            List<String> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                cells.add(raw(cell).strip());
            }
            return cells;
        }

        /** The text of a list item: its blocks' source, without the list marker, on one line. */
        private String itemText(Node item) {
            StringBuilder out = new StringBuilder();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                out.append(raw(child)).append(' ');
            }
            return out.toString();
        }

        /** The source of a node: for inline containers, of its inline content. */
        private String inline(Node node) {
            Node first = node.getFirstChild();
            Node last = node.getLastChild();
            if (first == null || last == null) {
                return "";
            }
            List<SourceSpan> firstSpans = first.getSourceSpans();
            List<SourceSpan> lastSpans = last.getSourceSpans();
            if (firstSpans.isEmpty() || lastSpans.isEmpty()) {
                return literal(node);
            }
            SourceSpan start = firstSpans.get(0);
            SourceSpan end = lastSpans.get(lastSpans.size() - 1);
            if (start.getLineIndex() != end.getLineIndex()) {
                return Text.oneLine(raw(node));
            }
            String line = line(start.getLineIndex());
            int from = Math.min(start.getColumnIndex(), line.length());
            int to = Math.min(Math.max(end.getColumnIndex() + end.getLength(), from), line.length());
            return line.substring(from, to).strip();
        }

        private static String literal(Node node) {
            StringBuilder out = new StringBuilder();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof org.commonmark.node.Text text) {
                    out.append(text.getLiteral());
                } else if (child instanceof Code code) {
                    out.append('`').append(code.getLiteral()).append('`');
                } else {
                    out.append(literal(child));
                }
            }
            return out.toString();
        }

        /** The source of a node's spans, joined by newlines. */
        private String raw(@Nullable Node node) {
            if (node == null) {
                return "";
            }
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return literal(node);
            }
            StringBuilder out = new StringBuilder();
            for (SourceSpan span : spans) {
                String line = line(span.getLineIndex());
                int from = Math.min(span.getColumnIndex(), line.length());
                int to = Math.min(from + span.getLength(), line.length());
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(line, from, to);
            }
            if (node instanceof FencedCodeBlock) {
                return out.toString();
            }
            return out.toString();
        }

        private String line(int index) {
            return index >= 0 && index < lines.size() ? lines.get(index) : "";
        }

        private static int firstLine(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return spans.isEmpty() ? 0 : spans.get(0).getLineIndex();
        }

        private static int lastLine(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex();
        }

        private static Position position(int lineIndex, Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            int column = spans.isEmpty() ? 0 : spans.get(0).getColumnIndex();
            return new Position(lineIndex + 1, column + 1);
        }
    }

    /** Splits text into lines the way commonmark does: at {@code \n}, {@code \r\n} or {@code \r}. */
    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }
}
