package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incident.event.IncidentClosed;
import dev.incident.event.PostmortemCompleted;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Lifecycle;
import dev.incident.lifecycle.Phase;
import dev.incident.lifecycle.RejectionReason;
import dev.incident.timeline.EntryKind;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PostmortemDraftTest {

    @Test
    void should_fill_in_what_the_incident_knows_when_drafting() {
        // GIVEN the lesson's resolved incident
        Incident incident = Incidents.resolvedCheckoutIncident();
        // WHEN a postmortem is drafted from it
        Postmortem draft = Postmortem.draftFrom(incident).build();
        // THEN the facts come from the incident, and people's parts are left empty
        assertThat(draft.title()).isEqualTo("Checkout errors after deploy 8812");
        assertThat(draft.incidentReference()).contains("INC-42");
        assertThat(draft.status()).isEqualTo(PostmortemStatus.DRAFT);
        assertThat(draft.date()).contains(LocalDate.of(2026, 3, 4));
        PostmortemImpact impact = draft.impact().orElseThrow();
        assertThat(impact.startedAt()).contains(Incidents.at(0));
        assertThat(impact.mitigatedAt()).contains(Incidents.at(18));
        assertThat(impact.resolvedAt()).contains(Incidents.at(151));
        assertThat(impact.duration()).contains(Duration.ofMinutes(18));
        assertThat(impact.affectedServices()).containsExactly("checkout");
        assertThat(impact.usersAffected()).hasValue(12_000);
        assertThat(draft.trigger()).hasValueSatisfying(text -> assertThat(text).contains("Deploy 8812", "8812"));
        assertThat(draft.detection())
                .hasValueSatisfying(text -> assertThat(text).contains("3 minutes after"));
        assertThat(draft.rootCauses()).singleElement().asString().contains("price-rounding");
        assertThat(draft.contributingFactors()).containsExactly("the canary stage checked latency, not error rate");
        assertThat(draft.resolution())
                .hasValueSatisfying(text -> assertThat(text).contains("rollback", "PR 4411"));
        assertThat(draft.summary()).isEmpty();
        assertThat(draft.followUps()).isEmpty();
        assertThat(draft.timeline())
                .extracting(TimelineRow::kind)
                .contains(
                        EntryKind.DETECTION,
                        EntryKind.DECLARATION,
                        EntryKind.MITIGATION,
                        EntryKind.FIX,
                        EntryKind.VERIFICATION,
                        EntryKind.RESOLUTION);
        assertThat(draft.timeline())
                .allSatisfy(row -> assertThat(row.kindInferred()).isFalse());
        assertThat(draft.timeline())
                .extracting(row -> row.instant().orElseThrow())
                .isSorted();
    }

    @Test
    void should_ask_for_summary_and_follow_ups_only_when_validating_a_fresh_draft() {
        // GIVEN a fresh draft WHEN validated against the default profile
        CompletenessReport report = CompletenessValidator.of(CompletenessProfile.DEFAULT)
                .validate(Postmortem.draftFrom(Incidents.resolvedCheckoutIncident())
                        .build());
        // THEN only what people must write is missing: the timeline and impact are already complete
        assertThat(report.errors())
                .extracting(Finding::ruleId)
                .containsExactly("section-missing", "section-missing", "no-follow-ups", "no-recurrence-prevention");
        assertThat(report.errors())
                .extracting(finding -> finding.section().orElseThrow())
                .containsExactly(Section.SUMMARY, Section.FOLLOW_UPS, Section.FOLLOW_UPS, Section.FOLLOW_UPS);
    }

    @Test
    void should_let_a_serious_incident_close_when_its_published_postmortem_completes_it() {
        // GIVEN a resolved SEV2 incident, which the default policy will not close without a postmortem
        Lifecycle lifecycle = Lifecycle.withDefaults();
        Incident incident = Incidents.resolvedCheckoutIncident();
        assertThat(lifecycle
                        .tryApply(incident, new IncidentClosed(Incidents.at(200)))
                        .rejection())
                .hasValueSatisfying(rejection -> assertThat(rejection.reason()).isNotNull());
        // AND a completed, published postmortem
        Postmortem postmortem = PostmortemGenerators.complete(Postmortem.draftFrom(incident), LocalDate.of(2026, 3, 4))
                .status(PostmortemStatus.PUBLISHED)
                .location("https://docs.example/postmortems/INC-42")
                .build();
        assertThat(CompletenessValidator.of(CompletenessProfile.DEFAULT)
                        .validate(postmortem)
                        .isComplete())
                .isTrue();
        // WHEN its completion event is applied
        PostmortemCompleted completed = postmortem.completionEvent(Incidents.at(190));
        Incident reviewed = lifecycle.apply(incident, completed);
        // THEN the incident points at it and can be closed
        assertThat(completed.reference()).isEqualTo("https://docs.example/postmortems/INC-42");
        assertThat(reviewed.postmortem()).contains(completed);
        assertThat(lifecycle
                        .apply(reviewed, new IncidentClosed(Incidents.at(200)))
                        .phase())
                .isEqualTo(Phase.CLOSED);
    }

    @Test
    void should_refuse_a_completion_event_when_the_postmortem_is_not_published() {
        // GIVEN a draft WHEN asked for its completion event THEN it refuses, saying why
        Postmortem draft =
                Postmortem.draftFrom(Incidents.resolvedCheckoutIncident()).build();
        assertThatThrownBy(() -> draft.completionEvent(Incidents.at(190)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("published")
                .hasMessageContaining("DRAFT");
        // AND a published one without a location points at the incident and title
        Postmortem published = Postmortem.builder()
                .from(draft)
                .status(PostmortemStatus.PUBLISHED)
                .build();
        assertThat(published.completionEvent(Incidents.at(190)).reference())
                .isEqualTo("INC-42: postmortem \"Checkout errors after deploy 8812\"");
        assertThat(RejectionReason.values()).isNotEmpty();
    }

    @Test
    void should_render_the_draft_with_a_timeline_table_and_a_gantt_chart() {
        // GIVEN a draft WHEN rendered
        String markdown = PostmortemMarkdown.render(
                Postmortem.draftFrom(Incidents.resolvedCheckoutIncident()).build());
        // THEN it has the timeline table and a Mermaid gantt of the impact window
        assertThat(markdown)
                .contains("| Time (UTC) | Kind | Event |")
                .contains("| 2026-03-04 14:14 | mitigation | Mitigation (rollback): rolled back deploy 8812 |")
                .contains("```mermaid\ngantt\n")
                .contains("User impact until mitigated :crit, impact, 2026-03-04 14:00:00, 2026-03-04 14:18:00")
                .contains("Mitigated until resolved :active, recovery, 2026-03-04 14:18:00, 2026-03-04 16:31:00");
    }
}
