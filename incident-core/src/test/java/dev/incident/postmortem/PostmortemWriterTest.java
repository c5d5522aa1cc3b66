package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown the writer produces, character for character. */
class PostmortemWriterTest {

    @Test
    void should_separate_blocks_with_one_blank_line_when_rendering() {
        // GIVEN a postmortem with header fields, an impact window but no rows, a dash-led cause and two factors
        Postmortem postmortem = Postmortem.builder()
                .title("T")
                .date(LocalDate.of(2026, 3, 4))
                .addAuthors("kim")
                .summary("S")
                .impact(PostmortemImpact.builder()
                        .startedAt(Instant.parse("2026-03-04T14:00:00Z"))
                        .mitigatedAt(Instant.parse("2026-03-04T14:18:00Z"))
                        .build())
                .rootCauses(List.of("- dash first"))
                .contributingFactors(List.of("A", "B"))
                .build();
        // WHEN rendered THEN each block is followed by exactly one blank line
        assertThat(PostmortemMarkdown.render(postmortem)).isEqualTo("""
                        # T

                        - **Status:** Draft
                        - **Date:** 2026-03-04
                        - **Authors:** kim

                        ## Summary

                        S

                        ## Impact

                        - **Started:** 2026-03-04 14:00 UTC
                        - **Mitigated:** 2026-03-04 14:18 UTC

                        ## Root causes

                        - - dash first

                        ## Contributing factors

                        - A
                        - B

                        ## Timeline

                        ```mermaid
                        gantt
                            title Impact window (UTC)
                            dateFormat YYYY-MM-DD HH:mm:ss
                            axisFormat %H:%M
                            section Incident
                            User impact until mitigated :crit, impact, 2026-03-04 14:00:00, 2026-03-04 14:18:00
                        ```

                        """);
    }

    @Test
    void should_write_an_impact_description_and_a_single_cause_as_paragraphs_when_rendering() {
        // GIVEN an impact with only a description, and one plain root cause
        Postmortem postmortem = Postmortem.builder()
                .title("T")
                .impact(PostmortemImpact.builder().description("8% failed.").build())
                .rootCauses(List.of("No test."))
                .build();
        // WHEN rendered THEN both are plain paragraphs right after their headings
        assertThat(PostmortemMarkdown.render(postmortem)).isEqualTo("""
                        # T

                        - **Status:** Draft

                        ## Impact

                        8% failed.

                        ## Root causes

                        No test.

                        """);
    }
}
