package dev.incident.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.incident.cli.findings.ToolInfo;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.metrics.GroupMetrics;
import dev.incident.metrics.IncidentMetrics;
import dev.incident.metrics.MeasureStats;
import dev.incident.metrics.MetricsAccumulator;
import dev.incident.model.Severity;
import dev.incident.timeline.Measure;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code incident metrics}: time to detect, acknowledge, mitigate and resolve by severity over
 * incident archives ({@link IncidentMetrics}): count, incidents without data, median, 90th
 * percentile (nearest rank) and maximum, as an aligned table or a JSON document.
 *
 * <p>A bad line is an input error (exit 2, naming the file and line) unless {@code
 * --skip-invalid} is given; then each bad line is reported on standard error and left out.
 */
@Command(
        name = "metrics",
        description = {
            "Time to detect, acknowledge, mitigate and resolve, by severity: count, incidents without"
                    + " data, median, p90 (nearest rank) and max.",
            "*.ndjson and *.jsonl are archives (one incident per line); other files hold one incident."
                    + " Cancelled and duplicate incidents are not measured.",
            "A line that is not a valid incident stops the command (exit 2) unless --skip-invalid is given."
        },
        footer = {
            "",
            "Examples:",
            "  incident metrics incidents-2026.ndjson",
            "  incident metrics --skip-invalid --format json archive/*.ndjson > metrics.json"
        })
final class MetricsCommand extends FileCommand {

    /** The value of the JSON document's {@code format} field. */
    static final String JSON_FORMAT = "incident-metrics/1";

    /** The output formats of {@code metrics}. */
    enum Format {
        /** An aligned table. */
        TEXT,
        /** The {@code incident-metrics/1} document. */
        JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Output: text or json (default: ${DEFAULT-VALUE}).")
    private Format format = Format.TEXT;

    @Option(
            names = "--skip-invalid",
            description = "Leave out lines that are not valid incidents, reporting each on standard error,"
                    + " instead of stopping with exit code 2.")
    private boolean skipInvalid;

    /** What one file gave: its aggregate and its bad lines. */
    private record FileResult(MetricsAccumulator metrics, List<IncidentJsonException> skipped) {}

    @Override
    public Integer call() {
        List<String> names = fileNames();
        List<FileResult> results = forEachFile(this::read);
        MetricsAccumulator all = new MetricsAccumulator();
        for (int i = 0; i < results.size(); i++) {
            all.merge(results.get(i).metrics());
            for (IncidentJsonException error : results.get(i).skipped()) {
                spec.commandLine()
                        .getErr()
                        .println(spec.qualifiedName() + ": " + location(names.get(i), error) + ": skipped: "
                                + IncidentFiles.withoutLine(error));
            }
        }
        spec.commandLine().getErr().flush();
        IncidentMetrics metrics = all.result();
        out().print(format == Format.JSON ? json(names, metrics) : table(names, metrics));
        out().flush();
        return ExitCode.OK;
    }

    private FileResult read(SourceFile file) {
        MetricsAccumulator metrics = new MetricsAccumulator();
        List<IncidentJsonException> errors = new ArrayList<>();
        if (IncidentFiles.isArchive(file.name())) {
            IncidentFiles.readArchive(file, metrics::add, errors::add);
        } else {
            try {
                metrics.add(IncidentFiles.readOne(file));
            } catch (IncidentJsonException e) {
                errors.add(e);
            }
        }
        if (!errors.isEmpty() && !skipInvalid) {
            IncidentJsonException first = errors.get(0);
            throw new InputException(
                    file.name(),
                    first.line().isPresent()
                            ? first.getMessage() + " (--skip-invalid leaves bad lines out)"
                            : first.getMessage(),
                    first);
        }
        return new FileResult(metrics, List.copyOf(errors));
    }

    private static String location(String file, IncidentJsonException error) {
        return error.line().isPresent() ? file + ":" + error.line().getAsLong() : file;
    }

    // ---- text

