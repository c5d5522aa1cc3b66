package dev.incident.examples;

import dev.incident.comms.CommunicationPolicy;
import dev.incident.comms.StatusHistory;
import dev.incident.event.CommanderAssigned;
import dev.incident.event.FixApplied;
import dev.incident.event.ImpactAssessed;
import dev.incident.event.ImpactMitigated;
import dev.incident.event.IncidentClosed;
import dev.incident.event.IncidentDeclared;
import dev.incident.event.IncidentEvent;
import dev.incident.event.IncidentResolved;
import dev.incident.event.MitigationApplied;
import dev.incident.event.RecoveryVerified;
import dev.incident.event.ReviewStarted;
import dev.incident.event.RootCauseIdentified;
import dev.incident.event.StatusUpdatePosted;
import dev.incident.event.TriggerIdentified;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Lifecycle;
import dev.incident.lifecycle.Outcome;
import dev.incident.model.Audience;
import dev.incident.model.Fix;
import dev.incident.model.Impact;
import dev.incident.model.IncidentId;
import dev.incident.model.Mitigation;
import dev.incident.model.MitigationKind;
import dev.incident.model.Participant;
import dev.incident.model.PublicStatus;
import dev.incident.model.RecoveryVerification;
import dev.incident.model.RootCause;
import dev.incident.model.Severity;
import dev.incident.model.StatusUpdate;
import dev.incident.model.Trigger;
import dev.incident.model.TriggerKind;
import dev.incident.postmortem.CompletenessProfile;
import dev.incident.postmortem.CompletenessReport;
import dev.incident.postmortem.CompletenessValidator;
import dev.incident.postmortem.FollowUp;
import dev.incident.postmortem.Postmortem;
import dev.incident.postmortem.PostmortemMarkdown;
import dev.incident.postmortem.PostmortemStatus;
import dev.incident.timeline.Durations;
import dev.incident.timeline.EntryKind;
import dev.incident.timeline.ExternalEntry;
import dev.incident.timeline.Measure;
import dev.incident.timeline.Timeline;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lesson's scenario, end to end: a deploy raises errors; the incident is declared; a commander
 * coordinates; the deploy is rolled back, which stops the impact before anyone knows the root
 * cause; with the pressure off the cause is found, the real fix applied and recovery verified.
 *
 * <p>Run it with README command 1 ({@code incident demo}), or {@code java
 * dev.incident.examples.Walkthrough}.
 */
public final class Walkthrough {
    static final Instant T0 = Instant.parse("2026-03-04T14:00:00Z");

    private final PrintWriter out;
    private final Lifecycle lifecycle;

    Walkthrough(PrintWriter out, Lifecycle lifecycle) {
        this.out = out;
        this.lifecycle = lifecycle;
    }

    /**
     * Runs the walkthrough, printing to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        play(out);
        out.flush();
    }

    /**
     * Plays the scenario with the default lifecycle, printing each step; {@code incident demo} calls
     * this.
     *
     * @param out where the steps are printed (not closed)
     * @return the closed incident
     */
    public static Incident play(PrintWriter out) {
        return new Walkthrough(out, Lifecycle.withDefaults()).run();
    }

