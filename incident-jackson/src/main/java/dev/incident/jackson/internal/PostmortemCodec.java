package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.postmortem.FollowUp;
import dev.incident.postmortem.Postmortem;
import dev.incident.postmortem.PostmortemImpact;
import dev.incident.postmortem.PostmortemStatus;
import dev.incident.postmortem.TimelineRow;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Postmortem} as the document {@code postmortem/1}: {@code title}, {@code
 * incident_reference}, {@code authors}, {@code status}, {@code date}, {@code location}, the Markdown
 * sections ({@code summary}, {@code trigger}, {@code detection}, {@code resolution}, {@code
 * lessons_learned}, {@code went_well}, {@code went_wrong}, {@code got_lucky}), {@code impact},
 * {@code root_causes}, {@code contributing_factors}, {@code timeline}, {@code additional_sections}
 * (an array of {@code {"heading", "text"}}, in order) and {@code follow_ups}. An absent section is
 * left out; a section that is there but empty is written as {@code ""}. Arrays are always written.
 * Reading rebuilds the postmortem through its builder, so the model's own checks apply. Stateless.
 */
public final class PostmortemCodec extends DocumentCodec<Postmortem> {
    /** The format this version writes and reads. */
    public static final String FORMAT = "postmortem/1";

    /** The instance. */
    public static final PostmortemCodec INSTANCE = new PostmortemCodec();

    private PostmortemCodec() {
        super(Postmortem.class, FORMAT);
    }

    @Override
    protected void writeFields(Postmortem value, JsonGenerator out) throws IOException {
        out.writeStringField("title", value.title());
        Out.text("incident_reference", value.incidentReference(), out);
        Out.texts("authors", value.authors(), out);
        Out.constant("status", value.status(), out);
        Out.date("date", value.date(), out);
        Out.text("location", value.location(), out);
        Out.text("summary", value.summary(), out);
        if (value.impact().isPresent()) {
            out.writeFieldName("impact");
            PostmortemImpactCodec.INSTANCE.write(value.impact().get(), out);
        }
        Out.text("trigger", value.trigger(), out);
        Out.text("detection", value.detection(), out);
        Out.texts("root_causes", value.rootCauses(), out);
        Out.texts("contributing_factors", value.contributingFactors(), out);
        Out.text("resolution", value.resolution(), out);
        out.writeArrayFieldStart("timeline");
        for (TimelineRow row : value.timeline()) {
            TimelineRowCodec.INSTANCE.write(row, out);
        }
        out.writeEndArray();
        Out.text("lessons_learned", value.lessonsLearned(), out);
        Out.text("went_well", value.wentWell(), out);
        Out.text("went_wrong", value.wentWrong(), out);
        Out.text("got_lucky", value.gotLucky(), out);
        out.writeArrayFieldStart("additional_sections");
        for (Map.Entry<String, String> section : value.additionalSections().entrySet()) {
            out.writeStartObject();
            out.writeStringField("heading", section.getKey());
            out.writeStringField("text", section.getValue());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("follow_ups");
        for (FollowUp followUp : value.followUps()) {
            FollowUpCodec.INSTANCE.write(followUp, out);
        }
        out.writeEndArray();
    }

    @Override
    protected Postmortem readFields(ObjectIn o) throws IncidentJsonException {
        String title = o.nonBlankText("title");
        Optional<String> reference = o.optionalText("incident_reference");
        List<String> authors = new ArrayList<>();
        for (JsonIn author : o.elements("authors")) {
            String name = author.nonBlankText();
            if (name.contains(",") || !name.equals(name.strip())) {
                throw author.error(
                        Reason.INVALID_VALUE,
                        "an author's name is trimmed and has no comma, got " + IncidentJsonException.quote(name));
            }
            authors.add(name);
        }
        Optional<PostmortemStatus> status = o.optionalEnumConstant("status", PostmortemStatus.class);
        Optional<LocalDate> date = o.optionalDate("date");
        Optional<String> location = o.optionalText("location");
        Optional<String> summary = o.optionalAnyText("summary");
        Optional<JsonIn> impactField = o.optional("impact");
        Optional<PostmortemImpact> impact = impactField.isEmpty()
                ? Optional.empty()
                : Optional.of(PostmortemImpactCodec.INSTANCE.read(impactField.get()));
        Optional<String> trigger = o.optionalAnyText("trigger");
        Optional<String> detection = o.optionalAnyText("detection");
        List<String> rootCauses = o.texts("root_causes");
        List<String> factors = o.texts("contributing_factors");
        Optional<String> resolution = o.optionalAnyText("resolution");
        List<TimelineRow> timeline = new ArrayList<>();
        for (JsonIn row : o.elements("timeline")) {
            timeline.add(TimelineRowCodec.INSTANCE.read(row));
        }
        Optional<String> lessons = o.optionalAnyText("lessons_learned");
        Optional<String> wentWell = o.optionalAnyText("went_well");
        Optional<String> wentWrong = o.optionalAnyText("went_wrong");
        Optional<String> gotLucky = o.optionalAnyText("got_lucky");
        Map<String, String> additional = new LinkedHashMap<>();
        for (JsonIn element : o.elements("additional_sections")) {
            ObjectIn section = element.object("an additional section");
            JsonIn headingField = section.required("heading");
            String heading = headingField.nonBlankText();
            String text = section.text("text");
            section.checkUnknownFields();
            if (additional.put(heading, text) != null) {
                throw headingField.error(
                        Reason.INVALID_VALUE, "repeats the heading " + IncidentJsonException.quote(heading));
            }
        }
        List<FollowUp> followUps = new ArrayList<>();
        for (JsonIn followUp : o.elements("follow_ups")) {
            followUps.add(FollowUpCodec.INSTANCE.read(followUp));
        }
        return o.build(() -> Postmortem.builder()
                .title(title)
                .incidentReference(reference)
                .authors(authors)
                .status(status.orElse(PostmortemStatus.DRAFT))
                .date(date)
                .location(location)
                .summary(summary)
                .impact(impact)
                .trigger(trigger)
                .detection(detection)
                .rootCauses(rootCauses)
                .contributingFactors(factors)
                .resolution(resolution)
                .timeline(timeline)
                .lessonsLearned(lessons)
                .wentWell(wentWell)
                .wentWrong(wentWrong)
                .gotLucky(gotLucky)
                .additionalSections(additional)
                .followUps(followUps)
                .build());
    }
}
