package dev.incident.cli.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.cli.findings.CliFinding;
import dev.incident.cli.findings.Report;
import dev.incident.cli.findings.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The {@code json} format: one document, version {@code incident-findings/1}.
 *
 * <pre>{@code
 * {
 *   "format": "incident-findings/1",
 *   "tool": {"name": "incident", "version": "0.1.0", "command": "lint"},
 *   "files": [{"file": "postmortem.md", "findings": 1}],
 *   "findings": [
 *     {"file": "postmortem.md", "line": 12, "column": 5, "endLine": 12, "endColumn": 13,
 *      "rule": "blame-word", "severity": "warning", "message": "...", "suggestion": "..."}
 *   ],
 *   "summary": {"files": 1, "findings": 1, "errors": 0, "warnings": 1, "notes": 0}
 * }
 * }</pre>
 *
 * <p>Contract of version 1: {@code files} lists every file checked, in the order given; {@code
 * findings} are grouped by file in that order, then sorted by line and column; every finding has
 * {@code file}, {@code line}, {@code column} (both 1-based; columns count UTF-16 code units), {@code
 * rule}, {@code severity} ({@code error}, {@code warning} or {@code note}), {@code message} and
 * {@code suggestion} (a string, or {@code null} when the rule has none); {@code endLine} and {@code
 * endColumn} appear only when known. New fields may be added within version 1; removing or changing
 * one makes version 2. Non-ASCII characters are written as JSON unicode escapes.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonFormatter implements FindingsFormatter {

    /** The value of the document's {@code format} field. */
    public static final String FORMAT = "incident-findings/1";

    /** Creates the formatter. */
    public JsonFormatter() {}

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", report.tool().name());
            json.writeStringField("version", report.tool().version());
            json.writeStringField("command", report.command());
            json.writeEndObject();
            json.writeArrayFieldStart("files");
            for (Map.Entry<String, List<CliFinding>> entry : report.byFile().entrySet()) {
                json.writeStartObject();
                json.writeStringField("file", entry.getKey());
                json.writeNumberField("findings", entry.getValue().size());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (CliFinding finding : report.findings()) {
                writeFinding(json, finding);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("files", report.files().size());
            json.writeNumberField("findings", report.findings().size());
            json.writeNumberField("errors", report.count(Severity.ERROR));
            json.writeNumberField("warnings", report.count(Severity.WARNING));
            json.writeNumberField("notes", report.count(Severity.NOTE));
            json.writeEndObject();
            json.writeEndObject();
        }
        out.write("\n");
    }

    private static void writeFinding(JsonGenerator json, CliFinding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", finding.file());
        json.writeNumberField("line", finding.line());
        json.writeNumberField("column", finding.column());
        if (finding.endLine().isPresent()) {
            json.writeNumberField("endLine", finding.endLine().getAsInt());
        }
        if (finding.endColumn().isPresent()) {
            json.writeNumberField("endColumn", finding.endColumn().getAsInt());
        }
        json.writeStringField("rule", finding.rule());
        json.writeStringField("severity", finding.severity().label());
        json.writeStringField("message", finding.message());
        json.writeStringField("suggestion", finding.suggestion().orElse(null));
        json.writeEndObject();
    }
}
