package dev.incident.lifecycle;

import static dev.incident.lifecycle.Fixtures.AIKO;
import static dev.incident.lifecycle.Fixtures.ID;
import static dev.incident.lifecycle.Fixtures.NOW;
import static dev.incident.lifecycle.Fixtures.PRIYA;
import static dev.incident.lifecycle.Fixtures.declare;
import static dev.incident.lifecycle.Fixtures.driveTo;
import static dev.incident.lifecycle.Fixtures.lifecycle;
import static dev.incident.lifecycle.Fixtures.mitigation;
import static dev.incident.lifecycle.Fixtures.next;
import static dev.incident.lifecycle.Fixtures.note;
import static dev.incident.lifecycle.Fixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.incident.event.FixApplied;
import dev.incident.event.ImpactMitigated;
import dev.incident.event.IncidentClosed;
import dev.incident.event.IncidentDeclared;
import dev.incident.event.IncidentEvent;
import dev.incident.event.IncidentResolved;
import dev.incident.event.MitigationStarted;
import dev.incident.event.RecoveryVerified;
import dev.incident.event.RootCauseIdentified;
import dev.incident.event.SeverityChanged;
import dev.incident.model.Fix;
import dev.incident.model.PublicStatus;
import dev.incident.model.RecoveryVerification;
import dev.incident.model.RootCause;
import dev.incident.model.Severity;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LifecyclePolicyTest {

    private static LifecyclePolicy.Builder policy() {
        return LifecyclePolicy.builder();
    }

    private static Optional<RejectionReason> reasonOf(Lifecycle lifecycle, Incident incident, IncidentEvent event) {
        return lifecycle.tryApply(incident, event).rejection().map(Rejection::reason);
    }

    /** Mitigated (a stopping rollback) without any fix or verification. */
    private static Incident mitigatedWithoutFix(Lifecycle lifecycle) {
        Incident incident = driveTo(lifecycle, Phase.MITIGATING);
        return lifecycle.apply(incident, new ImpactMitigated("ok", next(incident)));
    }

    @Test
    void should_be_the_lessons_process_when_defaults_are_used() {
        // GIVEN / WHEN the defaults
        LifecyclePolicy defaults = LifecyclePolicy.defaults();

        // THEN every rule is on, postmortems from SEV2, advise on diagnosis, no future tolerance
        assertThat(defaults.requireCommander()).isTrue();
        assertThat(defaults.requireImpactStoppingMitigation()).isTrue();
        assertThat(defaults.requireFix()).isTrue();
        assertThat(defaults.requireVerifiedRecovery()).isTrue();
        assertThat(defaults.requireDeterminedSeverity()).isTrue();
        assertThat(defaults.requireConsistentStatusUpdates()).isTrue();
        assertThat(defaults.postmortemRequiredFrom()).contains(Severity.SEV2);
        assertThat(defaults.diagnosisBeforeMitigation()).isEqualTo(LifecyclePolicy.DiagnosisRule.ADVISE);
        assertThat(defaults.futureTolerance()).isZero();
        assertThat(policy().build()).isEqualTo(defaults);
    }

    @Test
    void should_let_mitigation_start_without_a_commander_when_requireCommander_is_false() {
        // GIVEN a declared incident without a commander
        Lifecycle relaxed = lifecycle(policy().requireCommander(false).build());
        Incident incident = declare(relaxed, Severity.SEV3);
        MitigationStarted start = new MitigationStarted(AIKO, next(incident));

        // WHEN mitigation starts
        // THEN the relaxed policy accepts it, the default refuses it
        assertThat(reasonOf(relaxed, incident, start)).isEmpty();
        assertThat(relaxed.apply(incident, start).phase()).isEqualTo(Phase.MITIGATING);
        assertThat(reasonOf(lifecycle(), incident, start)).contains(RejectionReason.COMMANDER_REQUIRED);
    }

    @Test
    void should_resolve_without_a_fix_when_requireFix_is_false() {
        // GIVEN a mitigated incident with a verification but no fix
        Lifecycle relaxed = lifecycle(policy().requireFix(false).build());
        Incident incident = mitigatedWithoutFix(relaxed);
        incident = relaxed.apply(incident, new RecoveryVerified(RecoveryVerification.of("baseline"), next(incident)));
        IncidentResolved resolve = new IncidentResolved("done", next(incident));

        // WHEN it is resolved
        // THEN the relaxed policy accepts it, the default refuses it for want of a fix
        assertThat(reasonOf(relaxed, incident, resolve)).isEmpty();
        assertThat(reasonOf(lifecycle(), incident, resolve)).contains(RejectionReason.NO_FIX_APPLIED);
    }

    @Test
    void should_still_need_a_verification_when_only_requireFix_is_false() {
        // GIVEN a mitigated incident with neither fix nor verification, and only requireFix relaxed
        Lifecycle relaxed = lifecycle(policy().requireFix(false).build());
        Incident incident = mitigatedWithoutFix(relaxed);

        // WHEN it is resolved
        // THEN recovery must still be verified
        Rejection rejection = relaxed.tryApply(incident, new IncidentResolved("done", next(incident)))
                .rejection()
                .orElseThrow();
        assertThat(rejection.reason()).isEqualTo(RejectionReason.RECOVERY_NOT_VERIFIED);
    }

    @Test
    void should_resolve_without_verification_when_requireVerifiedRecovery_is_false() {
        // GIVEN a mitigated incident with a fix but no verification
        Lifecycle relaxed = lifecycle(policy().requireVerifiedRecovery(false).build());
        Incident incident = mitigatedWithoutFix(relaxed);
        incident = relaxed.apply(incident, new FixApplied(Fix.of("fix"), next(incident)));
        IncidentResolved resolve = new IncidentResolved("done", next(incident));

        // WHEN it is resolved  THEN relaxed accepts, default refuses
        assertThat(reasonOf(relaxed, incident, resolve)).isEmpty();
        assertThat(reasonOf(lifecycle(), incident, resolve)).contains(RejectionReason.RECOVERY_NOT_VERIFIED);
    }

    @Test
    void should_mark_mitigated_without_a_stopping_mitigation_when_that_rule_is_off() {
        // GIVEN a mitigating incident whose only mitigation did not stop the impact
        Lifecycle relaxed =
                lifecycle(policy().requireImpactStoppingMitigation(false).build());
        Incident incident = driveTo(relaxed, Phase.DECLARED);
        incident = relaxed.apply(incident, mitigation(false, next(incident)));
        ImpactMitigated mitigated = new ImpactMitigated("ok", next(incident));

        // WHEN it is marked mitigated  THEN relaxed accepts, default refuses
        assertThat(reasonOf(relaxed, incident, mitigated)).isEmpty();
        assertThat(reasonOf(lifecycle(), incident, mitigated)).contains(RejectionReason.NO_IMPACT_STOPPING_MITIGATION);
    }

    static Stream<Arguments> postmortemThresholds() {
        Optional<Severity> never = Optional.empty();
        return Stream.of(
                // threshold, incident severity, postmortem required?
                Arguments.of(Optional.of(Severity.SEV2), Severity.SEV1, true),
                Arguments.of(Optional.of(Severity.SEV2), Severity.SEV2, true),
                Arguments.of(Optional.of(Severity.SEV2), Severity.of("P2", 2), true),
                Arguments.of(Optional.of(Severity.SEV2), Severity.SEV3, false),
                Arguments.of(Optional.of(Severity.SEV5), Severity.SEV5, true),
                Arguments.of(Optional.of(Severity.SEV5), Severity.SEV4, true),
                Arguments.of(never, Severity.SEV1, false));
    }

    @ParameterizedTest(name = "threshold {0}, incident {1}: required={2}")
    @MethodSource("postmortemThresholds")
    void should_require_a_postmortem_to_close_only_when_the_severity_is_at_or_above_the_threshold(
            Optional<Severity> threshold, Severity severity, boolean required) {
        // GIVEN a resolved incident of the severity, and a policy with the threshold
        Lifecycle lifecycle =
                lifecycle(policy().postmortemRequiredFrom(threshold).build());
        Incident resolved = driveTo(lifecycle, Phase.RESOLVED, severity, true);

        // WHEN it is closed without a postmortem
        Optional<RejectionReason> reason = reasonOf(lifecycle, resolved, new IncidentClosed(next(resolved)));

        // THEN it is refused exactly when the threshold requires a postmortem
        assertThat(reason).isEqualTo(required ? Optional.of(RejectionReason.POSTMORTEM_REQUIRED) : Optional.empty());
    }

    @Test
    void should_close_a_sev2_incident_when_its_postmortem_is_completed() {
        // GIVEN a SEV2 incident in review with its postmortem
        Lifecycle lifecycle = lifecycle();
        Incident inReview = driveTo(lifecycle, Phase.IN_REVIEW, Severity.SEV2, true);

        // WHEN it is closed  THEN it is closed
        assertThat(lifecycle.apply(inReview, new IncidentClosed(next(inReview))).phase())
                .isEqualTo(Phase.CLOSED);
    }

    @Test
    void should_allow_an_undetermined_severity_after_mitigation_when_requireDeterminedSeverity_is_false() {
        // GIVEN an undetermined-severity incident with a stopping mitigation
        Lifecycle relaxed = lifecycle(policy().requireDeterminedSeverity(false).build());
        Incident incident = driveTo(relaxed, Phase.MITIGATING, Severity.UNDETERMINED, true);
        ImpactMitigated mitigated = new ImpactMitigated("ok", next(incident));

        // WHEN it is marked mitigated, then set back to undetermined
        // THEN relaxed accepts both; the default refuses both
        assertThat(reasonOf(lifecycle(), incident, mitigated)).contains(RejectionReason.SEVERITY_UNDETERMINED);
        Incident after = relaxed.apply(incident, mitigated);
        assertThat(after.phase()).isEqualTo(Phase.MITIGATED);

        Incident determined = driveTo(lifecycle(), Phase.MITIGATED);
        SeverityChanged back = new SeverityChanged(Severity.UNDETERMINED, "unsure", next(determined));
        assertThat(reasonOf(relaxed, determined, back)).isEmpty();
        assertThat(reasonOf(lifecycle(), determined, back)).contains(RejectionReason.SEVERITY_UNDETERMINED);
    }

    @Test
    void should_allow_an_undetermined_severity_before_mitigation_when_the_default_policy_is_used() {
        // GIVEN a mitigating incident
        Lifecycle lifecycle = lifecycle();
        Incident incident = driveTo(lifecycle, Phase.MITIGATING);

        // WHEN its severity is set to undetermined  THEN that is fine until it is mitigated
        assertThat(reasonOf(lifecycle, incident, new SeverityChanged(Severity.UNDETERMINED, "unsure", next(incident))))
                .isEmpty();
    }

    static Stream<Arguments> diagnosisRules() {
        return Stream.of(
                Arguments.of(LifecyclePolicy.DiagnosisRule.ALLOW, true, false),
                Arguments.of(LifecyclePolicy.DiagnosisRule.ADVISE, true, true),
                Arguments.of(LifecyclePolicy.DiagnosisRule.REJECT, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagnosisRules")
    void should_treat_diagnosis_before_mitigation_as_the_rule_says_when_users_are_still_affected(
            LifecyclePolicy.DiagnosisRule rule, boolean accepted, boolean advised) {
        // GIVEN a mitigating incident under the rule
        Lifecycle lifecycle = lifecycle(policy().diagnosisBeforeMitigation(rule).build());
        Incident incident = driveTo(lifecycle, Phase.DECLARED);
        incident = lifecycle.apply(incident, mitigation(false, next(incident)));

        for (IncidentEvent event : new IncidentEvent[] {
            new RootCauseIdentified(RootCause.of("cause"), next(incident)),
            new FixApplied(Fix.of("fix"), next(incident))
        }) {
            // WHEN root cause or fix is recorded
            Outcome outcome = lifecycle.tryApply(incident, event);

            // THEN it is accepted or rejected as the rule says, with the advisory only for ADVISE
            assertThat(outcome.isAccepted()).as("%s accepted", event.type()).isEqualTo(accepted);
            if (outcome instanceof Outcome.Accepted ok) {
                if (advised) {
                    assertThat(ok.advisories()).singleElement().satisfies(advisory -> {
                        assertThat(advisory.code()).isEqualTo(Advisory.Code.DIAGNOSIS_BEFORE_MITIGATION);
                        assertThat(advisory.message()).contains(ID.value(), "stabilise before you diagnose");
                    });
                } else {
                    assertThat(ok.advisories()).isEmpty();
                }
            } else {
                assertThat(outcome.rejection().orElseThrow().reason())
                        .isEqualTo(RejectionReason.DIAGNOSIS_BEFORE_MITIGATION);
            }
        }
    }

    @Test
    void should_give_no_advisory_when_diagnosis_comes_after_mitigation() {
        // GIVEN a mitigated incident under the default (ADVISE) policy
        Lifecycle lifecycle = lifecycle();
        Incident incident = driveTo(lifecycle, Phase.MITIGATED);

        // WHEN the root cause is recorded
        Outcome outcome = lifecycle.tryApply(incident, new RootCauseIdentified(RootCause.of("c"), next(incident)));

        // THEN there is no advisory
        assertThat(((Outcome.Accepted) outcome).advisories()).isEmpty();
    }

    @Test
    void should_accept_a_status_ahead_of_the_incident_when_consistent_updates_are_not_required() {
        // GIVEN a declared incident
        Lifecycle relaxed =
                lifecycle(policy().requireConsistentStatusUpdates(false).build());
        Incident incident = driveTo(relaxed, Phase.DECLARED);
        IncidentEvent monitoring = status(PublicStatus.MONITORING, next(incident));

        // WHEN a "monitoring" update is posted  THEN relaxed accepts, default refuses
        assertThat(reasonOf(relaxed, incident, monitoring)).isEmpty();
        assertThat(reasonOf(lifecycle(), incident, monitoring)).contains(RejectionReason.STATUS_CONTRADICTS_INCIDENT);
    }

    @Test
    void should_refuse_a_non_resolved_status_when_the_incident_is_resolved() {
        // GIVEN a resolved incident
        Lifecycle lifecycle = lifecycle();
        Incident incident = driveTo(lifecycle, Phase.RESOLVED);

        // WHEN an "investigating" update is posted  THEN it contradicts the incident and says reopen
        Rejection rejection = lifecycle
                .tryApply(incident, status(PublicStatus.INVESTIGATING, next(incident)))
                .rejection()
                .orElseThrow();
        assertThat(rejection.reason()).isEqualTo(RejectionReason.STATUS_CONTRADICTS_INCIDENT);
        assertThat(rejection.message()).contains("reopen the incident");
    }

    @Test
    void should_accept_events_up_to_the_tolerance_past_now_when_futureTolerance_is_set() {
        // GIVEN a tolerance of five minutes
        Duration tolerance = Duration.ofMinutes(5);
        Lifecycle tolerant = lifecycle(policy().futureTolerance(tolerance).build());
        Incident incident = declare(tolerant, Severity.SEV3);

        // WHEN notes at now+5min and now+5min+1s are tried
        // THEN the first is accepted, the second is in the future
        assertThat(reasonOf(tolerant, incident, note(NOW.plus(tolerance)))).isEmpty();
        assertThat(reasonOf(tolerant, incident, note(NOW.plus(tolerance).plusSeconds(1))))
                .contains(RejectionReason.EVENT_IN_FUTURE);
        assertThat(reasonOf(lifecycle(), incident, note(NOW.plusSeconds(1)))).contains(RejectionReason.EVENT_IN_FUTURE);
        // and a declaration within the tolerance is accepted
        assertThat(tolerant.declare(new IncidentDeclared(ID, "t", Severity.SEV3, PRIYA, NOW.plus(tolerance)))
                        .phase())
                .isEqualTo(Phase.DECLARED);
        TransitionRejectedException thrown = catchThrowableOfType(
                TransitionRejectedException.class,
                () -> tolerant.declare(new IncidentDeclared(
                        ID, "t", Severity.SEV3, PRIYA, NOW.plus(tolerance).plusSeconds(1))));
        assertThat(thrown.rejection().reason()).isEqualTo(RejectionReason.EVENT_IN_FUTURE);
    }

    @Test
    void should_fail_fast_naming_the_setting_when_the_policy_is_invalid() {
        // GIVEN / WHEN invalid settings  THEN the builder refuses them with a message naming the setting
        assertThatThrownBy(
                        () -> policy().futureTolerance(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("futureTolerance must not be negative");
        assertThatThrownBy(() ->
                        policy().postmortemRequiredFrom(Severity.UNDETERMINED).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postmortemRequiredFrom");
        assertThatThrownBy(() -> policy().diagnosisBeforeMitigation(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("diagnosisBeforeMitigation");
    }
}
