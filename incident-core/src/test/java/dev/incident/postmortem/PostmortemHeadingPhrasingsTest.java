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
                "Why|Root causes",
                "What users saw|Impact",
                "What customers experienced during the outage|Impact",
                "How we found out|Detection",
                "How we found it and stopped it|Detection",
                "How the problem was noticed|Detection",
                "What we're doing next|Follow-ups",
                "What we are doing next|Follow-ups",
                "Next steps for the platform team|Follow-ups",
                "What we are changing in the rollout|Follow-ups",
                "How'd We Do?|Lessons learned",
                "How did we do|Lessons learned",
                "What can be improved|Lessons learned",
                "How it recovered|Resolution",
                "The cleanup job|",
                "A health check that depended on something it did not own|",
                "Why our safeguards did not catch it|Root causes"
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

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "How we found it and stopped it|Detection,Resolution",
                "Root cause and recovery|Root causes,Resolution",
                "Impact and detection|Impact,Detection",
                "Timeline (all times UTC)|Timeline",
                "Mitigation and resolution|Resolution",
                "Why it was detected late|Root causes",
            })
    void should_name_every_section_a_heading_names_in_the_order_it_names_them(String heading, String sections) {
        // GIVEN a heading that names one or more sections WHEN all are looked up
        // THEN each is named once, the earliest first; an exact name or a "why" names one only
        assertThat(Section.findAll(heading)).extracting(Section::title).containsExactly(sections.split(","));
    }

    @Test
    void should_read_a_heading_that_names_detection_and_resolution_as_both() {
        // GIVEN a blog-style postmortem whose headings are sentences and questions
        PostmortemDocument document = PostmortemMarkdown.parse("""
                # How a deleted zone took the resolver offline

                ## What users saw
                For 35 minutes, 27% of queries went unanswered.

                ## How we found it and stopped it
                A timeout alert paged the on-call; we engaged the kill switch at 15:21.

                ## How'd We Do?
                The alert fired within four minutes.

                ## What can be improved
                The cleanup job needs a human approval.

                ## What we're doing next
                - Add a circuit breaker on withdrawals. Owner: Gabriel Moss, due 2026-04-24
                """);
        Postmortem postmortem = document.postmortem();
        // THEN each is the section it means, and the detection heading's text is also the resolution
        assertThat(postmortem.impact())
                .hasValueSatisfying(impact -> assertThat(impact.description()).startsWith("For 35 minutes"));
        assertThat(postmortem.detection())
                .hasValueSatisfying(text -> assertThat(text).contains("paged"));
        assertThat(postmortem.resolution()).isEqualTo(postmortem.detection());
        assertThat(postmortem.lessonsLearned()).contains("The alert fired within four minutes.");
        assertThat(postmortem.wentWrong()).contains("The cleanup job needs a human approval.");
        assertThat(postmortem.followUps())
                .singleElement()
                .satisfies(followUp -> assertThat(followUp.owner()).contains("Gabriel Moss"));
        // AND both sections are at the heading, whose lines belong to the section named first
        assertThat(document.position(Section.RESOLUTION)).isEqualTo(document.position(Section.DETECTION));
        assertThat(document.sectionAt(7)).contains(Section.DETECTION);
    }
}
