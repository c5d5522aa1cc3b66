package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.timeline.EntryKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Realistic postmortems under {@code src/test/resources/postmortem/}, each with the exact findings
 * expected ({@code <name>.expected}: the profile, then one line per finding: severity, rule id, line
 * or {@code -}, section).
 */
class PostmortemExamplesTest {

    static String resource(String name) {
        try (InputStream in = PostmortemExamplesTest.class.getResourceAsStream("/postmortem/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "complete-default",
                "complete-google-sre",
                "complete-atlassian",
                "complete-pagerduty",
                "midnight",
                "flaw-missing-sections",
                "flaw-trivial-sections",
                "flaw-impact-not-quantified",
                "flaw-timeline",
                "flaw-blame",
                "flaw-follow-ups",
                "flaw-no-prevention",
                "flaw-no-follow-ups",
                "foreign-sre-field-sections",
                "foreign-front-matter"
            })
    void should_report_exactly_the_expected_findings_when_validating_an_example(String name) {
        // GIVEN a postmortem written by people and its expected findings
        List<String> expected = resource(name + ".expected").lines().toList();
        CompletenessProfile profile = CompletenessProfile.named(expected.get(0).substring("profile: ".length()))
                .orElseThrow();
        // WHEN it is read and validated against its profile
        CompletenessReport report =
                CompletenessValidator.of(profile).validate(PostmortemMarkdown.parse(resource(name + ".md")));
        // THEN the findings are exactly those expected, in order
        List<String> actual = new ArrayList<>();
        for (Finding finding : report.findings()) {
            actual.add(finding.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + finding.ruleId() + " "
                    + finding.position()
                            .map(position -> Integer.toString(position.line()))
                            .orElse("-")
                    + finding.section().map(section -> " " + section.title()).orElse(""));
        }
        assertThat(actual).containsExactlyElementsOf(expected.subList(1, expected.size()));
        assertThat(report.isComplete())
                .isEqualTo(name.startsWith("complete") || name.startsWith("foreign") || name.equals("midnight"));
    }

    @Test
    void should_read_header_sections_and_follow_up_fields_when_parsing_the_default_example() {
        // GIVEN the complete default example WHEN it is read
        Postmortem postmortem =
                PostmortemMarkdown.parse(resource("complete-default.md")).postmortem();
        // THEN the header, the sections and the follow-up table are all there
        assertThat(postmortem.title()).isEqualTo("Postmortem: Checkout errors after deploy 8812");
        assertThat(postmortem.incidentReference()).contains("INC-42");
        assertThat(postmortem.status()).isEqualTo(PostmortemStatus.PUBLISHED);
        assertThat(postmortem.authors()).containsExactly("priya", "marco");
        assertThat(postmortem.rootCauses()).hasSize(2);
        assertThat(postmortem.contributingFactors())
                .containsExactly("The canary stage checked latency, not error rate.");
        assertThat(postmortem.wentWell())
                .hasValueSatisfying(text -> assertThat(text).contains("alert fired"));
        assertThat(postmortem.timeline()).hasSize(10);
        assertThat(postmortem.timeline().get(1).kind()).isEqualTo(EntryKind.DETECTION);
        assertThat(postmortem.timeline().get(1).kindInferred()).isTrue();
        assertThat(postmortem.timeline().get(1).date()).contains(LocalDate.of(2026, 3, 4));
        FollowUp page = postmortem.followUps().get(0);
        assertThat(page.title()).isEqualTo("Page on checkout 5xx rate above 1% for 5 minutes");
        assertThat(page.owner()).contains("@priya");
        assertThat(page.due()).contains(LocalDate.of(2026, 3, 18));
        assertThat(page.tracker()).contains("PAY-101");
        assertThat(page.kind()).contains(FollowUpKind.DETECT);
        assertThat(page.kindInferred()).isTrue();
        assertThat(postmortem.followUps())
                .extracting(followUp -> followUp.kind().orElseThrow())
                .containsExactly(FollowUpKind.DETECT, FollowUpKind.PREVENT, FollowUpKind.PREVENT, FollowUpKind.PROCESS);
    }

    @Test
    void should_read_task_lists_with_owner_due_priority_and_tracker_when_parsing_the_atlassian_example() {
        // GIVEN the Atlassian example's priority actions, written as a task list WHEN read
        List<FollowUp> followUps = PostmortemMarkdown.parse(resource("complete-atlassian.md"))
                .postmortem()
                .followUps();
        // THEN each item's fields come out of its wording
        assertThat(followUps).hasSize(3);
        FollowUp first = followUps.get(0);
        assertThat(first.title()).isEqualTo("Fail the bundle build when any certificate expires within 30 days");
        assertThat(first.kind()).contains(FollowUpKind.PREVENT);
        assertThat(first.kindInferred()).isFalse();
        assertThat(first.owner()).contains("@dana");
        assertThat(first.due()).contains(LocalDate.of(2026, 3, 1));
        assertThat(first.priority()).contains("P1");
        FollowUp second = followUps.get(1);
        assertThat(second.title()).isEqualTo("Health check performs a full TLS handshake");
        assertThat(second.owner()).contains("identity team");
        assertThat(second.due()).contains(LocalDate.of(2026, 3, 20));
        assertThat(second.tracker()).contains("IDN-42");
        assertThat(second.kind()).isEmpty();
        assertThat(followUps.get(2).status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(followUps.get(2).kind()).contains(FollowUpKind.PROCESS);
    }

    @Test
    void should_roll_over_to_the_next_day_when_bare_times_pass_midnight() {
        // GIVEN a timeline written as bare times that crosses midnight WHEN read
        List<TimelineRow> rows =
                PostmortemMarkdown.parse(resource("midnight.md")).postmortem().timeline();
        // THEN the rows after midnight are on the next day
        assertThat(rows)
                .extracting(row -> row.date().orElseThrow())
                .containsExactly(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1));
    }

    @Test
    void regression_should_read_bold_label_sections_and_front_matter_when_written_elsewhere() {
        // GIVEN the Google SRE book's layout ("**Root Causes:** ..." paragraphs) and a document with
        // YAML front matter before its title
        PostmortemDocument sre = PostmortemMarkdown.parse(resource("foreign-sre-field-sections.md"));
        PostmortemDocument pagerDuty = PostmortemMarkdown.parse(resource("foreign-front-matter.md"));

        // THEN each labelled paragraph is its own section, without its label
        Postmortem postmortem = sre.postmortem();
        assertThat(postmortem.summary())
                .hasValueSatisfying(summary -> assertThat(summary)
                        .startsWith("Shakespeare Search down for 66 minutes")
                        .doesNotContain("Impact", "Root Causes"));
        assertThat(postmortem.rootCauses()).singleElement().asString().startsWith("Cascading failure");
        assertThat(postmortem.trigger()).hasValue("Latent bug triggered by sudden increase in traffic.");
        assertThat(postmortem.detection())
                .hasValueSatisfying(text -> assertThat(text).startsWith("Borgmon"));
        assertThat(postmortem.timeline())
                .anySatisfy(row -> assertThat(row.kind()).isEqualTo(EntryKind.RESOLUTION));
        // AND front matter is skipped, the H1 is the title
        assertThat(pagerDuty.postmortem().title())
                .isEqualTo("Incident Review: API errors from connection pool exhaustion");
    }
}
