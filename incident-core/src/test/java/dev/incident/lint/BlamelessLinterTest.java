package dev.incident.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlamelessLinterTest {
    private final BlamelessLinter linter = BlamelessLinter.withDefaults();

    private static List<String> rules(LintReport report) {
        return report.findings().stream().map(LintFinding::ruleId).toList();
    }

    private static List<String> matched(LintReport report) {
        return report.findings().stream().map(LintFinding::matchedText).toList();
    }

    @Test
    void should_flag_human_error_when_named_as_cause() {
        // GIVEN
        String text = "The root cause was human error.";
        // WHEN
        LintReport report = linter.lintText(text);
        // THEN
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(LintRule.HUMAN_ERROR);
            assertThat(f.ruleId()).isEqualTo("human-error");
            assertThat(f.severity()).isEqualTo(FindingSeverity.ERROR);
            assertThat(f.matchedText()).isEqualTo("human error");
            assertThat(f.offset()).isEqualTo(19);
            assertThat(f.length()).isEqualTo(11);
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.column()).isEqualTo(20);
            assertThat(f.message()).contains("human error");
            assertThat(f.suggestion()).isNotBlank();
        });
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void should_not_flag_systems_when_they_are_the_subject_of_failure_verbs() {
        // GIVEN
        String text = "The readiness probe failed to detect the hang. The batch job failed. The primary failed over."
                + " The proxy should have retried the request. The TTL should have evicted the key."
                + " The storage node reported a fault. We ran a fault injection drill. A segfault and a page fault.";
        // WHEN
        LintReport report = linter.lintText(text);
        // THEN
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void regression_should_not_read_root_causes_heading_as_a_person_causing_something() {
        // GIVEN the section headings every postmortem has (found when the validator began linting)
        String markdown = "## Root causes\n\n- A retry storm.\n\n## Contributing causes\n\nNone.\n";
        // WHEN
        LintReport report = linter.lintMarkdown(markdown);
        // THEN
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void should_flag_person_failure_when_a_person_is_the_subject() {
        // GIVEN
        String text = "The on-call failed to acknowledge the page.";
        // WHEN
        LintReport report = linter.lintText(text);
        // THEN
        assertThat(rules(report)).containsExactly("person-failure");
        assertThat(matched(report)).containsExactly("failed to");
    }

    @Test
    void should_not_flag_when_blame_is_negated() {
        // GIVEN
        String text = "Nobody was careless. No one was at fault. It was not human error. We do not blame people.";
        // WHEN
        LintReport report = linter.lintText(text);
        // THEN
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void should_flag_counterfactual_when_person_should_have() {
        // GIVEN
        String text = "Kwame should have checked the replica lag.";
        // WHEN
        LintReport report = linter.lintText(text);
        // THEN
        assertThat(rules(report)).containsExactly("counterfactual");
        assertThat(matched(report)).containsExactly("should have");
    }

    @Test
    void should_treat_participant_names_as_people_when_supplied() {
        // GIVEN a name that would otherwise look like a plural noun at the start of a sentence
        String text = "Agnes forgot to renew the certificate.";
        BlamelessLinter withName =
                BlamelessLinter.builder().participants("Agnes").build();
        // WHEN
        LintReport without = linter.lintText(text);
        LintReport with = withName.lintText(text);
        // THEN
        assertThat(without.findings()).isEmpty();
        assertThat(rules(with)).containsExactly("person-failure");
    }

    @Test
    void should_treat_handles_as_people_when_mentioned() {
        // WHEN
        LintReport report = linter.lintText("@mchen missed the deprecation notice.");
        // THEN
        assertThat(rules(report)).containsExactly("person-failure");
    }

    @Test
    void should_report_findings_in_offset_order_when_several_rules_match() {
        // GIVEN
        String text = "Obviously the careless engineer should have known. He was reprimanded.";
        // WHEN
        LintReport report = linter.lintText(text);
        // THEN
        assertThat(report.findings()).isSortedAccordingTo(LintReport.ORDER);
        assertThat(rules(report)).containsExactly("hindsight", "judgement", "counterfactual", "punitive");
        assertThat(report.count(FindingSeverity.ERROR)).isEqualTo(2);
        assertThat(report.findingsAtOrAbove(FindingSeverity.ERROR))
                .extracting(LintFinding::ruleId)
                .containsExactly("judgement", "punitive");
    }

    @Test
    void should_offer_deletion_as_replacement_when_hindsight_adverb() {
        // WHEN
        LintReport report = linter.lintText("The operator simply ignored the error message.");
        // THEN
        assertThat(report.findings())
                .filteredOn(f -> f.rule() == LintRule.HINDSIGHT)
                .singleElement()
                .satisfies(f -> assertThat(f.replacement()).contains(""));
    }

    @Test
    void should_skip_code_html_links_and_front_matter_when_linting_markdown() {
        // GIVEN
        String markdown = """
                ---
                title: Ravi forgot everything
                ---
                # Timeline

                Run `engineer forgot --careless` to reproduce. See [the runbook](https://x.test/careless-engineer).
                <span title="human error">ok</span>

                ```
                The engineer was careless.
                ```

                    indented code: the intern forgot

                <div>The developer was sloppy.</div>
                """;
        // WHEN
        LintReport report = linter.lintMarkdown(markdown);
        // THEN
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void should_map_positions_to_the_original_document_when_linting_markdown() {
        // GIVEN
        String markdown =
                "# Summary\n\n- Nothing here.\n- The **careless** deploy by `bob`.\n\n| When | What |\n|---|---|\n"
                        + "| 10:00 | Ingrid forgot the flag |\n";
        // WHEN
        LintReport report = linter.lintMarkdown(markdown);
        // THEN
        assertThat(report.findings()).hasSize(2);
        for (LintFinding f : report.findings()) {
            assertThat(markdown.substring(f.offset(), f.offset() + f.length())).isEqualTo(f.matchedText());
        }
        LintFinding careless = report.findings().get(0);
        assertThat(careless.matchedText()).isEqualTo("careless");
        assertThat(careless.line()).isEqualTo(4);
        assertThat(careless.column()).isEqualTo(9);
        LintFinding forgot = report.findings().get(1);
        assertThat(forgot.matchedText()).isEqualTo("forgot");
        assertThat(forgot.line()).isEqualTo(8);
        assertThat(forgot.rule()).isEqualTo(LintRule.PERSON_FAILURE);
    }

    @Test
    void should_lint_link_text_but_not_link_destination() {
        // WHEN
        LintReport report = linter.lintMarkdown("See [the careless change](https://example.test/careless).");
        // THEN
        assertThat(matched(report)).containsExactly("careless");
        assertThat(report.findings().get(0).offset()).isEqualTo(9);
    }

    @Test
    void should_suppress_next_line_when_comment_names_the_rule() {
        // GIVEN
        String markdown = "<!-- blameless-disable-next-line judgement -- quoting the ticket -->\n"
                + "The reviewer was negligent.\n\nThe admin was negligent.\n";
        // WHEN
        LintReport report = linter.lintMarkdown(markdown);
        // THEN only the second sentence is reported
        assertThat(report.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(4));
    }

    @Test
    void should_suppress_a_range_when_disable_and_enable_comments_surround_it() {
        // GIVEN
        String markdown = "<!-- blameless-disable -->\nThe reviewer was negligent.\n\nRavi forgot the flag.\n\n"
                + "<!-- blameless-enable -->\n\nThe admin was negligent.\n";
        // WHEN
        LintReport report = linter.lintMarkdown(markdown);
        // THEN
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.matchedText()).isEqualTo("negligent");
            assertThat(f.line()).isEqualTo(8);
        });
    }

    @Test
    void should_keep_a_range_suppressed_when_an_enable_comment_names_only_unknown_rules() {
        // GIVEN a range whose enable comment misspells the rule, as its disable comment would
        String markdown = "<!-- blameless-disable judgement -->\n\nThe reviewer was negligent.\n\n"
                + "<!-- blameless-enable judgemnt -->\n\nThe admin was negligent.\n\n"
                + "<!-- blameless-enable judgement -->\n\nThe intern was careless.\n";
        // WHEN
        LintReport report = linter.lintMarkdown(markdown);
        // THEN the typo enables nothing (it is reported), and the real enable ends the range
        assertThat(rules(report)).containsExactly("unused-suppression", "judgement");
        assertThat(report.findings().get(0).message()).contains("judgemnt");
        assertThat(report.findings().get(1).line()).isEqualTo(11);
    }

    @Test
    void should_report_unused_suppression_when_it_suppresses_nothing() {
        // GIVEN
        String markdown = "<!-- blameless-disable-next-line punitive -->\nThe reviewer was negligent.\n\n"
                + "Text <!-- blameless-disable-next-line no-such-rule --> here.\n";
        // WHEN
        LintReport report = linter.lintMarkdown(markdown);
        // THEN
        assertThat(rules(report)).containsExactly("unused-suppression", "judgement", "unused-suppression");
        assertThat(report.findings().get(0).severity()).isEqualTo(FindingSeverity.WARNING);
        assertThat(report.findings().get(0).matchedText()).startsWith("<!--").endsWith("-->");
        assertThat(report.findings().get(2).message()).contains("no-such-rule");
    }

    @Test
    void should_apply_configuration_when_rules_are_disabled_or_reweighted() {
        // GIVEN
        BlamelessLinter custom = BlamelessLinter.builder()
                .disable(LintRule.JUDGEMENT)
                .severity(LintRule.COUNTERFACTUAL, FindingSeverity.ERROR)
                .addTerm(LintRule.JUDGEMENT, "cowboy")
                .addTerm(LintRule.PUNITIVE, "performance improvement plan")
                .build();
        String text = "The careless engineer should have known. He was put on a performance improvement plan.";
        // WHEN
        LintReport report = custom.lintText(text);
        // THEN
        assertThat(rules(report)).containsExactly("counterfactual", "punitive");
        assertThat(report.findings().get(0).severity()).isEqualTo(FindingSeverity.ERROR);
        assertThat(report.findings().get(1).matchedText()).isEqualTo("performance improvement plan");
    }

    @Test
    void should_flag_added_terms_when_enabled() {
        // GIVEN
        BlamelessLinter custom =
                BlamelessLinter.builder().addTerm(LintRule.JUDGEMENT, "cowboy").build();
        // WHEN
        LintReport report = custom.lintText("It was a cowboy deploy. Nobody was a cowboy.");
        // THEN
        assertThat(matched(report)).containsExactly("cowboy");
    }

    @Test
    void should_drop_findings_when_inside_an_allowed_phrase() {
        // GIVEN
        BlamelessLinter custom =
                BlamelessLinter.builder().allowPhrases("Human Error Budget").build();
        // WHEN
        LintReport report = custom.lintText("The human error budget was spent. The cause was human error.");
        // THEN
        assertThat(report.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.offset()).isEqualTo(48));
    }

    @Test
    void should_implement_language_check_when_used_through_the_interface() {
        // GIVEN
        LanguageCheck check = BlamelessLinter.withDefaults();
        // WHEN
        LintReport report = check.check("It was *Tomasz's fault*.");
        // THEN
        assertThat(rules(report)).containsExactly("blame-attribution");
    }

    @Test
    void should_reject_null_and_invalid_arguments_when_configuring() {
        assertThatThrownBy(() -> linter.lintText(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> linter.lintMarkdown(null)).hasMessageContaining("markdown");
        assertThatThrownBy(() -> BlamelessLinter.builder().addTerm(LintRule.JUDGEMENT, " -- "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("term phrase");
        assertThatThrownBy(() -> BlamelessLinter.builder().addTerm(LintRule.UNUSED_SUPPRESSION, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unused-suppression");
        assertThatThrownBy(() -> BlamelessLinter.builder().participants("  ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("participant name");
    }

    @Test
    void should_look_up_rules_by_stable_id() {
        assertThat(LintRule.fromId("person-failure")).contains(LintRule.PERSON_FAILURE);
        assertThat(LintRule.fromId("nope")).isEmpty();
        assertThat(BlamelessLinter.rules())
                .extracting(LintRule::id)
                .containsExactly(
                        "human-error",
                        "blame-attribution",
                        "judgement",
                        "counterfactual",
                        "person-failure",
                        "hindsight",
                        "punitive",
                        "unused-suppression");
    }

    @Test
    void should_give_the_same_reports_when_one_linter_is_shared_by_many_threads() throws Exception {
        // GIVEN one linter and documents with findings
        List<String> documents = java.util.stream.IntStream.range(0, 64)
                .mapToObj(i -> "# Incident " + i + "\n\nRavi forgot the flag " + i
                        + " times. The probe failed to detect it.\n\n" + "| When | What |\n|---|---|\n| 10:0" + (i % 10)
                        + " | The engineer was careless. |\n")
                .toList();
        List<LintReport> expected = documents.stream().map(linter::lintMarkdown).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            // WHEN the documents are linted concurrently, several times over
            List<java.util.concurrent.Future<LintReport>> futures = new java.util.ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String document : documents) {
                    futures.add(pool.submit(() -> linter.lintMarkdown(document)));
                }
            }
            // THEN every report equals the one computed alone
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % documents.size()));
            }
            assertThat(expected.get(0).count()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_not_flag_the_word_blameless() {
        assertThat(linter.lintMarkdown("This is a *blameless* postmortem; we keep it blame-free.")
                        .findings())
                .isEmpty();
    }
}
