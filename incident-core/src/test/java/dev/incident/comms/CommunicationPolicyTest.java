package dev.incident.comms;

import static dev.incident.testing.Incidents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incident.event.StatusUpdatePosted;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Lifecycle;
import dev.incident.lifecycle.Outcome;
import dev.incident.lifecycle.RejectionReason;
import dev.incident.model.Audience;
import dev.incident.model.Participant;
import dev.incident.model.PublicStatus;
import dev.incident.model.Role;
import dev.incident.model.Severity;
import dev.incident.model.StatusUpdate;
import dev.incident.testing.Incidents;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CommunicationPolicyTest {
    private final CommunicationPolicy policy = CommunicationPolicy.defaults();

    @Test
    void should_have_the_documented_default_cadences() {
        assertThat(policy.cadenceFor(Severity.SEV1)).contains(Duration.ofMinutes(15));
        assertThat(policy.cadenceFor(Severity.SEV2)).contains(Duration.ofMinutes(30));
        assertThat(policy.cadenceFor(Severity.SEV3)).contains(Duration.ofMinutes(60));
        assertThat(policy.cadenceFor(Severity.SEV4)).isEmpty();
        assertThat(policy.cadenceFor(Severity.UNDETERMINED)).contains(Duration.ofMinutes(15));
        assertThat(policy.cadenceFor(Severity.of("P2", 2))).contains(Duration.ofMinutes(30));
    }

    @Test
    void should_be_due_one_cadence_after_the_latest_update_when_internal() {
        // GIVEN a SEV2 that is not user-facing, with an internal update at minute 10
        Incident incident = Incidents.scenario("INC-1", Severity.SEV2)
                .commander("marco", 1)
                .update(PublicStatus.INVESTIGATING, Audience.INTERNAL, 10)
                .build();

        // WHEN / THEN
        assertThat(policy.nextUpdateDue(incident)).contains(at(40));
        assertThat(policy.overdue(incident, at(40))).isFalse();
        assertThat(policy.overdue(incident, at(41))).isTrue();
        assertThat(policy.overdueBy(incident, at(41))).contains(Duration.ofMinutes(1));
    }

    @Test
    void should_count_an_update_with_no_new_facts() {
        // GIVEN the same status announced again
        Incident incident = Incidents.scenario("INC-1", Severity.SEV1)
                .commander("marco", 1)
                .update(PublicStatus.INVESTIGATING, Audience.INTERNAL, 10)
                .update(PublicStatus.INVESTIGATING, Audience.INTERNAL, 24)
                .build();

        // WHEN / THEN
        assertThat(policy.nextUpdateDue(incident)).contains(at(39));
    }

    @Test
    void should_require_a_first_public_update_when_user_facing() {
        // GIVEN a user-facing SEV3 with only internal updates
        Incident incident = Incidents.scenario("INC-1", Severity.SEV3)
                .commander("marco", 1)
                .impact(0, true, 2, "checkout")
                .update(PublicStatus.INVESTIGATING, Audience.INTERNAL, 5)
                .build();

        // WHEN / THEN: the first public update is due 30 minutes after declaration, before the cadence
        assertThat(policy.nextUpdateDue(incident)).contains(at(30));
        assertThat(policy.overdue(incident, at(31))).isTrue();
    }

    @Test
    void should_count_only_public_updates_for_the_cadence_when_user_facing() {
        // GIVEN
        Incident incident = Incidents.scenario("INC-1", Severity.SEV2)
                .commander("marco", 1)
                .impact(0, true, 2, "checkout")
                .publicUpdate(PublicStatus.INVESTIGATING, 5)
                .update(PublicStatus.INVESTIGATING, Audience.INTERNAL, 20)
                .build();

        // WHEN / THEN
        assertThat(policy.nextUpdateDue(incident)).contains(at(35));
    }

    @Test
    void should_need_nothing_when_severity_has_no_cadence_and_not_user_facing() {
        Incident incident = Incidents.scenario("INC-1", Severity.SEV4).build();
        assertThat(policy.nextUpdateDue(incident)).isEmpty();
        assertThat(policy.overdue(incident, at(10_000))).isFalse();
    }

    @Test
    void should_require_a_final_public_update_when_a_user_facing_incident_is_resolved() {
        // GIVEN the lesson without its last update
        Incident withoutFinal = Incidents.scenario("INC-42", Severity.SEV2)
                .commander("marco", 1)
                .impact(0, true, 2, "checkout")
                .publicUpdate(PublicStatus.INVESTIGATING, 3)
                .rollback(5)
                .mitigated(6)
                .fix(7)
                .verify(8)
                .resolve(9)
                .build();

        // WHEN / THEN
        assertThat(policy.nextUpdateDue(withoutFinal)).contains(at(39));
        assertThat(policy.nextUpdateDue(Incidents.lesson())).isEmpty();
    }

    @Test
    void should_name_the_communications_lead_as_responsible_when_assigned() {
        Incident withLead = Incidents.scenario("INC-1", Severity.SEV2)
                .commander("marco", 1)
                .role("aiko", Role.COMMUNICATIONS_LEAD, 2)
                .build();
        Incident withoutLead =
                Incidents.scenario("INC-2", Severity.SEV2).commander("marco", 1).build();

        assertThat(policy.responsibleForUpdates(withLead)).contains(Participant.of("aiko"));
        assertThat(policy.responsibleForUpdates(withoutLead)).contains(Participant.of("marco"));
        assertThat(withLead.commander()).contains(Participant.of("marco"));
    }

    @Test
    void should_override_a_default_cadence_when_built_from_the_defaults() {
        CommunicationPolicy custom = CommunicationPolicy.builder()
                .from(CommunicationPolicy.defaults())
                .cadence(Severity.SEV2, Duration.ofMinutes(20))
                .cadence(Severity.SEV4, Duration.ofHours(4))
                .build();
        assertThat(custom.cadenceFor(Severity.SEV2)).contains(Duration.ofMinutes(20));
        assertThat(custom.cadenceFor(Severity.SEV4)).contains(Duration.ofHours(4));
        assertThat(custom.cadenceFor(Severity.SEV1)).contains(Duration.ofMinutes(15));
    }

    @Test
    void should_reject_a_non_positive_cadence() {
        assertThatThrownBy(() -> CommunicationPolicy.builder()
                        .cadence(Severity.SEV1, Duration.ZERO)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cadence of rank 1 must be positive");
    }

    @Test
    void should_be_rejected_by_the_lifecycle_when_an_update_claims_resolved_while_mitigating() {
        // GIVEN
        Incident mitigating = Incidents.scenario("INC-1", Severity.SEV2)
                .commander("marco", 1)
                .rollback(2)
                .build();

        // WHEN
        Outcome outcome = Lifecycle.withDefaults()
                .tryApply(
                        mitigating,
                        new StatusUpdatePosted(StatusUpdate.builder()
                                .status(PublicStatus.RESOLVED)
                                .audience(Audience.PUBLIC)
                                .message("All good!")
                                .author(Participant.of("aiko"))
                                .at(at(3))
                                .build()));

        // THEN
        assertThat(outcome.rejection())
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(RejectionReason.STATUS_CONTRADICTS_INCIDENT));
    }
}
