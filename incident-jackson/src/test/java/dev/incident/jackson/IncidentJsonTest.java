package dev.incident.jackson;

import static dev.incident.jackson.Fixtures.JSON;
import static dev.incident.jackson.Fixtures.PRETTY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incident.event.EventType;
import dev.incident.event.IncidentEvent;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Phase;
import dev.incident.model.Impact;
import dev.incident.model.Mitigation;
import dev.incident.model.MitigationKind;
import dev.incident.model.Participant;
import dev.incident.model.Role;
import dev.incident.model.Severity;
import dev.incident.model.SeverityScale;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IncidentJsonTest {

    @Test
    void should_match_the_golden_file_when_writing_the_walkthrough_incident() {
        // GIVEN the lesson's incident
        Incident incident = Fixtures.walkthrough();

        // WHEN it is written with indentation
        String json = PRETTY.writeIncident(incident);

        // THEN it is exactly the documented JSON
        assertThat(json).isEqualTo(Fixtures.resource("/golden/walkthrough.json").strip());
    }

    @Test
    void should_match_the_golden_file_when_writing_the_tiny_incident() {
        assertThat(PRETTY.writeIncident(Fixtures.tiny()))
                .isEqualTo(Fixtures.resource("/golden/tiny.json").strip());
    }

    @Test
    void should_read_the_golden_file_back_into_an_equal_incident() throws Exception {
        // GIVEN the golden document
        String golden = Fixtures.resource("/golden/walkthrough.json");

        // WHEN it is read
        Incident incident = JSON.readIncident(golden);

        // THEN it is the walkthrough incident, replayed to the same phase
        assertThat(incident).isEqualTo(Fixtures.walkthrough());
        assertThat(incident.phase()).isEqualTo(Phase.RESOLVED);
    }

    @Test
    void should_conform_to_the_schema_when_writing_golden_incidents() {
        SchemaCheck.assertConforms(JSON.writeIncident(Fixtures.walkthrough()));
        SchemaCheck.assertConforms(PRETTY.writeIncident(Fixtures.tiny()));
    }

    @Test
    void should_write_format_id_and_lower_case_event_types_when_writing_an_incident() throws Exception {
        // WHEN the walkthrough is written
        JsonNode tree = new ObjectMapper().readTree(JSON.writeIncident(Fixtures.walkthrough()));

        // THEN the document has format, id and events, the events typed by our lower-case names
        assertThat(tree.get("format").asText()).isEqualTo("incident/1").isEqualTo(IncidentJson.FORMAT);
        assertThat(tree.get("id").asText()).isEqualTo("INC-42");
        List<String> types = tree.get("events").findValuesAsText("type");
        assertThat(types)
                .containsExactly(
                        "declared",
                        "commander_assigned",
                        "impact_assessed",
                        "status_update_posted",
                        "trigger_identified",
                        "mitigation_applied",
                        "status_update_posted",
                        "impact_mitigated",
                        "status_update_posted",
                        "root_cause_identified",
                        "fix_applied",
                        "recovery_verified",
                        "resolved",
                        "status_update_posted");
        assertThat(tree.toString()).doesNotContain("dev.incident").doesNotContain("@class");
    }

    @Test
    void should_leave_out_absent_optionals_when_writing() throws Exception {
        // GIVEN a declaration without a detection time and a fix without a reference
        String json = JSON.writeIncident(Fixtures.tiny());

        // THEN no field is null and the optional one is absent
        JsonNode declared = new ObjectMapper().readTree(json).get("events").get(0);
        assertThat(declared.has("detected_at")).isFalse();
        assertThat(json).doesNotContain("null");
    }

    @Test
    void should_name_every_event_type_by_its_lower_case_constant() {
        for (EventType type : EventType.values()) {
            assertThat(type.name().toLowerCase(Locale.ROOT)).matches("[a-z_]+");
        }
        assertThat(SchemaCheck.errors("{\"format\":\"incident/1\",\"id\":\"A\",\"events\":[]}"))
                .isNotEmpty();
    }

    @Test
    void should_round_trip_through_streams_when_reading_and_writing_bytes() throws Exception {
        // GIVEN the walkthrough written to a stream
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeIncident(Fixtures.walkthrough(), out);

        // WHEN read from a stream
        Incident back = JSON.readIncident(new ByteArrayInputStream(out.toByteArray()));

        // THEN it is equal
        assertThat(back).isEqualTo(Fixtures.walkthrough());
    }

    @Test
    void should_find_the_module_when_a_mapper_looks_for_modules() throws Exception {
        // WHEN a plain mapper registers the modules it finds on the module path / class path
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

        // THEN the incident module is among them and writes our format
        assertThat(mapper.getRegisteredModuleIds()).contains(IncidentModule.NAME);
        assertThat(mapper.writeValueAsString(Severity.SEV2)).isEqualTo("{\"label\":\"SEV2\",\"rank\":2}");
        assertThat(ObjectMapper.findModules()).map(Module::getClass).contains(IncidentModule.class);
    }

    @Test
    void should_be_named_and_versioned_when_asked() {
        IncidentModule module = new IncidentModule();

        assertThat(module.getModuleName()).isEqualTo("incident-jackson");
        assertThat(module.version().getGroupId()).isEqualTo("dev.incident");
        assertThat(module.version().getArtifactId()).isEqualTo("incident-jackson");
        assertThat(module.version().isUnknownVersion()).isFalse();
        assertThat(module.version().toString()).startsWith("0.1.0");
    }

    @Test
    void should_write_and_read_value_types_when_used_through_a_plain_mapper() throws Exception {
        // GIVEN a mapper with the module
        ObjectMapper mapper = new ObjectMapper().registerModule(new IncidentModule(Fixtures.LIFECYCLE));
        Mitigation mitigation = Mitigation.builder()
                .kind(MitigationKind.FEATURE_FLAG_OFF)
                .description("turned off new-pricing")
                .at(Fixtures.at(3))
                .build();
        Impact impact = Impact.builder()
                .addAffectedServices("checkout", "cart")
                .usersAffected(12_000)
                .addRegionsAffected("eu-west-1")
                .build();
        SeverityScale scale = SeverityScale.of("priority", List.of("P1", "P2", "P3"));

        // WHEN values are written and read back
        // THEN they are equal, enums are lower case, instants are ISO-8601 UTC
        String mitigationJson = mapper.writeValueAsString(mitigation);
        assertThat(mitigationJson)
                .isEqualTo("{\"at\":\"2026-03-04T14:03:00Z\",\"kind\":\"feature_flag_off\","
                        + "\"description\":\"turned off new-pricing\",\"stopped_impact\":false}");
        assertThat(mapper.readValue(mitigationJson, Mitigation.class)).isEqualTo(mitigation);
        assertThat(mapper.readValue(mapper.writeValueAsString(impact), Impact.class))
                .isEqualTo(impact);
        assertThat(mapper.readValue(mapper.writeValueAsString(scale), SeverityScale.class))
                .isEqualTo(scale);
        assertThat(mapper.readValue("\"Communications_Lead\"", Role.class)).isEqualTo(Role.COMMUNICATIONS_LEAD);
        assertThat(mapper.readValue("\"priya\"", Participant.class)).isEqualTo(Participant.of("priya"));
        assertThat(mapper.writeValueAsString(MitigationKind.FEATURE_FLAG_OFF)).isEqualTo("\"feature_flag_off\"");
        assertThat(mapper.readValue("{\"label\":\"UNDETERMINED\"}", Severity.class))
                .isEqualTo(Severity.UNDETERMINED);
        for (IncidentEvent event : Fixtures.walkthrough().events()) {
            String json = mapper.writeValueAsString(event);
            assertThat(mapper.readValue(json, IncidentEvent.class)).as(json).isEqualTo(event);
        }
    }

    @Test
    void should_refuse_unknown_fields_when_a_plain_mapper_fails_on_unknown_properties() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new IncidentModule());

        IncidentJsonException error = Errors.thrownBy(
                () -> mapper.readValue("{\"description\":\"d\",\"colour\":\"red\"}", dev.incident.model.Fix.class));

        assertThat(error.reason()).isEqualTo(IncidentJsonException.Reason.UNKNOWN_FIELD);
        assertThat(error.path()).isEqualTo("/colour");
    }

    @Test
    void should_hand_out_independent_mappers_when_asked_twice() {
        ObjectMapper first = IncidentJson.mapper();
        ObjectMapper second = IncidentJson.mapper();

        assertThat(first).isNotSameAs(second);
        assertThat(first.getRegisteredModuleIds()).contains(IncidentModule.NAME);
        assertThat(first.getFactory().streamReadConstraints().getMaxNestingDepth())
                .isEqualTo(IncidentJson.MAX_NESTING_DEPTH);
        assertThat(first.getPolymorphicTypeValidator()).isNotNull();
    }

    @Test
    void should_ship_a_draft_2020_12_schema_when_asked() {
        assertThat(IncidentJson.schema())
                .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
                .contains("\"const\": \"incident/1\"");
        for (EventType type : EventType.values()) {
            assertThat(IncidentJson.schema()).contains("\"event_" + type.name().toLowerCase(Locale.ROOT) + "\"");
        }
    }

    @Test
    void should_write_utf8_and_escape_control_characters_when_text_is_unusual() throws Exception {
        // GIVEN a title with non-ASCII, an emoji, a quote and a line break
        Incident incident = JSON.readIncident(JSON.writeIncident(Fixtures.tiny())
                .replace("Login page slow", "Zoë's \\\"login\\\" page \uD83D\uDE31\\nslow"));

        // WHEN written
        byte[] bytes = JSON.writeIncident(incident).getBytes(StandardCharsets.UTF_8);

        // THEN it is one line of UTF-8 and reads back equal
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\n");
        assertThat(JSON.readIncident(bytes)).isEqualTo(incident);
        assertThat(incident.title()).isEqualTo("Zoë's \"login\" page \uD83D\uDE31\nslow");
    }
}
