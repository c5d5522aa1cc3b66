package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PostmortemProperties {
    private static final CompletenessValidator DEFAULT = CompletenessValidator.of(CompletenessProfile.DEFAULT);

    @Test
    void should_read_back_an_equal_postmortem_when_rendered() {
        // GIVEN any postmortem WHEN rendered and parsed THEN the same postmortem comes back
        qt().withExamples(300).forAll(PostmortemGenerators.postmortems()).checkAssert(postmortem -> {
            String markdown = PostmortemMarkdown.render(postmortem);
            assertThat(PostmortemMarkdown.parse(markdown).postmortem())
                    .as("read back from%n%s", markdown)
                    .isEqualTo(postmortem);
        });
    }

    @Test
    void should_never_throw_when_parsing_arbitrary_text() {
        // GIVEN text made of Markdown's structural characters, digits and letters
        Gen<String> text = strings().betweenCodePoints(0, 0x7f).ofLengthBetween(0, 400);
        Gen<String> markdownish = lists().of(arbitrary()
                        .pick(List.of(
                                "# ",
                                "## Timeline\n",
                                "## Follow-ups\n",
                                "## Impact\n",
                                "| ",
                                " |",
                                "|---|---|\n",
                                "- ",
                                "- [ ] ",
                                "* ",
                                "1. ",
                                "14:02 ",
                                "2026-02-30 ",
                                "23:59:60 ",
                                "@x ",
                                "owner: ",
                                "due ",
                                "\n",
                                "\n\n",
                                "```",
                                "mermaid\n",
                                "> ",
                                "**",
                                "_",
                                "`",
                                "\\|",
                                "<!-- ",
                                " -->",
                                "\r\n",
                                "\t",
                                "=== \n",
                                "P1 ",
                                "ABC-1 ",
                                "https://x ",
                                "(won't do: ",
                                ")",
                                "Started: ",
                                "Duration: 99999999999d ",
                                "Users affected: 99999999999999999999 ",
                                "Date: 2026-01-01\n",
                                "Status: published\n")))
                .ofSizeBetween(0, 80)
                .map(parts -> String.join("", parts));
        // WHEN parsed and validated THEN nothing throws
        qt().withExamples(500).forAll(text).checkAssert(PostmortemProperties::parsesAndValidates);
        qt().withExamples(1000).forAll(markdownish).checkAssert(PostmortemProperties::parsesAndValidates);
    }

    private static void parsesAndValidates(String markdown) {
        assertThatCode(() -> {
                    PostmortemDocument document = PostmortemMarkdown.parse(markdown);
                    DEFAULT.validate(document);
                    PostmortemMarkdown.render(document.postmortem());
                })
                .as("input: %s", markdown)
                .doesNotThrowAnyException();
    }

    @Test
    void should_not_add_an_error_when_a_missing_required_section_is_added() {
        // GIVEN any postmortem and one of the default profile's required sections
        Gen<Integer> which = integers()
                .between(0, CompletenessProfile.DEFAULT.requiredSections().size() - 1);
        qt().withExamples(300).forAll(PostmortemGenerators.postmortems(), which).checkAssert((postmortem, index) -> {
            Section section = CompletenessProfile.DEFAULT.requiredSections().get(index);
            CompletenessReport before = DEFAULT.validate(postmortem);
            if (before.findings(Rule.SECTION_MISSING).stream()
                    .noneMatch(finding -> finding.section().orElseThrow().equals(section))) {
                return;
            }
            // WHEN the section is added, with well-formed content
            CompletenessReport after = DEFAULT.validate(withSection(postmortem, section));
            // THEN the errors after are fewer, and of rules that already failed before
            Set<Rule> rulesBefore = before.errors().stream().map(Finding::rule).collect(Collectors.toSet());
            assertThat(after.errors())
                    .allSatisfy(error -> assertThat(rulesBefore).contains(error.rule()));
            assertThat(after.errorCount()).isLessThan(before.errorCount());
        });
    }

    private static Postmortem withSection(Postmortem postmortem, Section section) {
        LocalDate reference = postmortem.date().orElse(LocalDate.of(2026, 3, 4));
        Postmortem complete = PostmortemGenerators.complete(Postmortem.builder().title("x"), reference)
                .build();
        Postmortem.Builder builder = Postmortem.builder().from(postmortem);
        if (section.equals(Section.SUMMARY)) {
            builder.summary(complete.summary());
        } else if (section.equals(Section.IMPACT)) {
            builder.impact(complete.impact());
        } else if (section.equals(Section.TIMELINE)) {
            builder.timeline(complete.timeline());
        } else if (section.equals(Section.ROOT_CAUSES)) {
            builder.rootCauses(complete.rootCauses());
        } else if (section.equals(Section.FOLLOW_UPS)) {
            builder.followUps(complete.followUps());
        }
        return builder.build();
    }

    @Test
    void should_stay_complete_when_recommended_sections_are_removed() {
        // GIVEN a complete postmortem with any of the recommended sections
        Gen<Postmortem> complete = PostmortemGenerators.postmortems()
                .zip(
                        PostmortemGenerators.dates(),
                        (postmortem, date) -> PostmortemGenerators.complete(
                                        Postmortem.builder().from(postmortem).contributingFactors(List.of()), date)
                                .build());
        List<Section> recommended = CompletenessProfile.DEFAULT.recommendedSections();
        qt().withExamples(300)
                .forAll(complete, integers().between(0, (1 << recommended.size()) - 1))
                .assuming((postmortem, mask) -> DEFAULT.validate(postmortem).isComplete())
                .checkAssert((postmortem, mask) -> {
                    // WHEN some recommended sections are removed
                    Postmortem.Builder builder = Postmortem.builder().from(postmortem);
                    for (Section section : PostmortemGenerators.subsets(recommended, mask)) {
                        remove(builder, section);
                    }
                    // THEN it is still complete, as written and as read back from Markdown
                    Postmortem smaller = builder.build();
                    assertThat(DEFAULT.validate(smaller).isComplete()).isTrue();
                    assertThat(DEFAULT.validate(PostmortemMarkdown.parse(PostmortemMarkdown.render(smaller)))
                                    .isComplete())
                            .isTrue();
                });
    }

    private static void remove(Postmortem.Builder builder, Section section) {
        if (section.equals(Section.TRIGGER)) {
            builder.trigger(java.util.Optional.empty());
        } else if (section.equals(Section.DETECTION)) {
            builder.detection(java.util.Optional.empty());
        } else if (section.equals(Section.RESOLUTION)) {
            builder.resolution(java.util.Optional.empty());
        } else if (section.equals(Section.LESSONS)) {
            builder.lessonsLearned(java.util.Optional.empty())
                    .wentWell(java.util.Optional.empty())
                    .wentWrong(java.util.Optional.empty())
                    .gotLucky(java.util.Optional.empty());
        }
    }
}
