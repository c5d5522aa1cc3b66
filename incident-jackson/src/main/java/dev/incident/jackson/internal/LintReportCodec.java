package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.lint.FindingSeverity;
import dev.incident.lint.LintFinding;
import dev.incident.lint.LintReport;
import dev.incident.lint.LintRule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link LintReport} as the document {@code lint-report/1}: {@code findings} in the report's order,
 * each {@code {"rule", "severity", "message", "suggestion", "replacement", "matched_text",
 * "offset", "length", "line", "column"}}: {@code rule} the rule's stable id ({@code
 * human-error}), {@code severity} {@code error}, {@code warning} or {@code info}, {@code
 * replacement} left out when there is none (and {@code ""} for a deletion), offsets and lengths in
 * UTF-16 chars from 0, line and column from 1. Reading rebuilds the report through its builder,
 * which checks that the length matches the matched text. Stateless.
 */
public final class LintReportCodec extends DocumentCodec<LintReport> {
    /** The format this version writes and reads. */
    public static final String FORMAT = "lint-report/1";

    /** The instance. */
    public static final LintReportCodec INSTANCE = new LintReportCodec();

    private LintReportCodec() {
        super(LintReport.class, FORMAT);
    }

    @Override
    protected void writeFields(LintReport value, JsonGenerator out) throws IOException {
        out.writeArrayFieldStart("findings");
        for (LintFinding finding : value.findings()) {
            out.writeStartObject();
            out.writeStringField("rule", finding.ruleId());
            Out.constant("severity", finding.severity(), out);
            out.writeStringField("message", finding.message());
            out.writeStringField("suggestion", finding.suggestion());
            Out.text("replacement", finding.replacement(), out);
            out.writeStringField("matched_text", finding.matchedText());
            out.writeNumberField("offset", finding.offset());
            out.writeNumberField("length", finding.length());
            out.writeNumberField("line", finding.line());
            out.writeNumberField("column", finding.column());
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    @Override
    protected LintReport readFields(ObjectIn o) throws IncidentJsonException {
        List<LintFinding> findings = new ArrayList<>();
        for (JsonIn element : o.elements("findings")) {
            findings.add(readFinding(element));
        }
        return o.build(() -> LintReport.of(findings));
    }

    private static LintFinding readFinding(JsonIn in) throws IncidentJsonException {
        ObjectIn o = in.object("a lint finding");
        JsonIn ruleField = o.required("rule");
        String ruleId = ruleField.text();
        LintRule rule = LintRule.fromId(ruleId)
                .orElseThrow(() -> ruleField.error(
                        Reason.INVALID_VALUE,
                        "unknown rule " + IncidentJsonException.quote(ruleId) + "; expected one of " + ids()));
        FindingSeverity severity = o.enumConstant("severity", FindingSeverity.class);
        String message = o.text("message");
        String suggestion = o.text("suggestion");
        Optional<String> replacement = o.optionalAnyText("replacement");
        String matched = o.text("matched_text");
        int offset = o.count("offset");
        int length = o.count("length");
        int line = (int) o.required("line").integer(1, Integer.MAX_VALUE);
        int column = (int) o.required("column").integer(1, Integer.MAX_VALUE);
        return o.build(() -> LintFinding.builder()
                .rule(rule)
                .severity(severity)
                .message(message)
                .suggestion(suggestion)
                .replacement(replacement)
                .matchedText(matched)
                .offset(offset)
                .length(length)
                .line(line)
                .column(column)
                .build());
    }

    private static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (LintRule rule : LintRule.values()) {
            ids.add(rule.id());
        }
        return ids;
    }
}
