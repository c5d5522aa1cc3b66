package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Section headings matched by meaning, in the phrasings real postmortems use. */
class PostmortemHeadingPhrasingsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "What we're changing|Follow-ups",
                "What we are doing about it|Follow-ups",
                "4. Next steps|Follow-ups",
                "Remediation items|Follow-ups",
                "Action plan|Follow-ups",
                "Preventing recurrence|Follow-ups",
                "Follow-up tasks|Follow-ups",
                "Why the cache went cold|Root causes",
                "Why did the queue back up?|Root causes",
                "6. Why the bad build reached production|Root causes",
                "Contributing factors|Root causes",
                "What went poorly|Lessons learned",
                "What didn't go well|Lessons learned",
                "What was hard|Lessons learned",
                "Five whys|Five whys",
                "Recurrence|",
                "Why|Root causes"
            })
    void should_match_a_heading_by_meaning(String heading, String section) {
        // GIVEN a heading as people write it WHEN looked up THEN it names the section it means
        assertThat(Section.find(heading).map(Section::title).orElse(null)).isEqualTo(section);
    }

    @Test
    void should_read_why_headings_as_root_causes_and_went_poorly_as_what_went_wrong() {
        // GIVEN a postmortem whose causes and lessons sections are phrased as questions and judgements
        Postmortem postmortem = PostmortemMarkdown.parse("""
                # Stale search results

                ## Why the index went stale
                - The refresh job ran twice at once.

                ## Why nobody noticed
                - The freshness check only tested liveness.

                ## What went poorly
                - The alert went to a channel nobody reads at night.

                ## What we're changing
                - [ ] Page on index freshness (Maja Lind, SRCH-12)
                """).postmortem();
        // THEN both "why" sections are root causes, the lesson is what went wrong, the item a follow-up
        assertThat(postmortem.rootCauses())
                .containsExactly("The refresh job ran twice at once.", "The freshness check only tested liveness.");
        assertThat(postmortem.wentWrong())
                .hasValueSatisfying(text -> assertThat(text).contains("channel"));
        assertThat(postmortem.followUps()).singleElement().satisfies(followUp -> {
            assertThat(followUp.owner()).contains("Maja Lind");
            assertThat(followUp.kind()).contains(FollowUpKind.DETECT);
        });
    }
}
