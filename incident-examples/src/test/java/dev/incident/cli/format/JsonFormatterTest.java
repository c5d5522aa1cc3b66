package dev.incident.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonFormatterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void should_match_the_golden_file_when_formatting_the_sample_report() {
        // WHEN
        String json = Reports.format(new JsonFormatter(), Reports.sample());

        // THEN
        assertThat(json).isEqualTo(Reports.golden("report.json"));
    }

    @Test
    void should_give_every_finding_the_documented_fields_when_formatting() throws Exception {
        // WHEN
        JsonNode document = JSON.readTree(Reports.format(new JsonFormatter(), Reports.sample()));

        // THEN
        assertThat(document.get("format").asText()).isEqualTo("incident-findings/1");
        assertThat(document.at("/tool/command").asText()).isEqualTo("lint");
        assertThat(document.get("findings"))
                .hasSize(3)
                .allSatisfy(finding -> assertThat(finding.fieldNames())
                        .toIterable()
                        .contains("file", "line", "column", "rule", "severity", "message", "suggestion"));
        assertThat(document.at("/findings/0/endColumn").asInt()).isEqualTo(13);
        assertThat(document.at("/findings/1/suggestion").isNull()).isTrue();
        assertThat(document.at("/findings/1").has("endLine")).isFalse();
        assertThat(document.get("findings").findValuesAsText("severity")).containsExactly("warning", "error", "note");
        assertThat(document.at("/files/1/file").asText()).isEqualTo("clean.md");
        assertThat(document.at("/files/1/findings").asInt()).isZero();
        assertThat(document.at("/summary/files").asInt()).isEqualTo(3);
        assertThat(document.at("/summary/errors").asInt()).isEqualTo(1);
        assertThat(document.at("/summary/warnings").asInt()).isEqualTo(1);
        assertThat(document.at("/summary/notes").asInt()).isEqualTo(1);
    }

    @Test
    void should_write_plain_ascii_and_keep_the_text_when_a_message_has_accents() throws Exception {
        // WHEN
        String json = Reports.format(new JsonFormatter(), Reports.sample());

        // THEN
        assertThat(json.chars()).allMatch(c -> c < 128);
        assertThat(JSON.readTree(json).at("/findings/2/message").asText()).endsWith("(café)");
    }

    @Test
    void should_write_empty_findings_and_zero_counts_when_nothing_was_found() throws Exception {
        // WHEN
        JsonNode document = JSON.readTree(Reports.format(new JsonFormatter(), Reports.empty()));

        // THEN
        assertThat(document.get("findings")).isEmpty();
        assertThat(document.at("/summary/findings").asInt()).isZero();
        assertThat(document.get("files").findValuesAsText("file")).containsExactly("a.md", "b.md");
    }
}
