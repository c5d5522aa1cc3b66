package dev.incident.cli.format;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.cli.findings.CliFinding;
import dev.incident.cli.findings.Report;
import dev.incident.cli.findings.Rule;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code sarif} format: a SARIF 2.1.0 log with one run, shaped for GitHub code scanning
 * ({@code github/codeql-action/upload-sarif}), which shows each result inline on the file and line.
 *
 * <ul>
 *   <li>{@code runs[0].tool.driver} names the tool, its version and home page, and lists a {@code
 *       rules[]} entry (id, short description, help, default level) for every rule the command
 *       checks and every other rule a finding names;
 *   <li>each result has {@code ruleId}, the matching {@code ruleIndex}, {@code level} ({@code
 *       error}, {@code warning} or {@code note}), {@code message.text} (the suggestion, if any, on
 *       a second line) and one {@code physicalLocation}: the file as a URI relative to the working
 *       directory with forward slashes and {@code uriBaseId} {@code %SRCROOT%} (a file outside the
 *       working directory gets an absolute {@code file:} URI), and a 1-based {@code region};
 *   <li>columns count UTF-16 code units, SARIF's default {@code columnKind}, written out.
 * </ul>
 *
 * <p>Run the tool from the repository root so the relative URIs match the repository's paths.
 * Stateless and thread-safe.
 */
public final class SarifFormatter implements FindingsFormatter {

    /** The JSON schema the document declares. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** The SARIF version written. */
    public static final String VERSION = "2.1.0";

    private final Path workingDirectory;

    /**
     * Creates a formatter that writes file locations relative to a directory.
     *
     * @param workingDirectory the directory relative URIs start from, normally the repository root
     * @throws NullPointerException if {@code workingDirectory} is null
     */
    public SarifFormatter(Path workingDirectory) {
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory")
                .toAbsolutePath()
                .normalize();
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, Rule> rules = rulesOf(report);
        List<String> ruleIds = new ArrayList<>(rules.keySet());
        try (JsonGenerator json = Json.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", VERSION);
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", report.tool().name());
            json.writeStringField("version", report.tool().version());
            if (!report.tool().informationUri().isBlank()) {
                json.writeStringField("informationUri", report.tool().informationUri());
            }
            json.writeArrayFieldStart("rules");
            for (Rule rule : rules.values()) {
                writeRule(json, rule);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeArrayFieldStart("results");
            for (CliFinding finding : report.findings()) {
                writeResult(json, finding, ruleIds.indexOf(finding.rule()));
            }
            json.writeEndArray();
            json.writeObjectFieldStart("properties");
            json.writeStringField("command", report.command());
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write("\n");
    }

    /** The command's rules, then any rule a finding names that the command did not list. */
    private static Map<String, Rule> rulesOf(Report report) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        report.rules().forEach(rule -> rules.putIfAbsent(rule.id(), rule));
        for (CliFinding finding : report.findings()) {
            rules.putIfAbsent(finding.rule(), new Rule(finding.rule(), finding.rule(), "", finding.severity()));
        }
        return rules;
    }

    private static void writeRule(JsonGenerator json, Rule rule) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", rule.shortDescription());
        json.writeEndObject();
        json.writeObjectFieldStart("help");
        json.writeStringField("text", rule.help().isBlank() ? rule.shortDescription() : rule.help());
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", rule.defaultSeverity().label());
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeResult(JsonGenerator json, CliFinding finding, int ruleIndex) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.rule());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", finding.severity().label());
        json.writeObjectFieldStart("message");
        json.writeStringField(
                "text",
                finding.message()
                        + finding.suggestion().map(s -> "\nSuggestion: " + s).orElse(""));
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        String uri = artifactUri(finding.file());
        json.writeStringField("uri", uri);
        if (!uri.startsWith("file:")) {
            json.writeStringField("uriBaseId", "%SRCROOT%");
        }
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", finding.line());
        json.writeNumberField("startColumn", finding.column());
        if (finding.endLine().isPresent()) {
            json.writeNumberField("endLine", finding.endLine().getAsInt());
        }
        if (finding.endColumn().isPresent()) {
            json.writeNumberField("endColumn", finding.endColumn().getAsInt());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * The file as SARIF wants it: relative to the working directory, forward slashes,
     * percent-encoded; absolute {@code file:} URI if it lies outside the working directory.
     */
    String artifactUri(String file) {
        String relative = file.replace('\\', '/');
        try {
            Path path = Path.of(file);
            if (path.isAbsolute()) {
                Path normal = path.normalize();
                if (!normal.startsWith(workingDirectory)) {
                    return normal.toUri().toASCIIString();
                }
                relative = workingDirectory.relativize(normal).toString().replace('\\', '/');
            } else {
                relative = path.normalize().toString().replace('\\', '/');
            }
        } catch (InvalidPathException e) {
            // not a path on this platform (such as <stdin>): encode the name as given
        }
        return percentEncode(relative);
    }

    private static String percentEncode(String path) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", (int) c));
            }
        }
        return encoded.toString();
    }
}
