package dev.incident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.incident.cli.CliRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void should_exit_0_with_no_findings_when_the_postmortem_is_complete_and_blameless() {
        // GIVEN
        Samples.copyTo(dir, "postmortem.md");

        // WHEN
        Result result = CliRun.in(dir).execute("check", "postmortem.md");

        // THEN
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("No findings in 1 file.\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void should_report_completeness_and_blaming_language_when_the_postmortem_has_both() {
        // GIVEN
        Samples.copyTo(dir, "blaming-postmortem.md");

        // WHEN
        Result result = CliRun.in(dir).execute("check", "blaming-postmortem.md");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(result.out())
                .contains("blaming-postmortem.md:22:20: error blaming-language: \"careless\" judges a person")
                .contains("error root-cause-blames-person")
                .contains("error follow-up-no-owner")
                .contains("blaming-postmortem.md:1:1: warning recommended-section-missing");
    }

    @Test
    void should_put_findings_without_a_position_on_line_1_column_1_when_a_section_is_missing() throws IOException {
        // GIVEN a postmortem with a summary only
        write("short.md", "# Outage\n\n## Summary\n\nThe cache expired early.\n");

        // WHEN
        Result result = CliRun.in(dir).execute("check", "--format", "json", "short.md");

        // THEN
        JsonNode missing = null;
        for (JsonNode finding : JSON.readTree(result.out()).get("findings")) {
            if (finding.get("rule").asText().equals("section-missing")) {
                missing = finding;
            }
        }
        assertThat(missing).isNotNull();
        assertThat(missing.get("line").asInt()).isEqualTo(1);
        assertThat(missing.get("column").asInt()).isEqualTo(1);
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void should_exit_0_on_warnings_only_by_default_and_1_when_fail_on_is_warning() throws IOException {
        // GIVEN the complete sample without its recommended Lessons section: one warning
        String complete = Files.readString(SampleFiles.DIRECTORY.resolve("postmortem.md"));
        String withoutLessons = complete.replaceAll("(?s)## Lessons learned.*?(?=## Follow-ups)", "");
        write("pm.md", withoutLessons);

        // WHEN
        Result byDefault = CliRun.in(dir).execute("check", "pm.md");
        Result onWarnings = CliRun.in(dir).execute("check", "--fail-on", "warning", "pm.md");

        // THEN
        assertThat(byDefault.out())
                .contains("warning recommended-section-missing")
                .contains("(0 errors, 1 warning");
        assertThat(byDefault.exitCode()).isZero();
        assertThat(onWarnings.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"atlassian", "pagerduty", "ATLASSIAN"})
    void should_require_the_profiles_sections_when_a_shipped_profile_is_chosen(String profile) {
        // GIVEN a postmortem complete for the default profile
        Samples.copyTo(dir, "postmortem.md");

        // WHEN
        Result result = CliRun.in(dir).execute("check", "--profile", profile, "postmortem.md");

        // THEN
        assertThat(result.out()).contains("error section-missing");
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void should_accept_sre_as_the_google_sre_profile() {
        // GIVEN
        Samples.copyTo(dir, "postmortem.md");

        // WHEN
        Result result = CliRun.in(dir).execute("check", "--profile", "sre", "--format", "sarif", "postmortem.md");

        // THEN google-sre lists follow-up-kind-not-stated, which the default profile turns off
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("\"follow-up-kind-not-stated\"");
    }

    @Test
    void should_read_a_team_profile_when_the_profile_is_a_file() throws IOException {
        // GIVEN a profile that requires a section the sample does not have
        Samples.copyTo(dir, "postmortem.md");
        write("team.profile", "name: payments\nextends: default\nrequired: Summary, Impact, Security review\n");

        // WHEN
        Result result = CliRun.in(dir).execute("check", "--profile", "team.profile", "postmortem.md");

        // THEN
        assertThat(result.out()).contains("error section-missing").contains("Security review");
        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void should_exit_2_naming_the_profile_file_and_line_when_the_profile_cannot_be_read() throws IOException {
        // GIVEN
        Samples.copyTo(dir, "postmortem.md");
        write("team.profile", "name: payments\nextends: default\nrequired Summary\n");

        // WHEN
        Result result = CliRun.in(dir).execute("check", "--profile", "team.profile", "postmortem.md");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines())
                .singleElement()
                .asString()
                .startsWith("incident check: team.profile: line 3: ");
    }

    @Test
    void should_exit_2_when_the_profile_is_neither_shipped_nor_a_file() {
        // GIVEN
        Samples.copyTo(dir, "postmortem.md");

        // WHEN
        Result result = CliRun.in(dir).execute("check", "--profile", "google", "postmortem.md");

        // THEN
        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err())
                .isEqualTo("incident check: google: no such profile: use default, sre, atlassian, pagerduty or the"
                        + " path of a profile file\n");
    }

    @Test
    void should_lint_with_the_participants_when_people_are_given() throws IOException {
        // GIVEN the sample with a sentence about a person the linter knows only from --people
        String complete = Files.readString(SampleFiles.DIRECTORY.resolve("postmortem.md"));
        write("pm.md", complete.replace("## Trigger\n", "## Trigger\n\nJules ignored the warning.\n"));

        // WHEN
        Result without = CliRun.in(dir).execute("check", "pm.md");
        Result with = CliRun.in(dir).execute("check", "--people", "Jules", "pm.md");

        // THEN
        assertThat(without.exitCode()).isZero();
        assertThat(with.out()).contains("error blaming-language").contains("[person-failure]");
        assertThat(with.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void should_say_where_positionless_findings_go_when_asked_for_help() {
        // WHEN
        Result result = CliRun.in(dir).execute("check", "--help");

        // THEN
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("line 1,", "column 1")
                .contains("--profile=PROFILE", "(default: default)", "(default: error)")
                .contains("Examples:", "incident check ");
    }
}
