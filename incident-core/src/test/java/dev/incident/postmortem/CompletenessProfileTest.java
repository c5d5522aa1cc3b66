package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;

class CompletenessProfileTest {

    @Test
    void should_read_a_team_profile_when_given_the_text_format() {
        // GIVEN a team's profile file
        String text = """
                # payments team
                name: payments
                extends: default
                required: Summary, Impact, Timeline, Root causes, Action items, Security review
                recommended: Detection
                section: Security review = security, threat review
                rule follow-up-due-too-late: warning
                rule follow-up-kind-not-stated: error
                rule timeline-row-without-time: off
                follow-ups due within: 30 days
                priority follow-ups due within: 2 weeks
                """;
        // WHEN read
        CompletenessProfile profile = CompletenessProfile.parse(text);
        // THEN it starts from the default and applies every line
        assertThat(profile.name()).isEqualTo("payments");
        assertThat(profile.requiredSections())
                .startsWith(Section.SUMMARY, Section.IMPACT, Section.TIMELINE, Section.ROOT_CAUSES, Section.FOLLOW_UPS);
        assertThat(profile.requiredSections().get(5))
                .isEqualTo(Section.custom("Security review", "security", "threat review"));
        assertThat(profile.recommendedSections()).containsExactly(Section.DETECTION);
        assertThat(profile.severity(Rule.FOLLOW_UP_DUE_TOO_LATE)).contains(FindingSeverity.WARNING);
        assertThat(profile.severity(Rule.FOLLOW_UP_KIND_NOT_STATED)).contains(FindingSeverity.ERROR);
        assertThat(profile.severity(Rule.TIMELINE_ROW_WITHOUT_TIME)).isEmpty();
        assertThat(profile.severity(Rule.BLAMING_LANGUAGE)).contains(FindingSeverity.ERROR);
        assertThat(profile.followUpDueWithin()).contains(Period.ofDays(30));
        assertThat(profile.priorityFollowUpDueWithin()).contains(Period.ofWeeks(2));
    }

    @Test
    void should_read_back_an_equal_profile_when_written_as_text() {
        // GIVEN every shipped profile, and a team's WHEN written and read back THEN equal
        CompletenessProfile team = CompletenessProfile.builder()
                .from(CompletenessProfile.ATLASSIAN)
                .name("team")
                .addRecommendedSection(Section.custom("Customer quotes", "quotes"))
                .build();
        for (CompletenessProfile profile : java.util.List.of(
                CompletenessProfile.DEFAULT,
                CompletenessProfile.GOOGLE_SRE,
                CompletenessProfile.ATLASSIAN,
                CompletenessProfile.PAGERDUTY,
                team)) {
            assertThat(CompletenessProfile.parse(profile.toText()))
                    .as(profile.name())
                    .isEqualTo(profile);
        }
    }

    @Test
    void should_name_the_line_when_a_profile_file_has_a_mistake() {
        // GIVEN profile files with mistakes WHEN read THEN the exception names the line and the problem
        assertThatThrownBy(() -> CompletenessProfile.parse("name: x\nrule no-such-rule: error\n"))
                .isInstanceOfSatisfying(
                        ProfileFormatException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageContaining("unknown rule \"no-such-rule\"");
        assertThatThrownBy(() -> CompletenessProfile.parse("name: x\n\nfollow-ups due within: soon\n"))
                .isInstanceOfSatisfying(
                        ProfileFormatException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("soon");
        assertThatThrownBy(() -> CompletenessProfile.parse("extends: nasa\n"))
                .isInstanceOfSatisfying(
                        ProfileFormatException.class, e -> assertThat(e.line()).isEqualTo(1))
                .hasMessageContaining("unknown profile");
        assertThatThrownBy(() -> CompletenessProfile.parse("required: Summary\nrule no-follow-ups: warning\n"))
                .isInstanceOfSatisfying(
                        ProfileFormatException.class, e -> assertThat(e.line()).isEqualTo(1))
                .hasMessageContaining("no \"name:\" line");
    }

    @Test
    void should_ship_the_four_profiles_with_their_templates_sections() {
        // GIVEN the shipped profiles WHEN looked up by name THEN their sections follow their templates
        assertThat(CompletenessProfile.named("Google-SRE")).contains(CompletenessProfile.GOOGLE_SRE);
        assertThat(CompletenessProfile.DEFAULT.requiredSections())
                .containsExactly(
                        Section.SUMMARY, Section.IMPACT, Section.TIMELINE, Section.ROOT_CAUSES, Section.FOLLOW_UPS);
        assertThat(CompletenessProfile.DEFAULT.recommendedSections())
                .containsExactly(Section.TRIGGER, Section.DETECTION, Section.RESOLUTION, Section.LESSONS);
        assertThat(CompletenessProfile.ATLASSIAN.requiredSections())
                .contains(Section.LEAD_UP, Section.FIVE_WHYS, Section.RESPONSE);
        assertThat(CompletenessProfile.PAGERDUTY.requiredSections())
                .contains(Section.WHAT_HAPPENED, Section.RESPONDERS, Section.MESSAGING);
        assertThat(CompletenessProfile.GOOGLE_SRE.severity(Rule.FOLLOW_UP_KIND_NOT_STATED))
                .contains(FindingSeverity.WARNING);
        assertThat(CompletenessProfile.DEFAULT.severity(Rule.BLAMING_LANGUAGE)).contains(FindingSeverity.ERROR);
        assertThat(Section.ROOT_CAUSES.matches("3. Contributing Factors")).isTrue();
        assertThat(Section.SUMMARY.matches("TL;DR")).isTrue();
        assertThat(Section.RESOLUTION.matches("Recovery")).isTrue();
        assertThat(Rule.fromId(" Follow-Up-Vague ")).contains(Rule.FOLLOW_UP_VAGUE);
    }
}
