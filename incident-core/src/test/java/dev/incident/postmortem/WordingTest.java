package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.postmortem.internal.Wording;
import dev.incident.timeline.EntryKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WordingTest {

    @ParameterizedTest
    @CsvSource({
        "Page the on-call when checkout 5xx exceeds 1%, DETECT",
        "Add an alert on queue depth, DETECT",
        "Monitor certificate expiry, DETECT",
        "Validate fan-out values in the config loader, PREVENT",
        "Block deploys that skip the canary, PREVENT",
        "Limit retries to three per request, PREVENT",
        "Add a test for zero-decimal currencies, PREVENT",
        "Add a guardrail on bulk deletes, PREVENT",
        "Update the runbook with the failover steps, PROCESS",
        "Write documentation for the rotation, PROCESS",
        "Add the step to the release checklist, PROCESS",
        "Automate rollback of failed deploys, MITIGATE",
        "Exponential backoff with jitter for provider 429 responses, PREVENT",
        "Add a retry budget to the database client, PREVENT",
        "Separate worker pools for SMS and email dispatch, PREVENT",
        "Separate DB pools for reads vs writes, PREVENT",
        "Isolate slow endpoints in their own lane, PREVENT",
        "Per-account send-rate shaping with fair queuing between customers, PREVENT",
        "Fix the rounding bug, FIX",
    })
    void should_infer_the_follow_up_kind_when_the_wording_says_it(String title, FollowUpKind kind) {
        // GIVEN a follow-up's wording WHEN its kind is inferred THEN it is the expected one
        assertThat(Wording.followUpKind(title)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Look into it", "Discuss with the team", "Migrate to the new cluster"})
    void should_infer_no_kind_when_the_wording_says_nothing(String title) {
        assertThat(Wording.followUpKind(title)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "Checkout error-rate alert fired, DETECTION",
        "Customers reported the status page unreachable, DETECTION",
        "SEV2 declared by priya, DECLARATION",
        "marco took command, ROLE_CHANGE",
        "Posted an update on the status page, COMMUNICATION",
        "Rolled back deploy 8812, MITIGATION",
        "Failed over to eu-west-2, MITIGATION",
        "Root cause identified in the rounding code, DIAGNOSIS",
        "Fix deployed (PR 4411), FIX",
        "Error rate back to baseline, VERIFICATION",
        "Incident resolved, RESOLUTION",
        "Coffee, NOTE",
    })
    void should_classify_a_timeline_row_when_the_wording_says_what_happened(String text, EntryKind kind) {
        assertThat(Wording.entryKind(text)).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Global healthd kill switch engaged; prefixes announced again from all 53 locations|MITIGATION",
                "Routes announced again from the backup site|NOTE",
                "Maintenance announced on the status page|COMMUNICATION",
                "Announced the outage to customers by e-mail|COMMUNICATION",
                "Slack announcement in #incidents|COMMUNICATION",
                "Feature flag turned off|MITIGATION",
                "Traffic drained from us-east-1|MITIGATION",
                "Failed over to the standby database|MITIGATION",
                "Load shedding enabled on the edge|MITIGATION",
                "Blocked the abusive client's IPs|MITIGATION",
                "Dev spots blocked queries in pg_stat_activity|NOTE",
                "Writes to orders start blocking|NOTE",
                "`pg_cancel_backend` on the migration → lock released|MITIGATION",
                "Incident declared resolved; kill switch left on|RESOLUTION",
                "Incident declared Major (S2)|DECLARATION",
                "Error rate at baseline; incident resolved and status page updated|RESOLUTION",
                "@mbernal joins as IMOC|ROLE_CHANGE",
                "Status page set to \"Investigating\" by Ines Moreau|COMMUNICATION",
                "Disk alert posted to `#search-alerts` (channel muted by most of the team)|DETECTION",
                "Alerts were posted to #ops-noise|DETECTION",
                "Update posted to #incidents for the support team|COMMUNICATION",
                "Statuspage incident posted: \"Webhook deliveries delayed\"|COMMUNICATION",
                "Runbook link posted|NOTE",
                "Consumers scaled from 24 to 48 pods.|MITIGATION",
                "checkout-api scaled from 120 to 180 replicas; error ratio increases from 28% to 39%|MITIGATION",
                "Email worker pool scaled (12 → 36)|MITIGATION",
                "Consumers scaled back from 48 to 24 pods|NOTE",
                "Scale-out of the consumer group complete|MITIGATION",
                "Two new data nodes added (9 → 11) and shards rebalanced|MITIGATION",
                "Added 4 more brokers to the cluster|MITIGATION",
                "Added logging to the hosts|NOTE",
                "`webhooks.slow-lane.enabled` turned on for the slow endpoint's site.|MITIGATION",
                "Feature flag `new-checkout` switched off|MITIGATION",
                "Turned on the kill switch for healthd withdrawals|MITIGATION",
                "Turned on debug logging|NOTE",
            })
    void should_classify_a_timeline_row_by_what_was_done_when_words_have_several_meanings(String text, EntryKind kind) {
        // GIVEN a row whose words could name a message, an impact or an action WHEN classified
        // THEN the row is what was done: announcing routes is not a message, blocked queries no mitigation
        assertThat(Wording.entryKind(text)).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "100% of traffic on eu-central-1; error rate back to baseline. **Mitigated.**|MITIGATION",
                "Read-only block removed; the retry queue starts draining. *Mitigated.*|MITIGATION",
                "Retry queue empty; freshness back to normal. *Resolved.*|RESOLUTION",
                "Checkout error ratio back to baseline (< 0.05%). **OUTAGE ENDS**|RESOLUTION",
                "Rollback complete in all regions; error ratio starts to fall. **MITIGATED**|MITIGATION",
                "Burn-rate alert pages the on-call. **DETECTION**|DETECTION",
                "5xx ratio begins rising. __Impact began__|DETECTION",
            })
    void should_take_the_stage_an_author_marked_in_emphasis_at_the_end_of_a_row(String text, EntryKind kind) {
        // GIVEN a row ending in an emphasised stage marker WHEN classified THEN the marker decides
        assertThat(Wording.entryKind(text)).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "**Detected** early, then rolled back|MITIGATION",
                "Posted *detected* on the status page for the EU|COMMUNICATION",
                "Status page updated: **Investigating**|COMMUNICATION"
            })
    void should_let_the_wording_decide_when_emphasis_is_no_closing_stage_marker(String text, EntryKind kind) {
        // GIVEN emphasis that does not end the row, or names no stage WHEN classified THEN the wording decides
        assertThat(Wording.entryKind(text)).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Be more careful",
                "Everyone should be more vigilant during deploys",
                "Pay closer attention to the dashboards",
                "Remind engineers about the freeze",
                "Double-check the config next time",
                "Triple check migrations",
                "Take extra care with DNS",
                "Try harder to follow the checklist",
                "Remember to run the migration tool",
                "Avoid making mistakes in manual steps",
                "Communicate better during incidents",
            })
    void should_flag_a_follow_up_as_vague_when_it_asks_people_to_try_harder(String title) {
        assertThat(Wording.vaguePhrase(title)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Add a pre-deploy check that DNS targets answer",
                "Alert when the backlog exceeds 10,000 events",
                "Make the careful path the default in the CLI"
            })
    void should_not_flag_a_follow_up_as_vague_when_it_changes_the_system(String title) {
        assertThat(Wording.vaguePhrase(title)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Human error",
                "Operator error during the migration",
                "Bob forgot to run the online schema tool",
                "@bob failed to check the lock warnings",
                "The engineer made a mistake in the config",
                "It was his fault",
                "Carelessness when editing DNS",
                "A fat-fingered command",
            })
    void should_flag_a_root_cause_when_it_blames_a_person(String cause) {
        assertThat(Wording.blamingPhrase(cause)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The migration tool allowed a locking ALTER on a hot table",
                "No test covered zero-decimal currencies",
                "The error from the system was swallowed by the retry loop",
                "Deploys did not check the error rate"
            })
    void should_not_flag_a_root_cause_when_it_is_about_the_system(String cause) {
        assertThat(Wording.blamingPhrase(cause)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Human error is never a root cause; we look for the conditions",
                "Operator error was not the cause: the tool accepted an empty list",
                "This was not human error but a default that allowed overlapping runs",
                "We looked beyond human error to the review tooling"
            })
    void should_not_flag_a_root_cause_when_it_denies_blaming_a_person(String cause) {
        // GIVEN a cause that names human error only to deny it WHEN checked THEN nothing is flagged
        assertThat(Wording.blamingPhrase(cause)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Human error is never a root cause. Here it was human error by the operator",
                "Not a tooling gap; the operator was careless",
                "It was human error"
            })
    void should_still_flag_a_root_cause_when_blame_stands_outside_the_denial(String cause) {
        // GIVEN a cause that denies once but blames elsewhere WHEN checked THEN the blame is flagged
        assertThat(Wording.blamingPhrase(cause)).isPresent();
    }

    @org.junit.jupiter.api.Test
    void should_not_report_a_contributing_factor_that_denies_human_error_as_blaming() {
        // GIVEN a contributing-factors section that says human error is never a root cause
        dev.incident.postmortem.PostmortemDocument document = dev.incident.postmortem.PostmortemMarkdown.parse("""
                # Outage

                ## Contributing factors
                - Human error is never a root cause; we look for the conditions
                - The job allowed overlapping runs
                """);
        // WHEN validated without a language checker THEN the root-cause rule finds no blame
        assertThat(document.postmortem().contributingFactors()).hasSize(2);
        assertThat(dev.incident.postmortem.CompletenessValidator.of(
                                dev.incident.postmortem.CompletenessProfile.DEFAULT, markdown -> java.util.List.of())
                        .validate(document)
                        .findings(dev.incident.postmortem.Rule.ROOT_CAUSE_BLAMES_PERSON))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Approximately 21,400 checkout attempts failed, affecting an estimated 9,800 unique customers.|9800",
                "~2,300 accounts had at least one failed request; 14 enterprise accounts opened tickets.|2300",
                "About 1.2 million users saw errors.|1200000",
                "3k merchants could not take payments.|3000",
                "12000 users|12000",
                "3 of our 9,800 customers saw errors, then 40 users more.|40",
                "All customers affected, all regions.|",
                "About 6,200 customer sites had a delayed webhook.|",
                "18% of users saw errors.|",
                "$38k in lost revenue from customers.|",
                "1.5 users on average|",
            })
    void should_read_the_users_affected_when_an_impact_text_counts_them(String text, Long expected) {
        // GIVEN an impact written in prose WHEN its users are counted THEN the first count of people is
        // read, with thousands separators and multipliers; shares, money, wholes and other nouns are not
        assertThat(Wording.usersAffected(text))
                .isEqualTo(expected == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "~184,000 failed push requests (counting blob uploads)|184000",
                "In total, about 3.1 billion queries failed or timed out.|3100000000",
                "~1.9 million.|",
                "9,800 customers|",
            })
    void should_read_the_requests_affected_when_an_impact_text_counts_them(String text, Long expected) {
        assertThat(Wording.requestsAffected(text))
                .isEqualTo(expected == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Checkout 5xx ratio begins rising. **OUTAGE BEGINS**|true|false",
                "healthd withdraws prefixes. Impact begins.|true|false",
                "Checkout error ratio back to baseline. **OUTAGE ENDS**|false|true",
                "Query success rate back to normal. Impact ends.|false|true",
                "Alert pages the on-call.|false|false",
                "Incident resolved.|false|false",
            })
    void should_tell_rows_that_bound_the_impact_from_rows_that_detect_or_resolve(
            String text, boolean started, boolean ended) {
        assertThat(Wording.saysImpactStarted(text)).isEqualTo(started);
        assertThat(Wording.saysImpactEnded(text)).isEqualTo(ended);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "**Duration:** 26 min|PT26M",
                "- **Duration:** about 4 h 42 min of stale search results (07:48–12:30).|PT4H42M",
                "- **Duration:** 09:03–10:41 UTC (1 h 38 min); elevated errors mostly before 10:29 UTC.|PT1H38M",
                "Duration: 1h 12m|PT1H12M",
                "Impact duration: 12:05–12:31 ET|PT26M",
                "Downtime: 23:50–00:20|PT30M",
                "For 4 hours 35 minutes, webhook deliveries were delayed.|PT4H35M",
                "For 4 hours 35 minutes between 22:40 UTC and 03:15 UTC, webhooks were delayed.|PT4H35M",
                "The outage lasted 41 minutes.|PT41M",
                "It lasted about 2 hours.|PT2H",
                "The resolver stopped answering queries in 41 of our 53 locations for 35 minutes.|PT35M",
                "- **26 min** full outage of checkout (web + iOS + Android)|PT26M",
                "4. **Minutes downtime or degradation:** 77 minutes of customer impact (02:17–03:34 UTC)|PT1H17M",
                "About 3.1 billion queries failed or timed out during the 35 minutes.|PT35M",
                "Checkout was down. It was then degraded for 1.5 hours.|PT1H30M",
            })
    void should_read_the_duration_an_impact_or_summary_text_states(String text, java.time.Duration expected) {
        // GIVEN a duration field, or prose that says how long the incident lasted WHEN read
        // THEN it is the duration stated
        assertThat(Wording.statedDuration(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The retry waits 5 minutes before the next attempt.",
                "Time to detection: 14 minutes",
                "The longest delay was 4 hours 10 minutes.",
                "We rolled back within 20 minutes of the page.",
                "The cache TTL is 20 minutes, and the job runs every 30 minutes.",
                "4.1 M messages were delayed.",
                "Duration: unknown",
                "Backlog peaked for a while, and we waited for 5 minutes before rolling back.",
            })
    void should_read_no_duration_when_a_text_only_mentions_one(String text) {
        // GIVEN durations that are not how long the incident lasted WHEN read THEN none is taken
        assertThat(Wording.statedDuration(text)).isEmpty();
    }
}
