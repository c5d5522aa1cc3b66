package dev.incident.jackson;

import static dev.incident.jackson.Fixtures.JSON;
import static dev.incident.jackson.Fixtures.PRETTY;
import static dev.incident.jackson.Fixtures.STRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.lint.LintReport;
import dev.incident.metrics.IncidentMetrics;
import dev.incident.postmortem.CompletenessReport;
import dev.incident.postmortem.FollowUp;
import dev.incident.postmortem.Postmortem;
import dev.incident.timeline.Correction;
import dev.incident.timeline.ExternalEntry;
import dev.incident.timeline.Timeline;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The documents besides the incident: golden files, round trips, write-only refusals, schema. */
class DocumentsJsonTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private static Object document(String name) {
        return switch (name) {
            case "postmortem" -> DocumentFixtures.postmortem();
            case "completeness-report" -> DocumentFixtures.completenessReport();
            case "lint-report" -> DocumentFixtures.lintReport();
            case "timeline" -> DocumentFixtures.timeline();
            case "incident-metrics" -> DocumentFixtures.metrics();
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"postmortem", "completeness-report", "lint-report", "timeline", "incident-metrics"})
    void should_match_the_golden_file_when_writing_each_document(String name) {
        assertThat(PRETTY.write(document(name)))
                .isEqualTo(Fixtures.resource("/golden/" + name + ".json").strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postmortem", "completeness-report", "lint-report", "timeline", "incident-metrics"})
    void should_conform_to_the_schema_and_name_its_format_when_writing_each_document(String name) throws Exception {
        String json = JSON.write(document(name));

        SchemaCheck.assertConforms(json);
        assertThat(PLAIN.readTree(json).get("format").asText()).isEqualTo(name + "/1");
        assertThat(json).doesNotContain("null");
    }

    @Test
    void should_read_back_equal_documents_when_postmortems_and_reports_are_written() throws Exception {
        Postmortem postmortem = DocumentFixtures.postmortem();
        CompletenessReport completeness = DocumentFixtures.completenessReport();
        LintReport lint = DocumentFixtures.lintReport();

        assertThat(STRICT.readPostmortem(PRETTY.writePostmortem(postmortem))).isEqualTo(postmortem);
        assertThat(STRICT.read(JSON.write(completeness), CompletenessReport.class))
                .isEqualTo(completeness);
        assertThat(STRICT.read(JSON.write(lint), LintReport.class)).isEqualTo(lint);
        assertThat(completeness.findings()).isNotEmpty();
        assertThat(lint.findings()).hasSizeGreaterThan(2);
    }

    @Test
    void should_read_the_golden_postmortem_back_into_the_fixture() throws Exception {
        assertThat(JSON.readPostmortem(Fixtures.resource("/golden/postmortem.json")))
                .isEqualTo(DocumentFixtures.postmortem());
    }

    @Test
    void should_round_trip_the_timelines_inputs_when_written_alone() throws Exception {
        // GIVEN the timeline's external entries and corrections, applied or not
        Timeline timeline = DocumentFixtures.timeline();
        ObjectMapper mapper = JSON.objectMapper();

        // WHEN each is written and read back THEN it is equal, and the timeline rebuilds equal
        List<ExternalEntry> entries =
                List.of(mapper.readValue(mapper.writeValueAsString(timeline.externalEntries()), ExternalEntry[].class));
        List<Correction> corrections =
                List.of(mapper.readValue(mapper.writeValueAsString(timeline.corrections()), Correction[].class));
        assertThat(entries).isEqualTo(timeline.externalEntries());
        assertThat(corrections).isEqualTo(timeline.corrections()).hasSize(2);
        Timeline rebuilt = Timeline.of(Fixtures.walkthrough(), entries);
        for (Correction correction : corrections) {
            rebuilt = rebuilt.withCorrection(correction);
        }
        assertThat(rebuilt).isEqualTo(timeline);
        assertThat(JSON.write(rebuilt)).isEqualTo(JSON.write(timeline));
    }

    @Test
    void should_guess_the_kind_of_an_external_entry_when_it_is_left_out() throws Exception {
        ExternalEntry read = JSON.read(
                "{\"source\":\"slack\",\"at\":\"2026-03-04T14:00:00Z\",\"text\":\"rolled back deploy 8812\"}",
                ExternalEntry.class);

        assertThat(read).isEqualTo(ExternalEntry.of("slack", Fixtures.T0, "rolled back deploy 8812"));
    }

    @Test
    void should_refuse_with_unsupported_format_when_reading_a_written_only_document() {
        String timeline = JSON.write(DocumentFixtures.timeline());
        String metrics = JSON.write(DocumentFixtures.metrics());

        IncidentJsonException timelineError = Errors.thrownBy(() -> JSON.read(timeline, Timeline.class));
        IncidentJsonException metricsError = Errors.thrownBy(() -> JSON.read(metrics, IncidentMetrics.class));

        assertThat(timelineError.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(timelineError.getMessage()).contains("written only");
        assertThat(metricsError.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
    }

    @Test
    void should_refuse_a_document_of_another_kind_with_unsupported_format() {
        String incident = JSON.writeIncident(Fixtures.walkthrough());

        IncidentJsonException error = Errors.thrownBy(() -> JSON.readPostmortem(incident));

        assertThat(error.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(error.path()).isEqualTo("/format");
    }

    @Test
    void should_report_errors_with_their_path_when_a_postmortem_is_broken() throws Exception {
        ObjectNode document = (ObjectNode) PLAIN.readTree(JSON.writePostmortem(DocumentFixtures.postmortem()));

        ObjectNode noTitle = document.deepCopy();
        noTitle.remove("title");
        ObjectNode badDue = document.deepCopy();
        ((ObjectNode) badDue.get("follow_ups").get(0)).put("due", "18/03/2026");
        ObjectNode badKind = document.deepCopy();
        ((ObjectNode) badKind.get("timeline").get(1)).put("kind", "DETECTION");
        ObjectNode repeated = document.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) repeated.get("additional_sections"))
                .add(repeated.get("additional_sections").get(0).deepCopy());
        ObjectNode nullSummary = document.deepCopy();
        nullSummary.putNull("summary");
        ObjectNode badAuthor = document.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) badAuthor.get("authors")).add("a, b");
        ObjectNode extra = document.deepCopy();
        ((ObjectNode) extra.get("impact")).put("colour", "red");

        assertError(noTitle, Reason.MISSING_FIELD, "/title");
        assertError(badDue, Reason.INVALID_VALUE, "/follow_ups/0/due");
        assertError(badKind, Reason.INVALID_VALUE, "/timeline/1/kind");
        assertError(repeated, Reason.INVALID_VALUE, "/additional_sections/1/heading");
        assertError(nullSummary, Reason.NULL_VALUE, "/summary");
        assertError(badAuthor, Reason.INVALID_VALUE, "/authors/2");
        IncidentJsonException unknown = Errors.thrownBy(() -> STRICT.readPostmortem(extra.toString()));
        assertThat(unknown.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
        assertThat(unknown.path()).isEqualTo("/impact/colour");
        assertThat(JSON.readPostmortem(extra.toString())).isEqualTo(DocumentFixtures.postmortem());
    }

    @Test
    void should_report_an_unknown_rule_and_a_length_that_does_not_match_in_a_lint_report() throws Exception {
        ObjectNode document = (ObjectNode) PLAIN.readTree(JSON.write(DocumentFixtures.lintReport()));
        ObjectNode badRule = document.deepCopy();
        ((ObjectNode) badRule.get("findings").get(0)).put("rule", "human_error");
        ObjectNode badLength = document.deepCopy();
        ((ObjectNode) badLength.get("findings").get(1)).put("length", 999);

        IncidentJsonException rule = Errors.thrownBy(() -> JSON.read(badRule.toString(), LintReport.class));
        IncidentJsonException length = Errors.thrownBy(() -> JSON.read(badLength.toString(), LintReport.class));

        assertThat(rule.reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(rule.path()).isEqualTo("/findings/0/rule");
        assertThat(length.reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(length.path()).isEqualTo("/findings/1/length");
    }

    @Test
    void should_be_rejected_by_the_schema_when_a_document_breaks_its_shape() throws Exception {
        ObjectNode postmortem = (ObjectNode) PLAIN.readTree(JSON.writePostmortem(DocumentFixtures.postmortem()));
        postmortem.remove("title");
        ObjectNode lint = (ObjectNode) PLAIN.readTree(JSON.write(DocumentFixtures.lintReport()));
        ((ObjectNode) lint.get("findings").get(0)).put("severity", "fatal");
        ObjectNode metrics = (ObjectNode) PLAIN.readTree(JSON.write(DocumentFixtures.metrics()));
        ((ObjectNode) metrics.get("overall").get("measures").get("time_to_mitigate")).put("count", 0);
        ObjectNode unknownFormat = PLAIN.createObjectNode().put("format", "postmortem/2");

        for (JsonNode broken : List.of(postmortem, lint, metrics, unknownFormat)) {
            assertThat(SchemaCheck.errors(broken.toString())).as("%s", broken).isNotEmpty();
        }
    }

    @Test
    void should_refuse_to_write_a_type_without_a_json_form() {
        assertThatThrownBy(() -> JSON.write(new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThat(JSON.write(FollowUp.of("Add an alert"))).contains("\"kind\":\"detect\"");
    }

    private static void assertError(JsonNode document, Reason reason, String path) {
        IncidentJsonException error = Errors.thrownBy(() -> JSON.readPostmortem(document.toString()));
        assertThat(error.reason()).as("%s", error.getMessage()).isEqualTo(reason);
        assertThat(error.path()).as("%s", error.getMessage()).isEqualTo(path);
    }
}
