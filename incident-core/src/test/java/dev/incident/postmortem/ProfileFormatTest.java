package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The profile file format, line by line. */
class ProfileFormatTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "name: x\\nno colon here|2|expected \"key: value\", got \"no colon here\"",
                "name:   |1|the name must not be empty",
                "name: x\\nsection: = security|2|a section needs a title",
                "name: x\\nrule no-follow-ups: loud|2|unknown severity \"loud\"; expected error, warning or off",
                "name: x\\ncolour: blue|2|unknown key \"colour\"",
                "name: x\\n: blue|2|unknown key \"\"",
                "name: x\\npriority follow-ups due within: later|2|cannot read the period \"later\"",
                "name: x\\nrequired: Summary\\nrecommended: Summary|1|cannot be both required and recommended",
            })
    void should_name_the_line_and_the_problem_when_a_profile_line_is_wrong(String text, int line, String message) {
        // GIVEN a profile with one wrong line WHEN read THEN the exception names the line and the problem
        assertThatThrownBy(() -> CompletenessProfile.parse(text.replace("\\n", "\n")))
                .isInstanceOfSatisfying(
                        ProfileFormatException.class, e -> assertThat(e.line()).isEqualTo(line))
                .hasMessageStartingWith("profile line " + line + ": ")
                .hasMessageContaining(message);
    }

    @Test
    void should_read_a_profile_from_nothing_when_it_does_not_extend_another() {
        // GIVEN a profile without "extends", with comments, odd spacing and both spellings of the windows
        CompletenessProfile profile = CompletenessProfile.parse("""
                name: tiny   # the smallest profile
                REQUIRED:  Summary , , Security review
                section: Security review
                rule   section-missing: warn
                rule no-follow-ups: error
                rule follow-up-vague: disabled
                follow ups due within: none
                priority follow ups due within: 3 weeks
                """);
        // THEN only what it says is there
        assertThat(profile.name()).isEqualTo("tiny");
        assertThat(profile.requiredSections()).containsExactly(Section.SUMMARY, Section.custom("Security review"));
        assertThat(profile.recommendedSections()).isEmpty();
        assertThat(profile.severities())
                .containsOnlyKeys(Rule.SECTION_MISSING, Rule.NO_FOLLOW_UPS)
                .containsEntry(Rule.SECTION_MISSING, FindingSeverity.WARNING)
                .containsEntry(Rule.NO_FOLLOW_UPS, FindingSeverity.ERROR);
        assertThat(profile.followUpDueWithin()).isEmpty();
        assertThat(profile.priorityFollowUpDueWithin()).contains(Period.ofWeeks(3));
    }

    @Test
    void should_turn_rules_off_and_keep_the_rest_when_extending_a_profile() {
        // GIVEN a profile extending Atlassian's that turns two rules off and changes one window
        CompletenessProfile profile = CompletenessProfile.parse("""
                name: ops
                extends: Atlassian
                rule blaming-language: off
                rule follow-up-no-owner: none
                follow-ups due within: off
                """);
        // THEN the rest is Atlassian's
        assertThat(profile.requiredSections()).isEqualTo(CompletenessProfile.ATLASSIAN.requiredSections());
        assertThat(profile.severity(Rule.BLAMING_LANGUAGE)).isEmpty();
        assertThat(profile.severity(Rule.FOLLOW_UP_NO_OWNER)).isEmpty();
        assertThat(profile.severity(Rule.SECTION_MISSING)).contains(FindingSeverity.ERROR);
        assertThat(profile.followUpDueWithin()).isEmpty();
        assertThat(profile.priorityFollowUpDueWithin()).contains(Period.ofWeeks(4));
    }

    @Test
    void should_write_custom_sections_rules_and_windows_when_writing_a_profile() {
        // GIVEN a team profile with a custom section with synonyms, one without, and a rule off
        CompletenessProfile team = CompletenessProfile.builder()
                .from(CompletenessProfile.DEFAULT)
                .name("team")
                .addRequiredSections(Section.custom("Security review", "security", "threat review"))
                .addRecommendedSections(Section.custom("Quotes"))
                .priorityFollowUpDueWithin(Period.ofDays(10))
                .build()
                .withoutRule(Rule.BLAMING_LANGUAGE);
        // WHEN written
        String text = team.toText();
        // THEN the lines say it all, and read back equal
        assertThat(text)
                .startsWith("name: team\n")
                .contains("section: Security review = security, threat review\n")
                .contains("section: Quotes\n")
                .contains("required: Summary, Impact, Timeline, Root causes, Follow-ups, Security review\n")
                .contains("recommended: Trigger, Detection, Resolution, Lessons learned, Quotes\n")
                .contains("rule blaming-language: off\n")
                .contains("rule recommended-section-missing: warning\n")
                .contains("rule section-missing: error\n")
                .contains("follow-ups due within: P56D\n")
                .endsWith("priority follow-ups due within: P10D\n");
        assertThat(CompletenessProfile.parse(text)).isEqualTo(team);
        assertThat(CompletenessProfile.GOOGLE_SRE.toText())
                .contains("follow-ups due within: none\n")
                .doesNotContain("section: ");
    }

    @Test
    void should_find_a_shipped_profile_by_name_when_spaced_or_capitalised() {
        assertThat(CompletenessProfile.named(" PagerDuty ")).contains(CompletenessProfile.PAGERDUTY);
        assertThat(CompletenessProfile.named("nasa")).isEmpty();
        assertThat(CompletenessProfile.shipped())
                .containsExactly(
                        CompletenessProfile.DEFAULT,
                        CompletenessProfile.GOOGLE_SRE,
                        CompletenessProfile.ATLASSIAN,
                        CompletenessProfile.PAGERDUTY);
    }
}