    private static String table(List<String> files, IncidentMetrics metrics) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"severity", "measure", "count", "no data", "median", "p90", "max"});
        for (Map.Entry<Severity, GroupMetrics> group : metrics.bySeverity().entrySet()) {
            addRows(rows, group.getKey().label(), group.getValue());
        }
        addRows(rows, "all", metrics.overall());
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String cell = c < 2 ? pad(row[c], widths[c], false) : pad(row[c], widths[c], true);
                line.append(c == 0 ? "" : "  ").append(cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append('\n').append(summary(files, metrics)).append('\n');
        return out.toString();
    }

    private static void addRows(List<String[]> rows, String group, GroupMetrics metrics) {
        for (Measure measure : Measure.values()) {
            MeasureStats stats = metrics.get(measure);
            rows.add(new String[] {
                group,
                measure.label(),
                String.valueOf(stats.count()),
                String.valueOf(stats.noData()),
                human(stats.median()),
                human(stats.p90()),
                human(stats.max())
            });
        }
    }

    private static String summary(List<String> files, IncidentMetrics metrics) {
        int measured = metrics.overall().incidents();
        StringBuilder summary = new StringBuilder()
                .append(measured)
                .append(measured == 1 ? " incident" : " incidents")
                .append(" measured in ")
                .append(files.size())
                .append(files.size() == 1 ? " file" : " files");
        if (metrics.excludedCancelled() > 0 || metrics.excludedDuplicates() > 0) {
            summary.append("; not measured: ")
                    .append(metrics.excludedCancelled())
                    .append(" cancelled, ")
                    .append(metrics.excludedDuplicates())
                    .append(" merged as duplicates");
        }
        return summary.append('.').toString();
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }

    /** A duration for people: {@code 45s}, {@code 18m}, {@code 18m 30s}, {@code 2h 31m}, {@code 5h}, {@code 3d 4h}; "-" for none. */
    static String human(Optional<Duration> duration) {
        if (duration.isEmpty()) {
            return "-";
        }
        Duration d = duration.get();
        long seconds = d.getSeconds();
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            long s = seconds % 60;
            return seconds / 60 + "m" + (s == 0 ? "" : " " + s + "s");
        }
        if (seconds < 86_400) {
            long m = (seconds % 3600) / 60;
            return seconds / 3600 + "h" + (m == 0 ? "" : " " + m + "m");
        }
        long h = (seconds % 86_400) / 3600;
        return seconds / 86_400 + "d" + (h == 0 ? "" : " " + h + "h");
    }

    // ---- json

    private static String json(List<String> files, IncidentMetrics metrics) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", JSON_FORMAT);
        ToolInfo tool = ToolInfo.current();
        root.putObject("tool")
                .put("name", tool.name())
                .put("version", tool.version())
                .put("command", "metrics");
        ArrayNode fileArray = root.putArray("files");
        files.forEach(fileArray::add);
        root.put("incidents", metrics.overall().incidents());
        root.putObject("notMeasured")
                .put("cancelled", metrics.excludedCancelled())
                .put("duplicates", metrics.excludedDuplicates());
        ArrayNode groups = root.putArray("bySeverity");
        metrics.bySeverity().forEach((severity, group) -> {
            ObjectNode node = groups.addObject().put("severity", severity.label());
            writeGroup(node, group);
        });
        writeGroup(root.putObject("overall"), metrics.overall());
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeGroup(ObjectNode node, GroupMetrics group) {
        node.put("incidents", group.incidents());
        ObjectNode measures = node.putObject("measures");
        for (Measure measure : Measure.values()) {
            MeasureStats stats = group.get(measure);
            ObjectNode m = measures.putObject(measure.name().toLowerCase(Locale.ROOT));
            m.put("count", stats.count());
            m.put("noData", stats.noData());
            putDuration(m, "mean", stats.mean());
            putDuration(m, "median", stats.median());
            putDuration(m, "p90", stats.p90());
            putDuration(m, "max", stats.max());
        }
    }

    /** An ISO-8601 duration such as {@code PT18M}, or {@code null} when there is no data. */
    private static void putDuration(ObjectNode node, String field, Optional<Duration> duration) {
        if (duration.isPresent()) {
            node.put(field, duration.get().toString());
            node.put(field + "Seconds", duration.get().getSeconds());
        } else {
            node.putNull(field);
            node.putNull(field + "Seconds");
        }
    }
}