    /** Plays the scenario and returns the closed incident. */
    Incident run() {
        Participant oncall = Participant.of("priya");
        Participant commander = Participant.of("marco");
        Participant comms = Participant.of("aiko");

        out.println("== The lesson's incident, step by step ==");
        Incident incident = lifecycle.declare(new IncidentDeclared(
                IncidentId.of("INC-42"),
                "Checkout errors after deploy 8812",
                Severity.SEV2,
                oncall,
                Optional.of(at(3)),
                at(5)));
        print("declared (SEV2) after the error-rate alert fired", incident);

        incident = step(
                incident, new CommanderAssigned(commander, at(6)), "marco takes command (coordinates, does not fix)");
        incident = step(
                incident,
                new ImpactAssessed(
                        Impact.builder()
                                .startedAt(at(0))
                                .addAffectedService("checkout")
                                .userFacing(true)
                                .scope("about 8% of checkout requests fail with HTTP 500")
                                .requestsAffected(41_200)
                                .build(),
                        at(7)),
                "impact assessed: user-facing, checkout");
        incident = step(
                incident,
                update(PublicStatus.INVESTIGATING, "We are investigating checkout errors.", comms, 8),
                "status: investigating");
        incident = step(
                incident,
                new TriggerIdentified(
                        Trigger.builder()
                                .kind(TriggerKind.DEPLOY)
                                .description("deploy 8812 of the checkout service at 13:58")
                                .reference("8812")
                                .build(),
                        at(12)),
                "the recent deploy is identified as the trigger");
        incident = step(
                incident,
                new MitigationApplied(Mitigation.builder()
                        .kind(MitigationKind.ROLLBACK)
                        .description("rolled back deploy 8812")
                        .at(at(14))
                        .stoppedImpact(true)
                        .build()),
                "rollback: mitigate first, no diagnosis needed");
        incident = step(
                incident,
                update(PublicStatus.IDENTIFIED, "Identified: a recent change; rolling it back.", comms, 15),
                "status: identified, mitigating");
        incident = step(
                incident,
                new ImpactMitigated("error rate back to baseline after the rollback", at(18)),
                "the rollback stopped the impact");
        incident = step(
                incident,
                update(PublicStatus.MONITORING, "A fix has been applied; we are monitoring.", comms, 20),
                "status: monitoring");
        incident = step(
                incident,
                new RootCauseIdentified(
                        RootCause.builder()
                                .description("the new price-rounding code threw on currencies without minor units,"
                                        + " and no test covered them")
                                .addContributingFactor("the canary stage checked latency, not error rate")
                                .build(),
                        at(65)),
                "with the pressure off, the root cause is found");
        incident = step(
                incident,
                new FixApplied(
                        Fix.builder()
                                .description("handle zero-decimal currencies; add tests")
                                .reference("PR 4411")
                                .build(),
                        at(120)),
                "the real fix is applied");

        out.println();
        out.println("-- trying to resolve before verifying recovery --");
        Outcome early = lifecycle.tryApply(incident, new IncidentResolved("fixed", at(121)));
        early.rejection()
                .ifPresent(rejection -> out.printf("   rejected [%s]: %s%n", rejection.reason(), rejection.message()));
        out.println("   (nothing changed: still " + incident.phase() + ")");
        out.println();

        incident = step(
                incident,
                new RecoveryVerified(
                        RecoveryVerification.of("error rate at baseline for 30 minutes, including JPY orders"),
                        at(150)),
                "recovery verified after the fix");
        incident = step(incident, new IncidentResolved("fix deployed and recovery verified", at(151)), "resolved");
        incident = step(
                incident,
                update(PublicStatus.RESOLVED, "Resolved: checkout is working normally.", comms, 152),
                "status: resolved");
        out.println();
        out.println(incident.events().size() + " events recorded; replaying them rebuilds an equal incident: "
                + lifecycle.replay(incident.events()).equals(incident));
        printTimeline(incident);
        return review(incident);
    }

    /**
     * With the incident resolved, the blameless postmortem: drafted from the history, completed by
     * people, validated against the default profile, rendered as Markdown; then the review closes
     * the incident (a SEV2 cannot close without it).
     */
    private Incident review(Incident incident) {
        out.println();
        out.println("== Postmortem ==");
        Instant nextDay = at(24 * 60);
        Outcome tooEarly = lifecycle.tryApply(incident, new IncidentClosed(nextDay));
        tooEarly.rejection()
                .ifPresent(rejection ->
                        out.printf("closing now is rejected [%s]: %s%n", rejection.reason(), rejection.message()));

        CompletenessValidator validator = CompletenessValidator.of(CompletenessProfile.DEFAULT);
        CompletenessReport draftReport =
                validator.validate(Postmortem.draftFrom(incident).build());
        out.println("the draft from the history alone: " + summary(draftReport));
        draftReport.findings().forEach(finding -> out.println("   " + finding.format()));

        Postmortem postmortem = Postmortem.draftFrom(incident)
                .addAuthor("marco")
                .addAuthor("aiko")
                .summary("Deploy 8812 made about 8% of checkout requests fail for 18 minutes. Rolling it back"
                        + " stopped the impact before the cause was known; the real fix followed two hours later.")
                .wentWell("The rollback stopped the impact four minutes after the deploy was identified as the"
                        + " trigger, without waiting for a diagnosis.")
                .wentWrong("The canary stage checked latency but not error rate, so the deploy reached every host.")
                .gotLucky("The failure hit few currencies; a change to a common currency would have failed every"
                        + " checkout.")
                .lessonsLearned("Mitigate first: a fast rollback is the cheapest safe action when a deploy is the"
                        + " trigger.")
                .addFollowUp(FollowUp.builder()
                        .title("Alert when the checkout 5xx rate stays above 1% for 2 minutes")
                        .owner("@payments-oncall")
                        .due(LocalDate.of(2026, 3, 11))
                        .build())
                .addFollowUp(FollowUp.builder()
                        .title("Add an error-rate gate to the canary stage of the deploy pipeline")
                        .owner("@platform")
                        .due(LocalDate.of(2026, 3, 25))
                        .build())
                .addFollowUp(FollowUp.builder()
                        .title("Update the checkout runbook: roll back a suspect deploy first, diagnose later")
                        .owner("@sre")
                        .due(LocalDate.of(2026, 3, 18))
                        .build())
                .status(PostmortemStatus.PUBLISHED)
                .build();
        CompletenessReport report = validator.validate(postmortem);
        out.println("with the people's part written: " + summary(report));
        report.findings().forEach(finding -> out.println("   " + finding.format()));
        out.println();
        out.print(PostmortemMarkdown.render(postmortem));
        out.println();

        incident = step(incident, new ReviewStarted(nextDay), "postmortem review started");
        incident = step(
                incident,
                postmortem.completionEvent("postmortems/INC-42.md", nextDay.plusSeconds(3600)),
                "postmortem completed");
        return step(incident, new IncidentClosed(nextDay.plusSeconds(3660)), "closed");
    }

