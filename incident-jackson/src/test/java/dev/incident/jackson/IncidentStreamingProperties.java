package dev.incident.jackson;

import static dev.incident.jackson.Fixtures.JSON;
import static dev.incident.jackson.Fixtures.LIFECYCLE;
import static dev.incident.jackson.Fixtures.STRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.incident.jackson.internal.IncidentStreamReader;
import dev.incident.jackson.internal.ReadContext;
import dev.incident.lifecycle.Incident;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming fast path of {@link IncidentJson#readIncident}: it takes every document our writer
 * writes, gives up on other shapes (which the tree-based codec then reads), and agrees with the
 * codec on every incident.
 */
class IncidentStreamingProperties {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final IncidentStreamReader TOLERANT_STREAM =
            new IncidentStreamReader(JSON.objectMapper(), LIFECYCLE, ReadContext.TOLERANT);
    private static final IncidentStreamReader STRICT_STREAM =
            new IncidentStreamReader(STRICT.objectMapper(), LIFECYCLE, ReadContext.STRICT);

    @Test
    void should_stream_every_document_the_writer_writes_into_the_same_incident_as_the_codec() {
        qt().withExamples(300)
                .forAll(IncidentGenerators.incidents(LIFECYCLE, 40))
                .checkAssert(incident -> {
                    byte[] json = JSON.writeIncident(incident).getBytes(StandardCharsets.UTF_8);

                    assertThat(TOLERANT_STREAM.read(json, 0, json.length)).isEqualTo(incident);
                    assertThat(STRICT_STREAM.read(json, 0, json.length)).isEqualTo(incident);
                    assertThat(codec(json)).isEqualTo(incident);
                });
    }

    @Test
    void should_give_up_and_still_read_the_same_incident_when_the_type_comes_last_or_fields_are_unknown() {
        qt().withExamples(100)
                .forAll(IncidentGenerators.incidents(LIFECYCLE, 30))
                .checkAssert(incident -> {
                    ObjectNode typeLast = tree(JSON.writeIncident(incident));
                    for (JsonNode event : typeLast.get("events")) {
                        String type = event.get("type").asText();
                        ((ObjectNode) event).remove("type");
                        ((ObjectNode) event).put("type", type);
                    }
                    ObjectNode extra = tree(JSON.writeIncident(incident));
                    ((ObjectNode) extra.get("events").get(0))
                            .putObject("colour")
                            .putArray("x")
                            .add(1);
                    extra.put("exported_by", "tool 2.0");

                    byte[] last = bytes(typeLast);
                    byte[] unknown = bytes(extra);
                    assertThat(TOLERANT_STREAM.read(last, 0, last.length)).isNull();
                    assertThat(TOLERANT_STREAM.read(unknown, 0, unknown.length)).isEqualTo(incident);
                    assertThat(STRICT_STREAM.read(unknown, 0, unknown.length)).isNull();
                    assertThat(read(JSON, last)).isEqualTo(incident);
                    assertThat(read(STRICT, last)).isEqualTo(incident);
                    assertThat(read(JSON, unknown)).isEqualTo(incident);
                });
    }

    @Test
    void should_report_the_codecs_error_when_any_field_of_an_event_is_broken() throws Exception {
        // Every field of every event, in turn: replaced by a number, null, a blank string, or removed.
        // Whatever the fast path does with it, the result is the codec's, error for error.
        String walkthrough = JSON.writeIncident(Fixtures.walkthrough());
        int checked = 0;
        for (int e = 0; e < tree(walkthrough).get("events").size(); e++) {
            List<String> names = new ArrayList<>();
            tree(walkthrough).get("events").get(e).fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                for (int mutation = 0; mutation < 4; mutation++) {
                    ObjectNode document = tree(walkthrough);
                    ObjectNode event = (ObjectNode) document.get("events").get(e);
                    switch (mutation) {
                        case 0 -> event.put(name, 7);
                        case 1 -> event.putNull(name);
                        case 2 -> event.put(name, " ");
                        default -> event.remove(name);
                    }
                    byte[] json = bytes(document);
                    for (IncidentJson reader : List.of(JSON, STRICT)) {
                        assertSameOutcome(reader, json);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static void assertSameOutcome(IncidentJson reader, byte[] json) {
        Object expected;
        try {
            expected = reader.reader().readValue(json);
        } catch (Exception e) {
            expected = e instanceof IncidentJsonException
                    ? e.getMessage()
                    : e.getClass().getName();
        }
        Object actual;
        try {
            actual = reader.readIncident(json);
        } catch (IncidentJsonException e) {
            actual = e.getMessage();
        }
        assertThat(actual).as(new String(json, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    private static Incident codec(byte[] json) {
        try {
            return JSON.reader().readValue(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Incident read(IncidentJson json, byte[] bytes) {
        try {
            return json.readIncident(bytes);
        } catch (IncidentJsonException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) PLAIN.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
