package dev.incident.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifFormatterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LEVELS = Set.of("error", "warning", "note");

    @TempDir
    Path dir;

    private JsonNode sarif() throws Exception {
        return JSON.readTree(Reports.format(new SarifFormatter(dir), Reports.sample()));
    }

    @Test
    void should_match_the_golden_file_when_formatting_the_sample_report() {
        // WHEN
        String sarif = Reports.format(new SarifFormatter(dir), Reports.sample());

        // THEN
        assertThat(sarif).isEqualTo(Reports.golden("report.sarif.json"));
    }

    @Test
    void should_declare_sarif_2_1_0_with_one_run_and_the_tool_driver_when_formatting() throws Exception {
        // WHEN
        JsonNode log = sarif();

        // THEN
        assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        JsonNode driver = log.at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("incident");
        assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.get("informationUri").asText()).isEqualTo("https://example.invalid/incident-sdk");
    }

    @Test
    void should_describe_every_rule_a_result_names_when_formatting() throws Exception {
        // WHEN
        JsonNode log = sarif();

        // THEN every rule has the fields GitHub shows, with a valid level
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        assertThat(rules.findValuesAsText("id")).containsExactly("blame-word", "missing-section", "passive-voice");
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/help/text").asText()).isNotBlank();
            assertThat(rule.at("/defaultConfiguration/level").asText()).isIn(LEVELS);
        });
        // AND every result points at its rule by id and index
        JsonNode results = log.at("/runs/0/results");
        assertThat(results).hasSize(3).allSatisfy(result -> {
            int index = result.get("ruleIndex").asInt();
            assertThat(rules.get(index).get("id").asText())
                    .isEqualTo(result.get("ruleId").asText());
        });
    }

    @Test
    void should_give_each_result_a_level_message_and_one_based_region_when_formatting() throws Exception {
        // WHEN
        JsonNode results = sarif().at("/runs/0/results");

        // THEN
        assertThat(results.findValuesAsText("level")).containsExactly("warning", "error", "note");
        assertThat(results).allSatisfy(result -> {
            assertThat(result.at("/message/text").asText()).isNotBlank();
            assertThat(result.get("locations")).hasSize(1);
            JsonNode location = result.at("/locations/0/physicalLocation");
            assertThat(location.at("/artifactLocation/uri").asText())
                    .doesNotContain("\\")
                    .doesNotStartWith("/");
            assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(location.at("/region/startLine").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(location.at("/region/startColumn").asInt()).isGreaterThanOrEqualTo(1);
        });
        JsonNode first = results.get(0);
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(12);
        assertThat(first.at("/locations/0/physicalLocation/region/startColumn").asInt())
                .isEqualTo(5);
        assertThat(first.at("/locations/0/physicalLocation/region/endColumn").asInt())
                .isEqualTo(13);
        assertThat(first.at("/message/text").asText())
                .isEqualTo(
                        "\"careless\" judges a person\nSuggestion: describe what happened and what made it possible");
    }

    @Test
    void should_write_a_run_with_no_results_when_nothing_was_found() throws Exception {
        // WHEN
        JsonNode log = JSON.readTree(Reports.format(new SarifFormatter(dir), Reports.empty()));

        // THEN
        assertThat(log.get("runs")).hasSize(1);
        assertThat(log.at("/runs/0/results").isArray()).isTrue();
        assertThat(log.at("/runs/0/results")).isEmpty();
        assertThat(log.at("/runs/0/tool/driver/rules")).hasSize(2);
    }

    @Test
    void should_make_paths_relative_with_forward_slashes_when_writing_uris() {
        // GIVEN
        SarifFormatter formatter = new SarifFormatter(dir);

        // THEN
        assertThat(formatter.artifactUri("docs/pm.md")).isEqualTo("docs/pm.md");
        assertThat(formatter.artifactUri("./docs/../pm.md")).isEqualTo("pm.md");
        assertThat(formatter.artifactUri("docs\\pm.md")).isEqualTo("docs/pm.md");
        assertThat(formatter.artifactUri(dir.resolve("docs/pm.md").toString())).isEqualTo("docs/pm.md");
        assertThat(formatter.artifactUri("post mortem #1.md")).isEqualTo("post%20mortem%20%231.md");
        assertThat(formatter.artifactUri("café.md")).isEqualTo("caf%C3%A9.md");
    }

    @Test
    void should_write_an_absolute_file_uri_when_the_file_is_outside_the_working_directory() {
        // GIVEN
        SarifFormatter formatter = new SarifFormatter(dir.resolve("repo"));

        // WHEN
        String uri = formatter.artifactUri(dir.resolve("elsewhere/pm.md").toString());

        // THEN
        assertThat(uri).startsWith("file:/").endsWith("/elsewhere/pm.md");
    }
}
