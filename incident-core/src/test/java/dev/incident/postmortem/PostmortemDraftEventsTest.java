package dev.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.incident.event.CommandHandedOver;
import dev.incident.event.CommanderAssigned;
import dev.incident.event.ImpactAssessed;
import dev.incident.event.ImpactMitigated;
import dev.incident.event.IncidentCancelled;
import dev.incident.event.IncidentClosed;
import dev.incident.event.IncidentDeclared;
import dev.incident.event.IncidentReopened;
import dev.incident.event.IncidentResolved;
import dev.incident.event.MergedAsDuplicate;
import dev.incident.event.MitigationApplied;
import dev.incident.event.MitigationStarted;
import dev.incident.event.NoteAdded;
import dev.incident.event.PostmortemCompleted;
import dev.incident.event.ReviewStarted;
import dev.incident.event.RoleAssigned;
import dev.incident.event.RoleReleased;
import dev.incident.event.SeverityChanged;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Lifecycle;
import dev.incident.lifecycle.LifecyclePolicy;
import dev.incident.model.Impact;
import dev.incident.model.IncidentId;
import dev.incident.model.Mitigation;
import dev.incident.model.MitigationKind;
import dev.incident.model.Participant;
import dev.incident.model.Role;
import dev.incident.model.Severity;
import dev.incident.timeline.EntryKind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drafts from incidents whose histories hold the events the lesson's incident does not. */
class PostmortemDraftEventsTest {
    /** A lenient lifecycle: these drafts are about the rows each event gives, not the response's rules. */
    private static final Lifecycle LIFECYCLE = Lifecycle.builder()
            .policy(LifecyclePolicy.builder()
                    .requireImpactStoppingMitigation(false)
                    .requireFix(false)
                    .requireVerifiedRecovery(false)
                    .build())
            .build();

    private static final Participant KIM = Participant.of("kim");

    private static Incident declared(String id) {
        return LIFECYCLE.declare(new IncidentDeclared(
                IncidentId.of(id), "Search is slow", Severity.SEV3, Participant.of("priya"), Incidents.at(0)));
    }

    @Test
    void should_turn_every_event_into_a_timeline_row_when_the_incident_was_reopened_and_closed() {
        // GIVEN an incident with hand-overs, roles, a reopening and a review
        Incident incident = declared("INC-7");
        for (var event : List.of(
                new CommanderAssigned(Participant.of("marco"), Incidents.at(1)),
                new CommandHandedOver(Participant.of("marco"), KIM, Incidents.at(2)),
                new RoleAssigned(Participant.of("aiko"), Role.SCRIBE, Incidents.at(3)),
                new RoleReleased(Participant.of("aiko"), Role.SCRIBE, Incidents.at(4)),
                new SeverityChanged(Severity.SEV2, "more regions affected", Incidents.at(5)),
                new ImpactAssessed(
                        Impact.builder()
                                .addAffectedService("search")
                                .startedAt(Incidents.at(3))
                                .scope("search is slow.")
                                .addRegionsAffected("eu-west-1", "us-east-1")
                                .build(),
                        Incidents.at(6)),
                new MitigationStarted(KIM, Incidents.at(7)),
                new NoteAdded(KIM, "Dashboards lag by a minute", Incidents.at(8)),
                new MitigationApplied(Mitigation.builder()
                        .kind(MitigationKind.FEATURE_FLAG_OFF)
                        .description("turned the new ranking off")
                        .at(Incidents.at(9))
                        .stoppedImpact(true)
                        .build()),
                new ImpactMitigated("cache warmed", Incidents.at(10)),
                new IncidentResolved("latency normal", Incidents.at(20)),
                new IncidentReopened("latency came back", Incidents.at(30)),
                new ImpactMitigated("cache resized", Incidents.at(35)),
                new IncidentResolved("latency normal again", Incidents.at(40)),
                new ReviewStarted(Incidents.at(50)),
                new PostmortemCompleted("https://docs.example/INC-7", Incidents.at(60)),
                new IncidentClosed(Incidents.at(70)))) {
            incident = LIFECYCLE.apply(incident, event);
        }
        // WHEN drafted
        Postmortem draft = Postmortem.draftFrom(incident).build();
        // THEN each event is a row of its kind, in time order
        assertThat(draft.timeline())
                .extracting(TimelineRow::kind, TimelineRow::text)
                .containsExactly(
                        tuple(EntryKind.DECLARATION, "Incident declared as SEV3 by priya: Search is slow"),
                        tuple(EntryKind.ROLE_CHANGE, "marco took command"),
                        tuple(EntryKind.ROLE_CHANGE, "marco handed command over to kim"),
                        tuple(EntryKind.ROLE_CHANGE, "aiko took the role scribe"),
                        tuple(EntryKind.ROLE_CHANGE, "aiko left the role scribe"),
                        tuple(EntryKind.NOTE, "Severity set to SEV2: more regions affected"),
                        tuple(EntryKind.NOTE, "Impact assessed: search is slow."),
                        tuple(EntryKind.MITIGATION, "kim started the response"),
                        tuple(EntryKind.NOTE, "kim: Dashboards lag by a minute"),
                        tuple(EntryKind.MITIGATION, "Mitigation (feature flag off): turned the new ranking off"),
                        tuple(EntryKind.MITIGATION, "Impact stopped: cache warmed"),
                        tuple(EntryKind.RESOLUTION, "Incident resolved: latency normal"),
                        tuple(EntryKind.DETECTION, "Incident reopened: latency came back"),
                        tuple(EntryKind.MITIGATION, "Impact stopped: cache resized"),
                        tuple(EntryKind.RESOLUTION, "Incident resolved: latency normal again"),
                        tuple(EntryKind.NOTE, "Postmortem review started"),
                        tuple(EntryKind.NOTE, "Postmortem completed: https://docs.example/INC-7"),
                        tuple(EntryKind.RESOLUTION, "Incident closed"));
        // AND the impact window ends at the last mitigation and resolution, not the first
        PostmortemImpact impact = draft.impact().orElseThrow();
        assertThat(impact.startedAt()).contains(Incidents.at(0));
        assertThat(impact.mitigatedAt()).contains(Incidents.at(35));
        assertThat(impact.resolvedAt()).contains(Incidents.at(40));
        assertThat(impact.duration()).contains(Duration.ofMinutes(35));
        assertThat(impact.description())
                .isEqualTo(
                        "Search is slow. Regions affected: eu-west-1, us-east-1. The impact was internal. Users were affected for"
                                + " 35 minutes, from 2026-03-04 14:00 UTC to 2026-03-04 14:35 UTC.");
        // AND detection at the declaration is not "after the impact started"; both resolutions are listed
        assertThat(draft.detection())
                .hasValue("Detected at 2026-03-04 14:00 UTC; declared at 2026-03-04 14:00 UTC by priya as SEV3.");
        assertThat(draft.resolution())
                .hasValue("- 2026-03-04 14:09 UTC: feature flag off, turned the new ranking off (stopped the impact)\n"
                        + "- 2026-03-04 14:20 UTC: resolved, latency normal\n"
                        + "- 2026-03-04 14:40 UTC: resolved, latency normal again");
        assertThat(draft.trigger()).isEmpty();
        assertThat(draft.rootCauses()).isEmpty();
        assertThat(draft.date()).contains(LocalDate.of(2026, 3, 4));
    }

