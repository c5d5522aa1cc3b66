package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.lifecycle.Incident;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's postmortem snippets, compiled and run; the test also checks they are still in the file. */
class PostmortemReadmeTest {

    @Test
    void should_draft_validate_render_and_parse_when_following_the_readme() throws Exception {
        // GIVEN the lesson's incident, and a console
        Incident incident = Incidents.resolvedCheckoutIncident();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream System_out = new PrintStream(console, true, StandardCharsets.UTF_8);

        // WHEN the README's steps are followed
        Postmortem postmortem = Postmortem.draftFrom(incident)
                .summary("A deploy broke 8% of checkouts for 18 minutes; a rollback stopped it.")
                .addFollowUp(FollowUp.builder()
                        .title("Page on checkout 5xx rate above 1%")
                        .owner("@priya")
                        .due(LocalDate.of(2026, 3, 18))
                        .build())
                .build();

        CompletenessReport report =
                CompletenessValidator.of(CompletenessProfile.DEFAULT).validate(postmortem);
        report.findings().forEach(finding -> System_out.println(finding.format()));

        String markdown = PostmortemMarkdown.render(postmortem);
        PostmortemDocument document = PostmortemMarkdown.parse(markdown);
        boolean complete = CompletenessValidator.of(CompletenessProfile.ATLASSIAN)
                .validate(document)
                .isComplete();

        // THEN the draft is complete for the default profile (lessons are only recommended)
        assertThat(report.isComplete()).isTrue();
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("warning [recommended-section-missing]");
        assertThat(document.postmortem()).isEqualTo(postmortem);
        assertThat(complete).isFalse();
        // AND the README still shows these lines
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme)
                .contains("Postmortem postmortem = Postmortem.draftFrom(incident)")
                .contains(
                        "CompletenessReport report = CompletenessValidator.of(CompletenessProfile.DEFAULT).validate(postmortem);")
                .contains("String markdown = PostmortemMarkdown.render(postmortem);")
                .contains("PostmortemDocument document = PostmortemMarkdown.parse(markdown);");
    }
}
