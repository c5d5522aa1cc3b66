package dev.incident.lifecycle;

import static dev.incident.lifecycle.Fixtures.AIKO;
import static dev.incident.lifecycle.Fixtures.ID;
import static dev.incident.lifecycle.Fixtures.MARCO;
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
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.incident.event.CommandHandedOver;
import dev.incident.event.CommanderAssigned;
import dev.incident.event.FixApplied;
import dev.incident.event.ImpactMitigated;
import dev.incident.event.IncidentClosed;
import dev.incident.event.IncidentDeclared;
import dev.incident.event.IncidentEvent;
import dev.incident.event.IncidentResolved;
import dev.incident.event.MergedAsDuplicate;
import dev.incident.event.MitigationStarted;
import dev.incident.event.RoleAssigned;
import dev.incident.event.RoleReleased;
import dev.incident.event.RootCauseIdentified;
import dev.incident.event.SeverityChanged;
import dev.incident.model.Fix;
import dev.incident.model.PublicStatus;
import dev.incident.model.Role;
import dev.incident.model.RootCause;
import dev.incident.model.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** One scenario per {@link RejectionReason}: the reason, the phase, the id and a message that says what to do. */
class RejectionReasonTest {

    /** How to provoke a reason: the incident, the refused event, and a phrase of the remedy. */
    record Scenario(Lifecycle lifecycle, Incident incident, IncidentEvent event, String remedy) {}

    private static final Map<RejectionReason, Scenario> SCENARIOS = scenarios();

