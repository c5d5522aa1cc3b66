package dev.incident.timeline;

import static dev.incident.testing.Incidents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incident.event.EventType;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Phase;
import dev.incident.model.Participant;
import dev.incident.model.PublicStatus;
import dev.incident.model.Severity;
import dev.incident.testing.Golden;
import dev.incident.testing.Incidents;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final ExternalEntry ALERT =
            ExternalEntry.of("pagerduty", at(3), "Alert fired: checkout 5xx rate above 5%");
    private static final ExternalEntry DEPLOY = ExternalEntry.builder()
            .source("deploys")
            .at(at(-2))
            .text("deploy 8812 of checkout")
            .link("https://deploys.example/8812")
            .kind(EntryKind.NOTE)
            .build();
    private static final ExternalEntry CHAT =
            ExternalEntry.of("slack", at(13), "marco: rolling back 8812 now | no diagnosis needed");

    @Test
    void should_derive_one_entry_per_event_plus_detection_and_impact_start_when_built_from_incident() {
        // GIVEN
        Incident incident = Incidents.lesson();

        // WHEN
        Timeline timeline = Timeline.of(incident);

        // THEN
        assertThat(timeline.entries()).hasSize(incident.events().size() + 2);
        assertThat(timeline.entries()).allMatch(e -> e.source().equals(Timeline.INCIDENT_SOURCE));
        assertThat(timeline.entries().get(0).text()).isEqualTo("User impact started");
        assertThat(timeline.entries().get(0).keyMoments()).containsExactly(KeyMoment.IMPACT_STARTED);
        assertThat(timeline.entries().get(1).text()).isEqualTo("Problem detected");
        assertThat(timeline.entries().get(2).kind()).isEqualTo(EntryKind.DECLARATION);
        assertThat(timeline.entries()).extracting(TimelineEntry::at).isSorted();
    }

    @Test
    void should_classify_every_event_type_when_deriving_entries() {
        // GIVEN every event type
        // WHEN / THEN
        assertThat(Timeline.kindOf(EventType.DECLARED)).isEqualTo(EntryKind.DECLARATION);
        assertThat(Timeline.kindOf(EventType.COMMAND_HANDED_OVER)).isEqualTo(EntryKind.ROLE_CHANGE);
        assertThat(Timeline.kindOf(EventType.ROLE_ASSIGNED)).isEqualTo(EntryKind.ROLE_CHANGE);
        assertThat(Timeline.kindOf(EventType.STATUS_UPDATE_POSTED)).isEqualTo(EntryKind.COMMUNICATION);
        assertThat(Timeline.kindOf(EventType.MITIGATION_APPLIED)).isEqualTo(EntryKind.MITIGATION);
        assertThat(Timeline.kindOf(EventType.IMPACT_MITIGATED)).isEqualTo(EntryKind.MITIGATION);
        assertThat(Timeline.kindOf(EventType.TRIGGER_IDENTIFIED)).isEqualTo(EntryKind.DIAGNOSIS);
        assertThat(Timeline.kindOf(EventType.ROOT_CAUSE_IDENTIFIED)).isEqualTo(EntryKind.DIAGNOSIS);
        assertThat(Timeline.kindOf(EventType.FIX_APPLIED)).isEqualTo(EntryKind.FIX);
        assertThat(Timeline.kindOf(EventType.RECOVERY_VERIFIED)).isEqualTo(EntryKind.VERIFICATION);
        assertThat(Timeline.kindOf(EventType.RESOLVED)).isEqualTo(EntryKind.RESOLUTION);
        assertThat(Timeline.kindOf(EventType.CLOSED)).isEqualTo(EntryKind.RESOLUTION);
        assertThat(Timeline.kindOf(EventType.REOPENED)).isEqualTo(EntryKind.DETECTION);
        assertThat(Timeline.kindOf(EventType.NOTE_ADDED)).isEqualTo(EntryKind.NOTE);
        for (EventType type : EventType.values()) {
            assertThat(Timeline.kindOf(type)).isNotNull();
        }
    }

    @Test
    void should_classify_external_entries_from_their_wording_when_no_kind_is_given() {
        assertThat(ALERT.kind()).isEqualTo(EntryKind.DETECTION);
        assertThat(CHAT.kind()).isEqualTo(EntryKind.MITIGATION);
        assertThat(ExternalEntry.of("s", at(0), "Posted on the status page").kind())
                .isEqualTo(EntryKind.COMMUNICATION);
        assertThat(ExternalEntry.of("s", at(0), "Error rate back to baseline").kind())
                .isEqualTo(EntryKind.VERIFICATION);
        assertThat(ExternalEntry.of("s", at(0), "Hotfix 4411 deployed").kind()).isEqualTo(EntryKind.FIX);
        assertThat(ExternalEntry.of("s", at(0), "Found the root cause in rounding")
                        .kind())
                .isEqualTo(EntryKind.DIAGNOSIS);
        assertThat(ExternalEntry.of("s", at(0), "Incident declared in #inc-42").kind())
                .isEqualTo(EntryKind.DECLARATION);
        assertThat(ExternalEntry.of("s", at(0), "aiko is the new commander").kind())
                .isEqualTo(EntryKind.ROLE_CHANGE);
        assertThat(ExternalEntry.of("s", at(0), "lunch").kind()).isEqualTo(EntryKind.NOTE);
        assertThat(DEPLOY.kind()).isEqualTo(EntryKind.NOTE);
    }

    @Test
    void should_order_ties_incident_first_then_by_source_and_text_when_times_are_equal() {
        // GIVEN external entries at the declaration time, given in reverse order
        ExternalEntry b = ExternalEntry.of("slack", at(5), "b");
        ExternalEntry a = ExternalEntry.of("slack", at(5), "a");
        ExternalEntry z = ExternalEntry.of("alerts", at(5), "z");

        // WHEN
        Timeline timeline = Timeline.of(Incidents.lesson(), List.of(b, a, z));

        // THEN
        List<TimelineEntry> atFive =
                timeline.entries().stream().filter(e -> e.at().equals(at(5))).toList();
        assertThat(atFive)
                .extracting(TimelineEntry::text)
                .containsExactly("Incident declared (SEV2) by priya: Checkout errors after deploy 8812", "z", "a", "b");
    }

    @Test
    void should_drop_exact_duplicates_when_merging_the_same_entries_again() {
        // GIVEN
        Timeline once = Timeline.of(Incidents.lesson(), List.of(ALERT, DEPLOY, CHAT));
        ExternalEntry sameKeyOtherLink = ExternalEntry.builder()
                .from(ALERT)
                .link("https://pagerduty.example/1")
                .build();

        // WHEN
        Timeline twice = once.merge(List.of(CHAT, ALERT, DEPLOY, sameKeyOtherLink));

        // THEN the entry with a link is kept, whatever the order
        assertThat(twice.externalEntries()).containsExactly(sameKeyOtherLink, DEPLOY, CHAT);
        assertThat(twice.entries()).hasSameSizeAs(once.entries());
        assertThat(twice.merge(List.of(ALERT, CHAT))).isEqualTo(twice);
        assertThat(Timeline.of(Incidents.lesson(), List.of(sameKeyOtherLink, ALERT, DEPLOY, CHAT)))
                .isEqualTo(twice);
    }

    @Test
    void should_keep_the_original_when_an_entry_is_corrected() {
        // GIVEN
        Timeline timeline = Timeline.of(Incidents.lesson(), List.of(ALERT));
        Correction correction = Correction.builder()
                .target(ALERT.key())
                .correctedAt(at(1))
                .reason("the bot posted the alert late")
                .author(Participant.of("aiko"))
                .recordedAt(at(300))
                .build();

        // WHEN
        Timeline corrected = timeline.withCorrection(correction);

        // THEN
        TimelineEntry entry = corrected.entries().stream()
                .filter(e -> e.source().equals("pagerduty"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.at()).isEqualTo(at(1));
        assertThat(entry.key().at()).isEqualTo(at(3));
        assertThat(entry.corrections()).containsExactly(correction);
        assertThat(entry.phase()).as("before the declaration").isEmpty();
        assertThat(corrected.unappliedCorrections()).isEmpty();
        assertThat(timeline.entries()).noneMatch(TimelineEntry::isCorrected);
    }

    @Test
    void should_use_corrected_times_for_key_moments_when_a_derived_entry_is_corrected() {
        // GIVEN
        Timeline timeline = Timeline.of(Incidents.lesson());
        TimelineEntry detected = timeline.entries().stream()
                .filter(e -> e.keyMoments().contains(KeyMoment.DETECTED))
                .findFirst()
                .orElseThrow();

        // WHEN
        Timeline corrected = timeline.withCorrection(Correction.builder()
                .target(detected.key())
                .correctedAt(at(2))
                .correctedText("Checkout alert fired")
                .reason("the alert history shows 14:02")
                .author(Participant.of("priya"))
                .recordedAt(at(400))
                .build());

        // THEN
        assertThat(corrected.keyMoments().detected()).contains(at(2));
        assertThat(corrected.durations().timeToDetect()).contains(java.time.Duration.ofMinutes(2));
        assertThat(Timeline.of(Incidents.lesson()).durations().timeToDetect())
                .contains(java.time.Duration.ofMinutes(3));
    }

    @Test
    void should_report_unapplied_corrections_when_the_target_matches_no_entry() {
        // GIVEN
        Correction orphan = Correction.builder()
                .target(new EntryKey("slack", at(99), "never said"))
                .correctedText("said")
                .reason("typo")
                .author(Participant.of("aiko"))
                .recordedAt(at(100))
                .build();

        // WHEN
        Timeline timeline = Timeline.of(Incidents.lesson()).withCorrection(orphan);

        // THEN
        assertThat(timeline.unappliedCorrections()).containsExactly(orphan);
        assertThat(timeline.entries()).noneMatch(TimelineEntry::isCorrected);
    }

    @Test
    void should_reject_a_correction_that_changes_nothing() {
        assertThatThrownBy(() -> Correction.builder()
                        .target(ALERT.key())
                        .reason("nothing")
                        .author(Participant.of("aiko"))
                        .recordedAt(at(1))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("corrected time, a corrected text or both");
    }

    @Test
    void should_give_each_external_entry_the_phase_at_its_time() {
        // GIVEN
        Timeline timeline = Timeline.of(Incidents.lesson(), List.of(ALERT, CHAT, DEPLOY));

        // WHEN
        TimelineEntry chat = timeline.entries().stream()
                .filter(e -> e.source().equals("slack"))
                .findFirst()
                .orElseThrow();
        TimelineEntry deploy = timeline.entries().stream()
                .filter(e -> e.source().equals("deploys"))
                .findFirst()
                .orElseThrow();

        // THEN
        assertThat(chat.phase()).contains(Phase.DECLARED);
        assertThat(deploy.phase()).isEmpty();
    }

    @Test
    void should_render_the_lesson_as_markdown_mermaid_and_plain_text_when_zone_is_utc() {
        // GIVEN
        Timeline timeline = Timeline.of(Incidents.lesson(), List.of(ALERT, DEPLOY, CHAT))
                .withCorrection(Correction.builder()
                        .target(ALERT.key())
                        .correctedAt(at(2))
                        .reason("the bot posted it late")
                        .author(Participant.of("aiko"))
                        .recordedAt(at(300))
                        .build());

        // WHEN / THEN
        Golden.assertMatches(timeline.toMarkdown(ZoneOffset.UTC), "timeline/lesson-utc.md");
        Golden.assertMatches(timeline.toMermaid(ZoneOffset.UTC), "timeline/lesson-utc.mmd");
        Golden.assertMatches(timeline.toPlainText(ZoneOffset.UTC), "timeline/lesson-utc.txt");
    }

    @Test
    void should_render_local_times_when_another_zone_is_chosen() {
        // GIVEN
        Timeline timeline = Timeline.of(Incidents.lesson());

        // WHEN
        String markdown = timeline.toMarkdown(ZoneId.of("Europe/Paris"));
        String mermaid = timeline.toMermaid(ZoneId.of("Asia/Kolkata"));

        // THEN
        assertThat(markdown).startsWith("| time (Europe/Paris) |").contains("| 2026-03-04 15:05 | declared |");
        assertThat(mermaid).contains("(Asia/Kolkata)").contains("milestone, declared, 2026-03-04 19:35:00, 0m");
    }

    @Test
    void should_show_an_ongoing_impact_bar_when_the_impact_is_not_mitigated() {
        // GIVEN
        Incident incident = Incidents.scenario("INC-7", Severity.SEV1)
                .declaredAt(10)
                .commander("marco", 11)
                .impact(0, true, 12, "search")
                .publicUpdate(PublicStatus.INVESTIGATING, 25)
                .build();

        // WHEN
        String mermaid = Timeline.of(incident).toMermaid(ZoneOffset.UTC);

        // THEN
        assertThat(mermaid)
                .contains("User impact (ongoing) :crit, impact, 2026-03-04 14:00:00, 25m")
                .doesNotContain("Time to mitigate");
    }

    @Test
    void should_escape_pipes_and_line_breaks_when_rendering_markdown() {
        // GIVEN
        Timeline timeline = Timeline.of(
                Incidents.scenario("INC-8", Severity.SEV3).build(),
                List.of(ExternalEntry.of("slack", at(1), "a | b\nc")));

        // WHEN
        String markdown = timeline.toMarkdown(ZoneOffset.UTC);

        // THEN
        assertThat(markdown).contains("| a \\| b c |");
    }
}