    @Test
    void should_end_the_timeline_with_a_resolution_row_when_the_incident_was_cancelled_or_merged() {
        // GIVEN a cancelled incident and a duplicate
        Incident cancelled = LIFECYCLE.apply(declared("INC-8"), new IncidentCancelled("false alarm", Incidents.at(1)));
        Incident merged =
                LIFECYCLE.apply(declared("INC-9"), new MergedAsDuplicate(IncidentId.of("INC-1"), Incidents.at(2)));
        // WHEN drafted THEN the last row says how it ended, and there is no impact window or resolution
        Postmortem cancelledDraft = Postmortem.draftFrom(cancelled).build();
        assertThat(cancelledDraft.timeline()).last().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(EntryKind.RESOLUTION);
            assertThat(row.text()).isEqualTo("Incident cancelled: false alarm");
        });
        assertThat(cancelledDraft.impact().orElseThrow().duration()).isEmpty();
        assertThat(cancelledDraft.impact().orElseThrow().description()).isEmpty();
        assertThat(cancelledDraft.resolution()).isEmpty();
        assertThat(Postmortem.draftFrom(merged).build().timeline()).last().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(EntryKind.RESOLUTION);
            assertThat(row.text()).isEqualTo("Merged as a duplicate of INC-1");
        });
    }

    @Test
    void should_write_the_trigger_resolution_and_rows_word_for_word_when_drafting_the_lesson() {
        // GIVEN the lesson's incident WHEN drafted
        Postmortem draft =
                Postmortem.draftFrom(Incidents.resolvedCheckoutIncident()).build();
        // THEN the texts are those of its events
        assertThat(draft.trigger()).hasValue("Deploy 8812 of the checkout service at 13:58. (deploy, 8812)");
        assertThat(draft.resolution())
                .hasValue("- 2026-03-04 14:14 UTC: rollback, rolled back deploy 8812 (stopped the impact)\n"
                        + "- 2026-03-04 16:00 UTC: fix, handle zero-decimal currencies; add tests (PR 4411)\n"
                        + "- 2026-03-04 16:30 UTC: recovery verified, error rate at baseline for 30 minutes,"
                        + " including JPY orders\n"
                        + "- 2026-03-04 16:31 UTC: resolved, fix deployed and recovery verified");
        assertThat(draft.impact().orElseThrow().description())
                .isEqualTo("About 8% of checkout requests fail with HTTP 500. Users could see the impact. Users were"
                        + " affected for 18 minutes, from 2026-03-04 14:00 UTC to 2026-03-04 14:18 UTC.");
        assertThat(draft.timeline())
                .extracting(TimelineRow::text)
                .startsWith("User impact started", "Problem detected")
                .contains(
                        "Impact assessed: about 8% of checkout requests fail with HTTP 500",
                        "Fix applied: handle zero-decimal currencies; add tests (PR 4411)");
    }
}