    private static String summary(CompletenessReport report) {
        return (report.isComplete() ? "complete" : "incomplete") + " ("
                + report.errors().size() + " errors, " + report.warnings().size() + " warnings)";
    }

    /** Prints the timeline (Markdown table and Mermaid chart, in UTC), the durations and the public status history. */
    private void printTimeline(Incident incident) {
        Timeline timeline = Timeline.of(
                incident,
                List.of(
                        ExternalEntry.builder()
                                .source("deploys")
                                .at(at(-2))
                                .text("deploy 8812 of the checkout service")
                                .kind(EntryKind.NOTE)
                                .build(),
                        ExternalEntry.of("pagerduty", at(3), "Alert fired: checkout 5xx rate above 5%"),
                        ExternalEntry.of("slack", at(13), "marco: roll back 8812 now, diagnose later")));
        out.println();
        out.println("== Timeline (UTC) ==");
        out.print(timeline.toMarkdown(ZoneOffset.UTC));
        out.println();
        out.println("```mermaid");
        out.print(timeline.toMermaid(ZoneOffset.UTC));
        out.println("```");
        out.println();
        out.println("== Durations ==");
        Durations durations = timeline.durations();
        for (Measure measure : Measure.values()) {
            out.printf(
                    "%-22s %-9s (%s -> %s)%n",
                    measure.label(),
                    durations.get(measure).map(Walkthrough::minutes).orElse("no data"),
                    measure.from().name().toLowerCase(Locale.ROOT),
                    measure.to().name().toLowerCase(Locale.ROOT));
        }
        out.printf(
                "%-22s %s%n",
                "DORA recovery time",
                durations
                        .failedDeploymentRecoveryTime()
                        .map(Walkthrough::minutes)
                        .orElse("no data"));
        out.println();
        out.println("== Public status history ==");
        out.print(StatusHistory.of(incident).toPlainText(ZoneOffset.UTC));
        CommunicationPolicy policy = CommunicationPolicy.defaults();
        out.println("next update due: "
                + policy.nextUpdateDue(incident).map(Instant::toString).orElse("none (resolved and announced)"));
    }

    private static String minutes(Duration duration) {
        return duration.toMinutes() + " min";
    }

    private Incident step(Incident incident, IncidentEvent event, String what) {
        Incident next = lifecycle.apply(incident, event);
        print(what, next);
        return next;
    }

    private void print(String what, Incident incident) {
        out.printf(
                "%-9s  %-11s %-13s %s%n",
                hhmm(incident.lastEventAt()), incident.phase(), incident.publicStatus(), what);
    }

    private static StatusUpdatePosted update(PublicStatus status, String message, Participant author, int minute) {
        return new StatusUpdatePosted(StatusUpdate.builder()
                .status(status)
                .audience(Audience.PUBLIC)
                .message(message)
                .author(author)
                .at(at(minute))
                .build());
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(minutes * 60L);
    }

    private static String hhmm(Instant instant) {
        return instant.toString().substring(11, 16) + "Z";
    }
}
