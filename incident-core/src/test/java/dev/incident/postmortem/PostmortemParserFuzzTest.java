package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the Markdown postmortem reader and the completeness validator: {@link
 * PostmortemMarkdown#parse} is documented never to throw for any text, validation reports findings
 * rather than throwing, every position it gives lies inside the document, and a parsed postmortem
 * renders and reads back without error. Under plain {@code mvn test} Jazzer runs the committed seeds
 * in {@code PostmortemParserFuzzTestInputs/<method>/}; fuzz with {@code JAZZER_FUZZ=1 ./mvnw -o test
 * -pl incident-core -Dtest=PostmortemParserFuzzTest -Djazzer.max_duration=5m} (see the README).
 */
class PostmortemParserFuzzTest {
    /** The default profile lints with the blameless linter too, so one validator covers most code. */
    private static final CompletenessValidator VALIDATOR = CompletenessValidator.of(CompletenessProfile.DEFAULT);

    @FuzzTest(maxDuration = "60s")
    void parseAndValidate(byte[] input) {
        String markdown = new String(input, StandardCharsets.UTF_8);
        PostmortemDocument document = PostmortemMarkdown.parse(markdown);
        int lines = lineCount(markdown);

        assertThat(document.markdown()).isEqualTo(markdown);
        assertThat(document.postmortem().title()).isNotBlank();
        assertThat(positions(document))
                .allSatisfy(position -> assertThat(position.line()).isLessThanOrEqualTo(lines));
        CompletenessReport report = VALIDATOR.validate(document);
        assertThat(report.format()).isNotBlank();
        for (Finding finding : report.findings()) {
            assertThat(finding.message()).isNotBlank();
            finding.position()
                    .ifPresent(position -> assertThat(position.line())
                            .as("line of %s", finding.format())
                            .isLessThanOrEqualTo(lines));
        }

        String rendered = PostmortemMarkdown.render(document.postmortem());
        PostmortemDocument again = PostmortemMarkdown.parse(rendered);
        assertThat(again.postmortem().title()).isEqualTo(document.postmortem().title());
    }

    private static List<Position> positions(PostmortemDocument document) {
        List<Position> all = new ArrayList<>();
        document.headings().forEach(heading -> all.add(heading.position()));
        all.addAll(document.timelinePositions());
        all.addAll(document.followUpPositions());
        all.addAll(document.rootCausePositions());
        all.addAll(document.contributingFactorPositions());
        all.addAll(document.untimedTimelineRows());
        return all;
    }

    /** Lines of the text as an editor counts them: \n, \r\n and a lone \r end a line. */
    static int lineCount(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return lines;
    }
}
