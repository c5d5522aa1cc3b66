package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.postmortem.CompletenessReport;
import dev.incident.postmortem.Finding;
import dev.incident.postmortem.FindingSeverity;
import dev.incident.postmortem.Position;
import dev.incident.postmortem.Rule;
import dev.incident.postmortem.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link CompletenessReport} as the document {@code completeness-report/1}: {@code profile} (the
 * profile's name) and {@code findings}, in the report's order. A finding is {@code {"rule",
 * "severity", "section", "message", "hint", "position"}}: {@code rule} is the rule's stable id
 * ({@code follow-up-no-owner}), {@code severity} {@code error} or {@code warning}, {@code section}
 * (left out when none) {@code {"title", "known": true}} for a section the SDK knows or {@code
 * {"title", "synonyms"}} for a team's own, {@code position} (left out when none) {@code {"line",
 * "column"}}. Reading rebuilds the report through its builder. Stateless.
 */
public final class CompletenessReportCodec extends DocumentCodec<CompletenessReport> {
    /** The format this version writes and reads. */
    public static final String FORMAT = "completeness-report/1";

    /** The instance. */
    public static final CompletenessReportCodec INSTANCE = new CompletenessReportCodec();

    private CompletenessReportCodec() {
        super(CompletenessReport.class, FORMAT);
    }

    @Override
    protected void writeFields(CompletenessReport value, JsonGenerator out) throws IOException {
        out.writeStringField("profile", value.profileName());
        out.writeArrayFieldStart("findings");
        for (Finding finding : value.findings()) {
            writeFinding(finding, out);
        }
        out.writeEndArray();
    }

    private static void writeFinding(Finding finding, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("rule", finding.ruleId());
        Out.constant("severity", finding.severity(), out);
        if (finding.section().isPresent()) {
            Section section = finding.section().get();
            out.writeObjectFieldStart("section");
            out.writeStringField("title", section.title());
            if (section.isKnown()) {
                out.writeBooleanField("known", true);
            } else {
                Out.texts("synonyms", section.synonyms(), out);
            }
            out.writeEndObject();
        }
        out.writeStringField("message", finding.message());
        out.writeStringField("hint", finding.hint());
        if (finding.position().isPresent()) {
            out.writeObjectFieldStart("position");
            out.writeNumberField("line", finding.position().get().line());
            out.writeNumberField("column", finding.position().get().column());
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    @Override
    protected CompletenessReport readFields(ObjectIn o) throws IncidentJsonException {
        String profile = o.nonBlankText("profile");
        List<Finding> findings = new ArrayList<>();
        for (JsonIn element : o.elements("findings")) {
            findings.add(readFinding(element));
        }
        return o.build(() -> CompletenessReport.builder()
                .profileName(profile)
                .findings(findings)
                .build());
    }

    private static Finding readFinding(JsonIn in) throws IncidentJsonException {
        ObjectIn o = in.object("a completeness finding");
        JsonIn ruleField = o.required("rule");
        String ruleId = ruleField.text();
        Rule rule = Rule.fromId(ruleId)
                .filter(found -> found.id().equals(ruleId))
                .orElseThrow(() -> ruleField.error(
                        Reason.INVALID_VALUE,
                        "unknown rule " + IncidentJsonException.quote(ruleId) + "; expected one of " + ids()));
        FindingSeverity severity = o.enumConstant("severity", FindingSeverity.class);
        Optional<JsonIn> sectionField = o.optional("section");
        Optional<Section> section =
                sectionField.isEmpty() ? Optional.empty() : Optional.of(readSection(sectionField.get()));
        String message = o.nonBlankText("message");
        String hint = o.text("hint");
        Optional<JsonIn> positionField = o.optional("position");
        Optional<Position> position = Optional.empty();
        if (positionField.isPresent()) {
            ObjectIn p = positionField.get().object("a position");
            int line = (int) p.required("line").integer(1, Integer.MAX_VALUE);
            int column = (int) p.required("column").integer(1, Integer.MAX_VALUE);
            position = Optional.of(p.build(() -> new Position(line, column)));
        }
        Optional<Position> at = position;
        return o.build(() -> Finding.builder()
                .rule(rule)
                .severity(severity)
                .section(section)
                .message(message)
                .hint(hint)
                .position(at)
                .build());
    }

    private static Section readSection(JsonIn in) throws IncidentJsonException {
        ObjectIn o = in.object("a section");
        JsonIn titleField = o.required("title");
        String title = titleField.nonBlankText();
        boolean known = o.bool("known", false);
        List<String> synonyms = o.texts("synonyms");
        if (known) {
            Optional<Section> constant = Section.known().stream()
                    .filter(section -> section.title().equals(title))
                    .findFirst();
            if (constant.isEmpty()) {
                throw titleField.error(
                        Reason.INVALID_VALUE,
                        "no known section is titled " + IncidentJsonException.quote(title)
                                + "; leave \"known\" out for a team's own section");
            }
            o.checkUnknownFields();
            return constant.get();
        }
        return o.build(() -> Section.custom(title, synonyms.toArray(String[]::new)));
    }

    private static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            ids.add(rule.id());
        }
        return ids;
    }
}