    private static Map<RejectionReason, Scenario> scenarios() {
        Lifecycle lifecycle = lifecycle();
        Map<RejectionReason, Scenario> s = new EnumMap<>(RejectionReason.class);
        Incident declared = driveTo(lifecycle, Phase.DECLARED);
        Incident mitigating = driveTo(lifecycle, Phase.MITIGATING);
        Incident mitigated = driveTo(lifecycle, Phase.MITIGATED);
        Incident noCommander = declare(lifecycle, Severity.SEV3);

        s.put(
                RejectionReason.ALREADY_DECLARED,
                new Scenario(
                        lifecycle,
                        declared,
                        new IncidentDeclared(ID, "again", Severity.SEV3, PRIYA, next(declared)),
                        "declare a new incident"));
        // NOT_DECLARED comes only from replay; see
        // should_reject_with_not_declared_when_a_history_lacks_its_declaration.
        s.put(
                RejectionReason.TERMINAL_PHASE,
                new Scenario(
                        lifecycle,
                        driveTo(lifecycle, Phase.CLOSED),
                        note(NOW),
                        "declare a new incident if the problem is back"));
        s.put(
                RejectionReason.NOT_PERMITTED_IN_PHASE,
                new Scenario(lifecycle, declared, new IncidentResolved("done", next(declared)), "permitted now: "));
        s.put(
                RejectionReason.TIME_RUNS_BACKWARDS,
                new Scenario(
                        lifecycle,
                        declared,
                        note(declared.lastEventAt().minusSeconds(1)),
                        "events must be recorded in time order"));
        s.put(
                RejectionReason.EVENT_IN_FUTURE,
                new Scenario(lifecycle, declared, note(NOW.plusSeconds(1)), "record events when they have happened"));
        s.put(
                RejectionReason.COMMANDER_REQUIRED,
                new Scenario(
                        lifecycle,
                        noCommander,
                        new MitigationStarted(AIKO, next(noCommander)),
                        "assign a commander first"));
        s.put(
                RejectionReason.COMMANDER_ALREADY_ASSIGNED,
                new Scenario(
                        lifecycle, declared, new CommanderAssigned(AIKO, next(declared)), "hand over command instead"));
        s.put(
                RejectionReason.NOT_CURRENT_COMMANDER,
                new Scenario(
                        lifecycle,
                        declared,
                        new CommandHandedOver(AIKO, PRIYA, next(declared)),
                        "a handover names the current commander"));
        s.put(
                RejectionReason.HANDOVER_TO_SELF,
                new Scenario(
                        lifecycle,
                        declared,
                        new CommandHandedOver(MARCO, MARCO, next(declared)),
                        "name a different participant"));
        s.put(
                RejectionReason.COMMANDER_ROLE_RESERVED,
                new Scenario(
                        lifecycle,
                        declared,
                        new RoleAssigned(AIKO, Role.COMMANDER, next(declared)),
                        "use a commander assignment or a handover"));
        s.put(
                RejectionReason.ROLE_ALREADY_HELD,
                new Scenario(
                        lifecycle,
                        declared,
                        new RoleAssigned(AIKO, Role.RESPONDER, next(declared)),
                        "assign a different role or participant"));
        s.put(
                RejectionReason.ROLE_NOT_HELD,
                new Scenario(
                        lifecycle,
                        declared,
                        new RoleReleased(AIKO, Role.SCRIBE, next(declared)),
                        "release a role they hold"));
        Incident undetermined =
                lifecycle.apply(mitigating, new SeverityChanged(Severity.UNDETERMINED, "unclear", next(mitigating)));
        s.put(
                RejectionReason.SEVERITY_UNDETERMINED,
                new Scenario(
                        lifecycle,
                        undetermined,
                        new ImpactMitigated("ok", next(undetermined)),
                        "assess the severity first"));
        Incident notStopped = lifecycle.apply(driveTo(lifecycle, Phase.DECLARED), mitigation(false, next(declared)));
        s.put(
                RejectionReason.NO_IMPACT_STOPPING_MITIGATION,
                new Scenario(
                        lifecycle,
                        notStopped,
                        new ImpactMitigated("ok", next(notStopped)),
                        "record the rollback, flag or failover that stopped it first"));
        Incident mitigatedNoFix = lifecycle.apply(mitigating, new ImpactMitigated("ok", next(mitigating)));
        s.put(
                RejectionReason.NO_FIX_APPLIED,
                new Scenario(
                        lifecycle,
                        mitigatedNoFix,
                        new IncidentResolved("done", next(mitigatedNoFix)),
                        "record the real fix first"));
        Incident fixedNotVerified =
                lifecycle.apply(mitigatedNoFix, new FixApplied(Fix.of("the fix"), next(mitigatedNoFix)));
        s.put(
                RejectionReason.RECOVERY_NOT_VERIFIED,
                new Scenario(
                        lifecycle,
                        fixedNotVerified,
                        new IncidentResolved("done", next(fixedNotVerified)),
                        "record a recovery verification first"));
        Incident resolvedSev2 = driveTo(lifecycle, Phase.RESOLVED, Severity.SEV2, true);
        s.put(
                RejectionReason.POSTMORTEM_REQUIRED,
                new Scenario(
                        lifecycle,
                        resolvedSev2,
                        new IncidentClosed(next(resolvedSev2)),
                        "record the completed postmortem first"));
        Lifecycle strict = lifecycle(LifecyclePolicy.builder()
                .diagnosisBeforeMitigation(LifecyclePolicy.DiagnosisRule.REJECT)
                .build());
        Incident strictMitigating = driveTo(strict, Phase.DECLARED);
        strictMitigating = strict.apply(strictMitigating, mitigation(false, next(strictMitigating)));
        s.put(
                RejectionReason.DIAGNOSIS_BEFORE_MITIGATION,
                new Scenario(
                        strict,
                        strictMitigating,
                        new RootCauseIdentified(RootCause.of("a cause"), next(strictMitigating)),
                        "mitigate (roll back, turn a flag off, fail over), then diagnose"));
        s.put(
                RejectionReason.STATUS_CONTRADICTS_INCIDENT,
                new Scenario(
                        lifecycle,
                        declared,
                        status(PublicStatus.MONITORING, next(declared)),
                        "record the progress (mitigation, resolution) before announcing it"));
        s.put(
                RejectionReason.MERGE_INTO_SELF,
                new Scenario(
                        lifecycle,
                        mitigated,
                        new MergedAsDuplicate(ID, next(mitigated)),
                        "merge it into the other incident's id"));
        return s;
    }

    @ParameterizedTest
    @EnumSource(value = RejectionReason.class, mode = EnumSource.Mode.EXCLUDE, names = "NOT_DECLARED")
    void should_reject_with_the_reason_phase_id_and_a_remedy_when_its_guard_fails(RejectionReason reason) {
        // GIVEN the scenario that provokes the reason
        Scenario scenario = SCENARIOS.get(reason);
        assertThat(scenario).as("a scenario for %s", reason).isNotNull();
        Incident before = scenario.incident();

        // WHEN the event is tried and applied
        Outcome outcome = scenario.lifecycle().tryApply(before, scenario.event());
        TransitionRejectedException thrown = catchThrowableOfType(
                TransitionRejectedException.class, () -> scenario.lifecycle().apply(before, scenario.event()));

        // THEN the rejection carries the reason, the phase, the id, the event and a sentence with a remedy
        Rejection rejection = outcome.rejection().orElseThrow();
        assertThat(rejection.reason()).isEqualTo(reason);
        assertThat(rejection.phase()).contains(before.phase());
        assertThat(rejection.incident()).contains(ID);
        assertThat(rejection.event()).isEqualTo(scenario.event());
        assertMessageNamesIncidentAndRemedy(rejection.message(), scenario.remedy());
        assertThat(rejection.toString()).isEqualTo(reason + ": " + rejection.message());
        assertThat(thrown.rejection()).isEqualTo(rejection);
        assertThat(outcome.incident()).isSameAs(before);
    }

