package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.metrics.GroupMetrics;
import dev.incident.metrics.IncidentMetrics;
import dev.incident.metrics.MeasureStats;
import dev.incident.model.Severity;
import dev.incident.timeline.Measure;
import java.io.IOException;
import java.util.Map;

/**
 * {@link IncidentMetrics} as the document {@code incident-metrics/1}, <b>written only</b>: it is a
 * feed for dashboards, an aggregate computed from incidents (which are what is stored and read
 * back); reading it is refused with {@code UNSUPPORTED_FORMAT}.
 *
 * <p>Fields: {@code overall}, {@code by_severity} (an array of {@code {"severity", "metrics"}},
 * worst first), {@code by_service} (an array of {@code {"service", "metrics"}}), {@code
 * without_service}, {@code excluded_cancelled}, {@code excluded_duplicates}. Group metrics are
 * {@code {"incidents", "deploy_triggered", "measures": {"time_to_detect", ...}, "failed_deployment_recovery"}},
 * each statistic {@code {"count", "no_data", "mean", "median", "p90", "max"}} with the durations
 * in ISO-8601 and left out when {@code count} is zero. Stateless.
 */
public final class IncidentMetricsCodec extends DocumentCodec<IncidentMetrics> {
    /** The format this version writes. */
    public static final String FORMAT = "incident-metrics/1";

    /** The instance. */
    public static final IncidentMetricsCodec INSTANCE = new IncidentMetricsCodec();

    private IncidentMetricsCodec() {
        super(IncidentMetrics.class, FORMAT);
    }

    @Override
    protected void writeFields(IncidentMetrics value, JsonGenerator out) throws IOException {
        out.writeFieldName("overall");
        writeGroup(value.overall(), out);
        out.writeArrayFieldStart("by_severity");
        for (Map.Entry<Severity, GroupMetrics> group : value.bySeverity().entrySet()) {
            out.writeStartObject();
            out.writeFieldName("severity");
            SeverityCodec.INSTANCE.write(group.getKey(), out);
            out.writeFieldName("metrics");
            writeGroup(group.getValue(), out);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("by_service");
        for (Map.Entry<String, GroupMetrics> group : value.byService().entrySet()) {
            out.writeStartObject();
            out.writeStringField("service", group.getKey());
            out.writeFieldName("metrics");
            writeGroup(group.getValue(), out);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeFieldName("without_service");
        writeGroup(value.withoutService(), out);
        out.writeNumberField("excluded_cancelled", value.excludedCancelled());
        out.writeNumberField("excluded_duplicates", value.excludedDuplicates());
    }

    private static void writeGroup(GroupMetrics group, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("incidents", group.incidents());
        out.writeNumberField("deploy_triggered", group.deployTriggered());
        out.writeObjectFieldStart("measures");
        for (Measure measure : Measure.values()) {
            out.writeFieldName(Names.of(measure));
            writeStats(group.get(measure), out);
        }
        out.writeEndObject();
        out.writeFieldName("failed_deployment_recovery");
        writeStats(group.failedDeploymentRecovery(), out);
        out.writeEndObject();
    }

    private static void writeStats(MeasureStats stats, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("count", stats.count());
        out.writeNumberField("no_data", stats.noData());
        Out.duration("mean", stats.mean(), out);
        Out.duration("median", stats.median(), out);
        Out.duration("p90", stats.p90(), out);
        Out.duration("max", stats.max(), out);
        out.writeEndObject();
    }

    @Override
    protected IncidentMetrics readFields(ObjectIn in) throws IncidentJsonException {
        throw in.self()
                .error(
                        Reason.UNSUPPORTED_FORMAT,
                        FORMAT + " is written only: it is a dashboard feed; compute the metrics from the incidents");
    }
}
