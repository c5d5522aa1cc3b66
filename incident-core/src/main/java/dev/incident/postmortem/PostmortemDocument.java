package dev.incident.postmortem;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postmortem read from Markdown, with the Markdown and where each part was found, so that
 * validation findings point at lines. The position lists run parallel to the postmortem's lists:
 * {@code timelinePositions().get(i)} is where {@code postmortem().timeline().get(i)} was written.
 *
 * <p>Made by {@link PostmortemMarkdown#parse(String)}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PostmortemDocument {
    PostmortemDocument() {}

    /** Returns a new builder; used by the parser, and by tests that need a document. */
    public static Builder builder() {
        return new Builder();
    }

    /** The postmortem read. */
    public abstract Postmortem postmortem();

    /** The Markdown it was read from. */
    public abstract String markdown();

    /** The headings that start sections, in document order. */
    public abstract List<DocumentHeading> headings();

    /** Where each timeline row was written. */
    public abstract List<Position> timelinePositions();

    /** Where each follow-up was written. */
    public abstract List<Position> followUpPositions();

    /** Where each root cause was written. */
    public abstract List<Position> rootCausePositions();

    /** Where each contributing factor was written. */
    public abstract List<Position> contributingFactorPositions();

    /** Rows of the timeline section (table rows, list items) with no time that could be read. */
    public abstract List<Position> untimedTimelineRows();

    /**
     * The time zone the timeline's times were read in, where a row names none of its own: the zone its
     * time column ({@code Time (UTC)}) or heading ({@code Timeline (PDT)}) names, else the document's,
     * from a {@code Timezone:} header field or a note on its times ({@code All times in CET (UTC+1)},
     * {@code Times are Pacific (PDT)}). An abbreviation of one offset is that offset (CET is {@code
     * +01:00}, PDT {@code -07:00}); ET, PT, CT, MT and IANA ids are regions ({@code America/New_York})
     * whose offset each row's date decides.
     *
     * <p>Empty when the document names no zone, and such times are taken as UTC; and when the zone it
     * names cannot be converted from (an ambiguous abbreviation such as IST or CST, one not known, or
     * notes that disagree): the rows concerned are then in {@link #unconvertedTimelineRows()}.
     */
    public abstract Optional<ZoneId> timeZone();

    /**
     * Rows of the timeline whose time is kept as written, not converted to UTC, because the zone they
     * are in (written after the time, or the {@linkplain #timeZone() document's}) is ambiguous or
     * unknown, or needs a date the row does not have, or does not hold on the row's date (PST in July).
     * They are in the postmortem's timeline too.
     */
    public abstract List<Position> unconvertedTimelineRows();

    /** Returns the position of the first heading of {@code section}, if the document has one. */
    public final Optional<Position> position(Section section) {
        return headings().stream()
                .filter(heading ->
                        heading.section().equals(section) || (!section.isKnown() && section.matches(heading.text())))
                .map(DocumentHeading::position)
                .findFirst();
    }

    /** Returns the section that line {@code line} belongs to, if it is below a section heading. */
    public final Optional<Section> sectionAt(int line) {
        Section found = null;
        for (DocumentHeading heading : headings()) {
            if (heading.position().line() <= line) {
                found = heading.section();
            }
        }
        return Optional.ofNullable(found);
    }

    @Value.Check
    final void check() {
        Postmortem postmortem = postmortem();
        if (timelinePositions().size() != postmortem.timeline().size()
                || followUpPositions().size() != postmortem.followUps().size()
                || rootCausePositions().size() != postmortem.rootCauses().size()
                || contributingFactorPositions().size()
                        != postmortem.contributingFactors().size()) {
            throw new IllegalArgumentException("position lists must run parallel to the postmortem's lists");
        }
    }

    /** Builds a {@link PostmortemDocument}; not thread-safe. */
    public static final class Builder extends ImmutablePostmortemDocument.Builder {
        Builder() {}
    }
}