    @Test
    void should_reject_with_not_declared_when_a_history_lacks_its_declaration() {
        // GIVEN the history of an incident without its declaration
        Lifecycle lifecycle = lifecycle();
        List<IncidentEvent> history = driveTo(lifecycle, Phase.MITIGATING).events();

        // WHEN it is replayed from its second event
        TransitionRejectedException thrown = catchThrowableOfType(
                TransitionRejectedException.class, () -> lifecycle.replay(history.subList(1, history.size())));

        // THEN it is NOT_DECLARED at index 0, with no incident or phase yet, and a remedy
        Rejection rejection = thrown.rejection();
        assertThat(rejection.reason()).isEqualTo(RejectionReason.NOT_DECLARED);
        assertThat(rejection.incident()).isEmpty();
        assertThat(rejection.phase()).isEmpty();
        assertThat(thrown.eventIndex()).hasValue(0);
        assertThat(rejection.message())
                .startsWith("cannot replay")
                .contains("; a history starts with the incident's declaration");
    }

    @Test
    void should_have_a_scenario_for_every_reason_when_the_enum_grows() {
        // GIVEN the scenarios  WHEN compared with the enum  THEN only NOT_DECLARED (replay-only) is elsewhere
        assertThat(SCENARIOS.keySet()).hasSize(RejectionReason.values().length - 1);
    }

    static Stream<Arguments> messagesThatLackedARemedy() {
        return Stream.of(
                Arguments.of(RejectionReason.HANDOVER_TO_SELF),
                Arguments.of(RejectionReason.ROLE_ALREADY_HELD),
                Arguments.of(RejectionReason.ROLE_NOT_HELD),
                Arguments.of(RejectionReason.MERGE_INTO_SELF));
    }

    /** Regression: these messages said what was wrong but not what to do. */
    @ParameterizedTest
    @MethodSource("messagesThatLackedARemedy")
    void regression_should_say_what_to_do_when_rejecting_with_a_content_guard(RejectionReason reason) {
        // GIVEN the scenario
        Scenario scenario = SCENARIOS.get(reason);

        // WHEN the event is tried
        String message = scenario.lifecycle()
                .tryApply(scenario.incident(), scenario.event())
                .rejection()
                .orElseThrow()
                .message();

        // THEN after the problem comes a remedy
        assertMessageNamesIncidentAndRemedy(message, scenario.remedy());
    }

    @Test
    void regression_should_say_what_to_do_when_severity_goes_back_to_undetermined_after_mitigation() {
        // GIVEN a mitigated incident
        Lifecycle lifecycle = lifecycle();
        Incident mitigated = driveTo(lifecycle, Phase.MITIGATED);

        // WHEN its severity is set back to undetermined
        Rejection rejection = lifecycle
                .tryApply(mitigated, new SeverityChanged(Severity.UNDETERMINED, "unsure", next(mitigated)))
                .rejection()
                .orElseThrow();

        // THEN it is refused with a remedy
        assertThat(rejection.reason()).isEqualTo(RejectionReason.SEVERITY_UNDETERMINED);
        assertMessageNamesIncidentAndRemedy(rejection.message(), "keep a ranked severity");
    }

    @Test
    void should_say_since_when_the_fix_is_missing_after_a_reopening() {
        // GIVEN a reopened incident with a new stopping mitigation, mitigated again
        Lifecycle lifecycle = lifecycle();
        Incident incident = driveTo(lifecycle, Phase.RESOLVED);
        incident = lifecycle.apply(incident, Fixtures.validEvent(dev.incident.event.EventType.REOPENED, incident));
        incident = lifecycle.apply(incident, mitigation(true, next(incident)));
        incident = lifecycle.apply(incident, new ImpactMitigated("ok", next(incident)));

        // WHEN it is resolved
        Rejection rejection = lifecycle
                .tryApply(incident, new IncidentResolved("done", next(incident)))
                .rejection()
                .orElseThrow();

        // THEN the message says the fix is missing since the reopening
        assertThat(rejection.reason()).isEqualTo(RejectionReason.NO_FIX_APPLIED);
        assertThat(rejection.message()).contains("since it was reopened");
    }

    private static void assertMessageNamesIncidentAndRemedy(String message, String remedy) {
        assertThat(message).startsWith("cannot ").contains(ID.value());
        // "cannot <what>: <why>; <what to do>" -- the remedy follows the last ';'
        assertThat(message).contains(";");
        assertThat(message.substring(message.indexOf(';'))).contains(remedy);
    }
}
