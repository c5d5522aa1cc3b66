package dev.incident.jackson;

import static dev.incident.jackson.Fixtures.JSON;
import static dev.incident.jackson.Fixtures.STRICT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.lifecycle.RejectionReason;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Hostile and broken input: every case ends in an IncidentJsonException with a path and a reason. */
class IncidentReaderErrorsTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final Set<Reason> SEEN = EnumSet.noneOf(Reason.class);

    private static IncidentJsonException read(IncidentJson json, String document) {
        IncidentJsonException error = Errors.thrownBy(() -> json.readIncident(document));
        SEEN.add(error.reason());
        return error;
    }

    private static IncidentJsonException read(String document) {
        return read(JSON, document);
    }

    /** The walkthrough as a mutable tree, to break in one place. */
    private static ObjectNode walkthrough() throws Exception {
        return (ObjectNode) PLAIN.readTree(JSON.writeIncident(Fixtures.walkthrough()));
    }

    private static ObjectNode event(ObjectNode document, int index) {
        return (ObjectNode) document.get("events").get(index);
    }

    @AfterAll
    static void every_reason_has_a_test() {
        assertThat(SEEN).containsExactlyInAnyOrder(Reason.values());
    }

    // ---- malformed, truncated, limits ----

    @Test
    void should_report_malformed_json_when_a_comma_is_missing() {
        IncidentJsonException error = read("{\"format\":\"incident/1\" \"id\":\"INC-1\"}");

        assertThat(error.reason()).isEqualTo(Reason.MALFORMED_JSON);
        assertThat(error.getMessage()).startsWith("malformed_json at ").contains("line 1, column");
    }

    @Test
    void should_report_malformed_json_when_content_follows_the_document() throws Exception {
        IncidentJsonException error = read(JSON.writeIncident(Fixtures.tiny()) + " {}");

        assertThat(error.reason()).isEqualTo(Reason.MALFORMED_JSON);
        assertThat(error.detail()).contains("more content after the end");
    }

    @Test
    void should_report_truncated_when_the_document_stops_midway() throws Exception {
        String whole = JSON.writeIncident(Fixtures.walkthrough());

        IncidentJsonException error = read(whole.substring(0, whole.length() / 2));

        assertThat(error.reason()).isEqualTo(Reason.TRUNCATED);
        assertThat(error.path()).startsWith("/events/");
    }

    @Test
    void should_report_truncated_when_the_document_is_empty() {
        assertThat(read("").reason()).isEqualTo(Reason.TRUNCATED);
        assertThat(read("   ").detail()).isEqualTo("the document is empty");
    }

    @Test
    void should_report_limit_exceeded_when_nesting_is_deep() {
        String deep = "[".repeat(100_000);

        IncidentJsonException error = read("{\"format\":\"incident/1\",\"x\":" + deep);

        assertThat(error.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(error.detail()).contains("nesting depth").doesNotContain("StreamReadConstraints");
    }

    @Test
    void should_report_limit_exceeded_when_a_string_is_huge() throws Exception {
        ObjectNode document = walkthrough();
        event(document, 0).put("title", "x".repeat(IncidentJson.MAX_STRING_LENGTH + 1));

        IncidentJsonException error = read(document.toString());

        assertThat(error.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(error.detail()).contains("String value length");
    }

    @Test
    void should_report_limit_exceeded_when_a_number_is_huge() {
        IncidentJsonException error = read("{\"format\":\"incident/1\",\"n\":" + "9".repeat(10_000) + "}");

        assertThat(error.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(error.detail()).contains("Number value length");
    }

    @Test
    void should_report_limit_exceeded_when_a_field_name_is_huge() {
        IncidentJsonException error = read("{\"" + "k".repeat(IncidentJson.MAX_NAME_LENGTH + 1) + "\":1}");

        assertThat(error.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
    }

    @Test
    void should_report_limit_exceeded_when_the_document_is_too_long() {
        StringBuilder big = new StringBuilder("{\"format\":\"incident/1\",\"pad\":[");
        String chunk = "\"" + "p".repeat(1000) + "\",";
        while (big.length() <= IncidentJson.MAX_DOCUMENT_LENGTH) {
            big.append(chunk);
        }
        big.append("1]}");

        IncidentJsonException error = read(big.toString());

        assertThat(error.reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        assertThat(error.detail()).contains("Document length");
    }

    // ---- structure ----

    @Test
    void should_report_wrong_type_when_the_document_is_an_array() {
        IncidentJsonException error = read("[1,2]");

        assertThat(error.reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(error.path()).isEmpty();
        assertThat(error.getMessage())
                .isEqualTo("wrong_type at (document): expected an object (a document with a"
                        + " \"format\" field), got an array");
    }

    @Test
    void should_report_wrong_type_with_the_path_when_a_time_is_a_number() throws Exception {
        ObjectNode document = walkthrough();
        event(document, 3).put("at", 1772632800);

        IncidentJsonException error = read(document.toString());

        assertThat(error.reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(error.path()).isEqualTo("/events/3/at");
    }

    @Test
    void should_report_wrong_type_when_an_integer_is_fractional() throws Exception {
        ObjectNode document = walkthrough();
        ((ObjectNode) event(document, 0).get("severity")).put("rank", 2.5);

        IncidentJsonException error = read(document.toString());

        assertThat(error.reason()).isEqualTo(Reason.WRONG_TYPE);
        assertThat(error.path()).isEqualTo("/events/0/severity/rank");
    }

    @Test
    void should_report_missing_field_when_the_title_is_absent() throws Exception {
        ObjectNode document = walkthrough();
        event(document, 0).remove("title");

        IncidentJsonException error = read(document.toString());

        assertThat(error.reason()).isEqualTo(Reason.MISSING_FIELD);
        assertThat(error.path()).isEqualTo("/events/0/title");
    }

    @Test
    void should_report_missing_field_when_the_format_is_absent() throws Exception {
        ObjectNode document = walkthrough();
        document.remove("format");

        assertThat(read(document.toString()).path()).isEqualTo("/format");
    }

    @Test
    void should_report_null_value_when_an_optional_field_is_null() throws Exception {
        ObjectNode document = walkthrough();
        event(document, 0).putNull("detected_at");

        IncidentJsonException error = read(document.toString());

        assertThat(error.reason()).isEqualTo(Reason.NULL_VALUE);
        assertThat(error.path()).isEqualTo("/events/0/detected_at");
    }

    @Test
    void should_report_null_value_when_an_event_or_the_document_is_null() throws Exception {
        ObjectNode document = walkthrough();
        ((ArrayNode) document.get("events")).insertNull(1);

        assertThat(read(document.toString()).path()).isEqualTo("/events/1");
        assertThat(read("null").reason()).isEqualTo(Reason.NULL_VALUE);
    }

    @Test
    void should_report_duplicate_key_with_its_path_when_a_key_repeats() {
        String document = "{\"format\":\"incident/1\",\"id\":\"INC-1\",\"events\":[{\"type\":\"declared\","
                + "\"type\":\"closed\"}]}";

        IncidentJsonException error = read(document);

        assertThat(error.reason()).isEqualTo(Reason.DUPLICATE_KEY);
        assertThat(error.path()).isEqualTo("/events/0/type");
    }

    @Test
    void should_ignore_unknown_fields_when_tolerant() throws Exception {
        // GIVEN a document from a newer writer with extra fields
        ObjectNode document = walkthrough();
        document.put("exported_by", "tool 2.0");
        event(document, 2).put("colour", "red");
        ((ObjectNode) event(document, 2).get("impact")).putObject("extra").put("deep", true);

        // WHEN read by the default (tolerant) reader THEN the extras are ignored
        assertThat(JSON.readIncident(document.toString())).isEqualTo(Fixtures.walkthrough());
    }

    @Test
    void should_report_unknown_field_when_strict() throws Exception {
        ObjectNode document = walkthrough();
        ((ObjectNode) event(document, 2).get("impact")).put("colour", "red");

        IncidentJsonException error = read(STRICT, document.toString());

        assertThat(error.reason()).isEqualTo(Reason.UNKNOWN_FIELD);
        assertThat(error.path()).isEqualTo("/events/2/impact/colour");
        assertThat(STRICT.readIncident(JSON.writeIncident(Fixtures.walkthrough())))
                .isEqualTo(Fixtures.walkthrough());
    }

    @Test
    void should_report_unknown_field_when_strict_and_the_document_has_an_extra_top_level_field() throws Exception {
        ObjectNode document = walkthrough();
        document.put("exported_by", "tool 2.0");

        assertThat(read(STRICT, document.toString()).path()).isEqualTo("/exported_by");
    }

    // ---- values ----

    @Test
    void should_report_invalid_value_with_the_field_when_the_title_is_blank() throws Exception {
        ObjectNode document = walkthrough();
        event(document, 0).put("title", "   ");

        IncidentJsonException error = read(document.toString());

        assertThat(error.reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(error.path()).isEqualTo("/events/0/title");
    }

    @Test
    void should_report_invalid_value_with_the_field_when_the_model_refuses_a_long_title() throws Exception {
        ObjectNode document = walkthrough();
        event(document, 0).put("title", "t".repeat(501));

        IncidentJsonException error = read(document.toString());

        assertThat(error.reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(error.path()).isEqualTo("/events/0/title");
        assertThat(error.detail()).isEqualTo("title must be at most 500 characters");
    }

    @Test
    void should_report_invalid_value_with_the_field_when_detection_is_after_declaration() throws Exception {
        ObjectNode document = walkthrough();
        event(document, 0).put("detected_at", "2026-03-04T15:00:00Z");

        IncidentJsonException error = read(document.toString());

        assertThat(error.reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(error.path()).isEqualTo("/events/0/detected_at");
        assertThat(error.detail()).contains("must not be later than the declaration");
    }

    @Test
    void should_report_invalid_value_when_the_id_is_malformed() throws Exception {
        ObjectNode document = walkthrough();
        document.put("id", "INC 42/../x");

        IncidentJsonException error = read(document.toString());

        assertThat(error.reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(error.path()).isEqualTo("/id");
        assertThat(error.detail()).contains("invalid incident id");
    }

    @Test
    void should_report_invalid_value_when_the_id_differs_from_the_declaration() throws Exception {
        ObjectNode document = walkthrough();
        document.put("id", "INC-43");

        IncidentJsonException error = read(document.toString());

        assertThat(error.reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(error.path()).isEqualTo("/id");
    }

    @Test
    void should_report_invalid_value_when_an_enum_name_is_unknown_or_upper_case() throws Exception {
        ObjectNode document = walkthrough();
        event(document, 5).put("kind", "ROLLBACK");

        IncidentJsonException error = read(document.toString());

        assertThat(error.reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(error.path()).isEqualTo("/events/5/kind");
        assertThat(error.detail()).contains("rollback, feature_flag_off");
    }

    @Test
    void should_report_invalid_value_when_a_time_is_not_utc() throws Exception {
        ObjectNode document = walkthrough();
        event(document, 1).put("at", "2026-03-04T15:06:00+01:00");

        IncidentJsonException error = read(document.toString());

        assertThat(error.reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(error.path()).isEqualTo("/events/1/at");
    }

    @Test
    void should_report_invalid_value_when_a_count_is_negative_or_beyond_a_long() throws Exception {
        ObjectNode document = walkthrough();
        ((ObjectNode) event(document, 2).get("impact")).put("users_affected", -1);
        assertThat(read(document.toString()).path()).isEqualTo("/events/2/impact/users_affected");

        String beyond = document.toString().replace("\"users_affected\":-1", "\"users_affected\":99999999999999999999");
        assertThat(read(beyond).reason()).isEqualTo(Reason.INVALID_VALUE);
    }

    @Test
    void should_report_invalid_value_when_a_list_repeats_a_service() throws Exception {
        ObjectNode document = walkthrough();
        ((ArrayNode) event(document, 2).get("impact").get("affected_services")).add("checkout");

        IncidentJsonException error = read(document.toString());

        assertThat(error.reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(error.path()).isEqualTo("/events/2/impact/affected_services/1");
    }

    @Test
    void should_report_invalid_value_when_there_are_no_events() {
        IncidentJsonException error = read("{\"format\":\"incident/1\",\"id\":\"INC-1\",\"events\":[]}");

        assertThat(error.reason()).isEqualTo(Reason.INVALID_VALUE);
        assertThat(error.path()).isEqualTo("/events");
    }

    @Test
    void should_report_unknown_event_type_when_the_type_is_a_class_name() throws Exception {
        ObjectNode document = walkthrough();
        event(document, 1).put("type", "dev.incident.event.CommanderAssigned");

        IncidentJsonException error = read(document.toString());

        assertThat(error.reason()).isEqualTo(Reason.UNKNOWN_EVENT_TYPE);
        assertThat(error.path()).isEqualTo("/events/1/type");
    }

    @Test
    void should_report_unsupported_format_when_the_major_version_is_newer() throws Exception {
        ObjectNode document = walkthrough();
        document.put("format", "incident/2");

        IncidentJsonException error = read(document.toString());

        assertThat(error.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(error.path()).isEqualTo("/format");
    }

    // ---- the lifecycle ----

    @Test
    void should_report_the_lifecycle_reason_and_event_path_when_resolved_before_mitigated() throws Exception {
        // GIVEN the walkthrough with "resolved" moved before "impact_mitigated" (index 7)
        ObjectNode document = walkthrough();
        ArrayNode events = (ArrayNode) document.get("events");
        ObjectNode resolved = (ObjectNode) events.remove(12);
        resolved.put("at", "2026-03-04T14:17:00Z");
        events.insert(7, resolved);

        // WHEN read
        IncidentJsonException error = read(document.toString());

        // THEN the error names the event, the lifecycle's reason and its sentence
        assertThat(error.reason()).isEqualTo(Reason.LIFECYCLE_REJECTED);
        assertThat(error.path()).isEqualTo("/events/7");
        assertThat(error.lifecycleReason()).contains(RejectionReason.NOT_PERMITTED_IN_PHASE);
        assertThat(error.getMessage())
                .startsWith("lifecycle_rejected at /events/7: not_permitted_in_phase: cannot apply resolved to INC-42");
    }

    @Test
    void should_report_time_runs_backwards_when_an_event_is_earlier_than_the_previous() throws Exception {
        ObjectNode document = walkthrough();
        event(document, 4).put("at", "2026-03-04T14:07:59Z");

        IncidentJsonException error = read(document.toString());

        assertThat(error.path()).isEqualTo("/events/4");
        assertThat(error.lifecycleReason()).contains(RejectionReason.TIME_RUNS_BACKWARDS);
    }

    @Test
    void should_report_commander_already_assigned_when_two_commanders_are_assigned() throws Exception {
        ObjectNode document = walkthrough();
        ObjectNode second = event(document, 1).deepCopy().put("commander", "aiko");
        ((ArrayNode) document.get("events")).insert(2, second);

        IncidentJsonException error = read(document.toString());

        assertThat(error.path()).isEqualTo("/events/2");
        assertThat(error.lifecycleReason()).contains(RejectionReason.COMMANDER_ALREADY_ASSIGNED);
    }

    @Test
    void should_report_not_declared_when_the_history_does_not_start_with_a_declaration() throws Exception {
        ObjectNode document = walkthrough();
        ((ArrayNode) document.get("events")).remove(0);

        IncidentJsonException error = read(document.toString());

        assertThat(error.path()).isEqualTo("/events/0");
        assertThat(error.lifecycleReason()).contains(RejectionReason.NOT_DECLARED);
    }

    @Test
    void should_use_the_callers_clock_when_replaying() throws Exception {
        // GIVEN the default lifecycle's clock (today, 2026-11 or later) and a lifecycle whose now is before the
        // incident
        IncidentJson early = IncidentJson.builder()
                .lifecycle(dev.incident.lifecycle.Lifecycle.builder()
                        .clock(java.time.Clock.fixed(Fixtures.at(100), java.time.ZoneOffset.UTC))
                        .build())
                .build();

        // WHEN the walkthrough (which runs to minute 152) is read with it
        IncidentJsonException error = read(early, JSON.writeIncident(Fixtures.walkthrough()));

        // THEN the first event after "now" is refused as being in the future
        assertThat(error.lifecycleReason()).contains(RejectionReason.EVENT_IN_FUTURE);
        assertThat(error.path()).isEqualTo("/events/10");
    }

    @Test
    void should_put_the_path_and_reason_in_every_message_when_reporting() throws Exception {
        ObjectNode document = walkthrough();
        event(document, 0).put("title", "");

        assertThat(read(document.toString()).getMessage())
                .isEqualTo("invalid_value at /events/0/title: must not be blank");
    }

    @Test
    void should_keep_the_message_on_one_line_when_a_key_contains_a_line_break() {
        // Found by the fuzzer: a key with an escaped line break ended up raw in the message's path.
        IncidentJsonException error = read("{\"ev\\nts\": {\"a\" 1}}");

        assertThat(error.path()).isEqualTo("/ev\nts/a");
        assertThat(error.getMessage()).startsWith("malformed_json at /ev\\u000ats/a: ");
    }

    @Test
    void should_report_malformed_json_when_the_bytes_are_not_valid_text() {
        // Found by the fuzzer: bytes that look like UTF-32 but are not; decoding failed outside Jackson's errors.
        byte[] bytes = {'p', 0, 0, 0, 't', '"', 'f', 'o', '`', '"'};

        IncidentJsonException error = Errors.thrownBy(() -> JSON.readIncident(bytes));

        assertThat(error.reason()).isEqualTo(Reason.MALFORMED_JSON);
        assertThat(error.detail()).startsWith("the bytes are not valid text");
        assertThat(Errors.thrownBy(() -> JSON.readIncident(new java.io.ByteArrayInputStream(bytes)))
                        .reason())
                .isEqualTo(Reason.MALFORMED_JSON);
    }
}
