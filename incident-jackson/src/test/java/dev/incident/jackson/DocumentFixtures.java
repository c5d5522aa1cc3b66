package dev.incident.jackson;

import dev.incident.lifecycle.Incident;
import dev.incident.lint.BlamelessLinter;
import dev.incident.lint.LintReport;
import dev.incident.metrics.IncidentMetrics;
import dev.incident.model.Participant;
import dev.incident.postmortem.CompletenessProfile;
import dev.incident.postmortem.CompletenessReport;
import dev.incident.postmortem.CompletenessValidator;
import dev.incident.postmortem.FollowUp;
import dev.incident.postmortem.FollowUpKind;
import dev.incident.postmortem.FollowUpStatus;
import dev.incident.postmortem.Postmortem;
import dev.incident.postmortem.PostmortemStatus;
import dev.incident.postmortem.TimelineRow;
import dev.incident.timeline.Correction;
import dev.incident.timeline.EntryKind;
import dev.incident.timeline.ExternalEntry;
import dev.incident.timeline.Timeline;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The documents of the golden files: built from the walkthrough incident, deterministic. */
final class DocumentFixtures {
    private DocumentFixtures() {}

    static Postmortem postmortem() {
        return Postmortem.draftFrom(Fixtures.walkthrough())
                .summary("A deploy broke checkout for 8% of requests for 18 minutes.\n\nRolled back; fixed.")
                .addAuthors("priya", "marco")
                .status(PostmortemStatus.IN_REVIEW)
                .location("https://wiki.example/postmortems/INC-42")
                .lessonsLearned("")
                .wentWell("The rollback took two minutes.")
                .addTimeline(TimelineRow.builder()
                        .time(LocalTime.of(13, 58))
                        .text("Deploy 8812 started")
                        .kind(EntryKind.NOTE)
                        .kindInferred(true)
                        .build())
                .putAdditionalSection("Five whys", "1. Why did checkout fail? Rounding threw.")
                .addFollowUps(
                        FollowUp.builder()
                                .title("Page on checkout 5xx rate above 1% for 5 minutes")
                                .kind(FollowUpKind.DETECT)
                                .owner("@priya")
                                .due(LocalDate.of(2026, 3, 18))
                                .tracker("PAY-1234")
                                .build(),
                        FollowUp.builder()
                                .title("Add a canary check on error rate")
                                .owner("payments team")
                                .priority("P1")
                                .build(),
                        FollowUp.builder()
                                .title("Rewrite the pricing service")
                                .status(FollowUpStatus.WONT_DO)
                                .statusReason("replaced by the rounding fix")
                                .build())
                .build();
    }

    static CompletenessReport completenessReport() {
        return CompletenessValidator.of(CompletenessProfile.DEFAULT).validate(postmortem());
    }

    static LintReport lintReport() {
        return BlamelessLinter.withDefaults()
                .lintText("The outage was caused by human error: Bob should have checked the config.\n"
                        + "Obviously, the on-call was careless.");
    }

    static Timeline timeline() {
        Incident incident = Fixtures.walkthrough();
        ExternalEntry alert = ExternalEntry.of("pagerduty", Fixtures.at(-3), "Alert fired: checkout 5xx rate above 5%");
        ExternalEntry deploy = ExternalEntry.builder()
                .source("deploys")
                .at(Fixtures.at(-10))
                .text("deploy 8812 of checkout")
                .link("https://deploys.example/8812")
                .kind(EntryKind.NOTE)
                .build();
        Timeline timeline = Timeline.of(incident, List.of(alert, deploy));
        return timeline.withCorrection(Correction.builder()
                        .target(alert.key())
                        .correctedAt(Fixtures.at(-4))
                        .reason("the alert fired a minute earlier; the bot posted it late")
                        .author(Participant.of("aiko"))
                        .recordedAt(Fixtures.at(60 * 24))
                        .build())
                .withCorrection(Correction.builder()
                        .target(new dev.incident.timeline.EntryKey("slack", Fixtures.at(1), "no such message"))
                        .correctedText("a message that was never merged")
                        .reason("kept to show unapplied corrections")
                        .author(Participant.of("aiko"))
                        .recordedAt(Fixtures.at(60 * 25))
                        .build());
    }

    static IncidentMetrics metrics() {
        return IncidentMetrics.of(List.of(Fixtures.walkthrough(), Fixtures.tiny()));
    }
}
