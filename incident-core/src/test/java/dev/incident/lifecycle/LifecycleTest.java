package dev.incident.lifecycle;

import static dev.incident.lifecycle.Fixtures.AIKO;
import static dev.incident.lifecycle.Fixtures.ID;
import static dev.incident.lifecycle.Fixtures.MARCO;
import static dev.incident.lifecycle.Fixtures.NOW;
import static dev.incident.lifecycle.Fixtures.PRIYA;
import static dev.incident.lifecycle.Fixtures.T0;
import static dev.incident.lifecycle.Fixtures.declare;
import static dev.incident.lifecycle.Fixtures.driveTo;
import static dev.incident.lifecycle.Fixtures.lifecycle;
import static dev.incident.lifecycle.Fixtures.mitigation;
import static dev.incident.lifecycle.Fixtures.next;
import static dev.incident.lifecycle.Fixtures.note;
import static dev.incident.lifecycle.Fixtures.validEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.incident.event.CommanderAssigned;
import dev.incident.event.EventType;
import dev.incident.event.FixApplied;
import dev.incident.event.ImpactMitigated;
import dev.incident.event.IncidentDeclared;
import dev.incident.event.IncidentEvent;
import dev.incident.event.IncidentReopened;
import dev.incident.event.IncidentResolved;
import dev.incident.event.RecoveryVerified;
import dev.incident.model.Fix;
import dev.incident.model.PublicStatus;
import dev.incident.model.RecoveryVerification;
import dev.incident.model.Role;
import dev.incident.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LifecycleTest {
    private static final Set<EventType> FACTS_BUT_ASSIGNMENT = EnumSet.of(
            EventType.COMMAND_HANDED_OVER,
            EventType.ROLE_ASSIGNED,
            EventType.ROLE_RELEASED,
            EventType.SEVERITY_CHANGED,
            EventType.IMPACT_ASSESSED,
            EventType.STATUS_UPDATE_POSTED,
            EventType.TRIGGER_IDENTIFIED,
            EventType.NOTE_ADDED);

    static Stream<TransitionRule> rules() {
        return TransitionTable.STANDARD.rules().stream();
    }

    /** A lifecycle and an incident in the rule's {@code from} phase where its event is valid. */
    private static Incident incidentFor(TransitionRule rule, Lifecycle[] lifecycleOut) {
        if (rule.event() == EventType.COMMANDER_ASSIGNED) {
            // An incident past "declared" always has a commander under the default policy.
            lifecycleOut[0] =
                    lifecycle(LifecyclePolicy.builder().requireCommander(false).build());
            return driveTo(lifecycleOut[0], rule.from(), Severity.SEV3, false);
        }
        lifecycleOut[0] = lifecycle();
        return driveTo(lifecycleOut[0], rule.from());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void should_move_to_the_rules_target_phase_when_a_valid_event_of_its_type_is_applied_in_its_from_phase(
            TransitionRule rule) {
        // GIVEN an incident in the rule's from phase
        Lifecycle[] lifecycle = new Lifecycle[1];
        Incident incident = incidentFor(rule, lifecycle);
        assertThat(incident.phase()).isEqualTo(rule.from());
        IncidentEvent event = validEvent(rule.event(), incident);

        // WHEN a valid event of the rule's type is applied
        Outcome outcome = lifecycle[0].tryApply(incident, event);

        // THEN it is accepted and the incident is in the rule's to phase, with the event last in its history
        assertThat(outcome.rejection()).isEmpty();
        assertThat(outcome.incident().phase()).isEqualTo(rule.to());
        assertThat(outcome.incident().events()).endsWith(event);
    }

    static Stream<Arguments> pairsNotInTheTable() {
        List<Arguments> pairs = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            for (EventType type : EventType.values()) {
                if (type != EventType.DECLARED
                        && TransitionTable.STANDARD.target(type, phase).isEmpty()) {
                    pairs.add(Arguments.of(phase, type));
                }
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("pairsNotInTheTable")
    void should_reject_an_event_when_the_table_does_not_permit_it_in_the_phase(Phase phase, EventType type) {
        // GIVEN an incident in a phase whose table row lacks the event type
        Lifecycle lifecycle = lifecycle();
        Incident incident = driveTo(lifecycle, phase);

        // WHEN an otherwise valid event of that type is tried
        Outcome outcome = lifecycle.tryApply(incident, validEvent(type, incident));

        // THEN it is refused: terminal phases say so, open phases say the table does not permit it
        assertThat(outcome.rejection())
                .get()
                .extracting(Rejection::reason)
                .isEqualTo(
                        phase.isTerminal() ? RejectionReason.TERMINAL_PHASE : RejectionReason.NOT_PERMITTED_IN_PHASE);
        assertThat(outcome.incident()).isSameAs(incident);
    }

    @Test
    void should_permit_only_the_declaration_nowhere_when_the_table_is_inspected() {
        // GIVEN the standard table
        TransitionTable table = TransitionTable.STANDARD;

        // WHEN every phase's permitted types are listed
        // THEN the declaration is in none of them, and terminal phases permit nothing
        for (Phase phase : Phase.values()) {
            assertThat(table.permitted(phase)).doesNotContain(EventType.DECLARED);
            if (phase.isTerminal()) {
                assertThat(table.permitted(phase)).isEmpty();
            } else {
                assertThat(table.permitted(phase)).isNotEmpty();
            }
        }
        // and every event type but the declaration appears in some rule
        Set<EventType> used = EnumSet.noneOf(EventType.class);
        table.rules().forEach(rule -> used.add(rule.event()));
        assertThat(used).isEqualTo(EnumSet.complementOf(EnumSet.of(EventType.DECLARED)));
    }

    static Stream<Arguments> permittedByPhase() {
        Set<EventType> declared = EnumSet.copyOf(FACTS_BUT_ASSIGNMENT);
        declared.addAll(EnumSet.of(
                EventType.MITIGATION_STARTED,
                EventType.MITIGATION_APPLIED,
                EventType.CANCELLED,
                EventType.MERGED_AS_DUPLICATE));
        Set<EventType> mitigating = EnumSet.copyOf(FACTS_BUT_ASSIGNMENT);
        mitigating.addAll(EnumSet.of(
                EventType.MITIGATION_APPLIED,
                EventType.IMPACT_MITIGATED,
                EventType.ROOT_CAUSE_IDENTIFIED,
                EventType.FIX_APPLIED,
                EventType.RECOVERY_VERIFIED,
                EventType.CANCELLED,
                EventType.MERGED_AS_DUPLICATE));
        Set<EventType> mitigated = EnumSet.copyOf(FACTS_BUT_ASSIGNMENT);
        mitigated.addAll(EnumSet.of(
                EventType.MITIGATION_APPLIED,
                EventType.ROOT_CAUSE_IDENTIFIED,
                EventType.FIX_APPLIED,
                EventType.RECOVERY_VERIFIED,
                EventType.RESOLVED,
                EventType.CANCELLED,
                EventType.MERGED_AS_DUPLICATE));
        Set<EventType> resolved = EnumSet.copyOf(FACTS_BUT_ASSIGNMENT);
        resolved.addAll(EnumSet.of(
                EventType.ROOT_CAUSE_IDENTIFIED,
                EventType.REOPENED,
                EventType.REVIEW_STARTED,
                EventType.POSTMORTEM_COMPLETED,
                EventType.CLOSED,
                EventType.MERGED_AS_DUPLICATE));
        Set<EventType> inReview = EnumSet.copyOf(FACTS_BUT_ASSIGNMENT);
        inReview.addAll(EnumSet.of(
                EventType.ROOT_CAUSE_IDENTIFIED,
                EventType.REOPENED,
                EventType.POSTMORTEM_COMPLETED,
                EventType.CLOSED,
                EventType.MERGED_AS_DUPLICATE));
        return Stream.of(
                Arguments.of(Phase.DECLARED, declared),
                Arguments.of(Phase.MITIGATING, mitigating),
                Arguments.of(Phase.MITIGATED, mitigated),
                Arguments.of(Phase.RESOLVED, resolved),
                Arguments.of(Phase.IN_REVIEW, inReview),
                Arguments.of(Phase.CLOSED, Set.of()),
                Arguments.of(Phase.CANCELLED, Set.of()),
                Arguments.of(Phase.MERGED, Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("permittedByPhase")
    void should_list_the_permitted_events_when_asked_in_each_phase(Phase phase, Set<EventType> expected) {
        // GIVEN a SEV3 incident with a commander, fix and verification on the way, in the phase
        Lifecycle lifecycle = lifecycle();
        Incident incident = driveTo(lifecycle, phase);

        // WHEN its permitted events are listed
        Set<EventType> permitted = lifecycle.permittedEvents(incident);

        // THEN they are the table's row minus the events whose state guards fail (a second commander)
        assertThat(permitted).isEqualTo(expected);
    }

    @Test
    void should_leave_out_guarded_events_when_their_state_guard_fails() {
        // GIVEN a declared incident without a commander, and a resolved SEV2 incident without postmortem
        Lifecycle lifecycle = lifecycle();
        Incident noCommander = declare(lifecycle, Severity.SEV2);
        Incident resolvedSev2 = driveTo(lifecycle, Phase.RESOLVED, Severity.SEV2, true);

        // WHEN their permitted events are listed
        Set<EventType> beforeCommander = lifecycle.permittedEvents(noCommander);
        Set<EventType> beforePostmortem = lifecycle.permittedEvents(resolvedSev2);

        // THEN mitigation and handover wait for a commander; closing waits for the postmortem
        assertThat(beforeCommander)
                .contains(EventType.COMMANDER_ASSIGNED)
                .doesNotContain(
                        EventType.MITIGATION_STARTED, EventType.MITIGATION_APPLIED, EventType.COMMAND_HANDED_OVER);
        assertThat(beforePostmortem).contains(EventType.POSTMORTEM_COMPLETED).doesNotContain(EventType.CLOSED);
    }

    static Stream<Arguments> everyPhaseAndType() {
        List<Arguments> all = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            for (EventType type : EventType.values()) {
                all.add(Arguments.of(phase, type));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyPhaseAndType")
    void should_agree_between_canApply_tryApply_and_apply_when_any_event_is_tried_in_any_phase(
            Phase phase, EventType type) {
        // GIVEN an incident in the phase and an event of the type
        Lifecycle lifecycle = lifecycle();
        Incident incident = driveTo(lifecycle, phase);
        IncidentEvent event = validEvent(type, incident);

        // WHEN it is checked, tried and applied
        boolean can = lifecycle.canApply(incident, event);
        Outcome outcome = lifecycle.tryApply(incident, event);

        // THEN the three agree, and a throwing apply carries the same rejection
        assertThat(can).isEqualTo(outcome.isAccepted());
        if (outcome.isAccepted()) {
            assertThat(lifecycle.apply(incident, event)).isEqualTo(outcome.incident());
            assertThat(lifecycle.permittedEvents(incident)).contains(type);
        } else {
            TransitionRejectedException thrown =
                    catchThrowableOfType(TransitionRejectedException.class, () -> lifecycle.apply(incident, event));
            assertThat(thrown.rejection()).isEqualTo(outcome.rejection().orElseThrow());
            assertThat(thrown.eventIndex()).isEmpty();
            assertThat(thrown).hasMessage(thrown.rejection().message());
            assertThat(outcome.incident()).isSameAs(incident);
        }
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void should_leave_the_incident_equal_when_an_event_is_rejected(Phase phase) {
        // GIVEN an incident in the phase, and an equal one rebuilt from its history
        Lifecycle lifecycle = lifecycle();
        Incident incident = driveTo(lifecycle, phase);
        Incident copy = lifecycle.replay(new ArrayList<>(incident.events()));
        List<IncidentEvent> historyBefore = List.copyOf(incident.events());

        // WHEN an event that runs backwards in time is tried
        Outcome outcome =
                lifecycle.tryApply(incident, note(incident.lastEventAt().minusSeconds(1)));

        // THEN it is refused and nothing changed
        assertThat(outcome.isAccepted()).isFalse();
        assertThat(outcome.incident()).isSameAs(incident).isEqualTo(copy);
        assertThat(incident.events()).containsExactlyElementsOf(historyBefore);
        assertThat(incident.phase()).isEqualTo(phase);
    }

    @Test
    void should_require_a_new_stopping_mitigation_fix_and_verification_when_a_resolved_incident_is_reopened() {
        // GIVEN a resolved incident that had a stopping mitigation, a fix and a verification
        Lifecycle lifecycle = lifecycle();
        Incident resolved = driveTo(lifecycle, Phase.RESOLVED);
        assertThat(resolved.isImpactStopped()).isTrue();
        assertThat(resolved.isRecoveryVerifiedAfterFix()).isTrue();

        // WHEN it is reopened
        Incident reopened = lifecycle.apply(resolved, new IncidentReopened("errors are back", next(resolved)));

        // THEN it is mitigating again and the old mitigation, fix and verification no longer count
        assertThat(reopened.phase()).isEqualTo(Phase.MITIGATING);
        assertThat(reopened.isImpactStopped()).isFalse();
        assertThat(reopened.isRecoveryVerifiedAfterFix()).isFalse();
        assertRejected(
                lifecycle,
                reopened,
                new ImpactMitigated("ok", next(reopened)),
                RejectionReason.NO_IMPACT_STOPPING_MITIGATION,
                "since it was reopened");

        Incident mitigated = lifecycle.apply(reopened, mitigation(true, next(reopened)));
        mitigated = lifecycle.apply(mitigated, new ImpactMitigated("ok", next(mitigated)));
        assertThat(mitigated.phase()).isEqualTo(Phase.MITIGATED);
        assertRejected(
                lifecycle,
                mitigated,
                new IncidentResolved("done", next(mitigated)),
                RejectionReason.NO_FIX_APPLIED,
                "since it was reopened");

        Incident fixed = lifecycle.apply(mitigated, new FixApplied(Fix.of("the real fix"), next(mitigated)));
        assertRejected(
                lifecycle,
                fixed,
                new IncidentResolved("done", next(fixed)),
                RejectionReason.RECOVERY_NOT_VERIFIED,
                "the fix applied at " + fixed.lastEventAt());

        Incident verified =
                lifecycle.apply(fixed, new RecoveryVerified(RecoveryVerification.of("baseline"), next(fixed)));
        Incident again = lifecycle.apply(verified, new IncidentResolved("done", next(verified)));
        assertThat(again.phase()).isEqualTo(Phase.RESOLVED);
    }

    @Test
    void should_not_count_a_verification_when_it_came_before_the_latest_fix() {
        // GIVEN a mitigated incident whose recovery was verified, and then another fix applied
        Lifecycle lifecycle = lifecycle();
        Incident incident = driveTo(lifecycle, Phase.MITIGATED);
        incident = lifecycle.apply(incident, new FixApplied(Fix.of("a second fix"), next(incident)));

        // WHEN it is resolved
        // THEN it is refused: the verification must follow the latest fix
        assertRejected(
                lifecycle,
                incident,
                new IncidentResolved("done", next(incident)),
                RejectionReason.RECOVERY_NOT_VERIFIED,
                "record a recovery verification first");
    }

    @Test
    void should_carry_the_rejection_and_its_index_when_replay_meets_a_refused_event() {
        // GIVEN a history whose fourth event (index 3) resolves before anything was fixed
        Lifecycle lifecycle = lifecycle();
        Incident mitigating = driveTo(lifecycle, Phase.MITIGATING);
        assertThat(mitigating.events()).hasSize(4);
        Incident prefix = lifecycle.replay(mitigating.events().subList(0, 3));
        IncidentEvent bad =
                new ImpactMitigated("too early", mitigating.events().get(3).at());
        List<IncidentEvent> history = new ArrayList<>(mitigating.events().subList(0, 3));
        history.add(bad);
        history.add(note(NOW));

        // WHEN the history is replayed
        TransitionRejectedException thrown =
                catchThrowableOfType(TransitionRejectedException.class, () -> lifecycle.replay(history));

        // THEN the exception carries the same rejection tryApply gives at that point, and index 3
        assertThat(thrown.eventIndex()).hasValue(3);
        assertThat(thrown.rejection())
                .isEqualTo(lifecycle.tryApply(prefix, bad).rejection().orElseThrow());
        assertThat(thrown.rejection().reason()).isEqualTo(RejectionReason.NOT_PERMITTED_IN_PHASE);
    }

    @Test
    void should_rebuild_an_equal_incident_when_its_history_is_replayed() {
        // GIVEN a closed incident
        Lifecycle lifecycle = lifecycle();
        Incident closed = driveTo(lifecycle, Phase.CLOSED, Severity.SEV2, true);

        // WHEN its history is replayed
        Incident replayed = lifecycle.replay(closed.events());

        // THEN the result is equal, with the same derived state
        assertThat(replayed).isEqualTo(closed).hasSameHashCodeAs(closed);
        assertThat(replayed.phase()).isEqualTo(Phase.CLOSED);
        assertThat(replayed.commander()).contains(MARCO);
        assertThat(replayed.holders(Role.RESPONDER)).containsExactly(AIKO);
        assertThat(replayed.postmortem()).isPresent();
        assertThat(replayed.toString()).contains("INC-42", "CLOSED", "SEV2");
    }

    @Test
    void should_reject_replay_when_the_history_is_empty() {
        // GIVEN an empty history
        // WHEN it is replayed
        // THEN it is an illegal argument that says a history starts with a declaration
        assertThatThrownBy(() -> lifecycle().replay(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("history must not be empty")
                .hasMessageContaining("IncidentDeclared");
    }

    @Test
    void should_reject_replay_with_not_declared_at_index_0_when_the_first_event_is_not_a_declaration() {
        // GIVEN a history that starts with a commander assignment
        CommanderAssigned first = new CommanderAssigned(MARCO, T0);

        // WHEN it is replayed
        TransitionRejectedException thrown = catchThrowableOfType(
                TransitionRejectedException.class, () -> lifecycle().replay(List.of(first)));

        // THEN the rejection is NOT_DECLARED at index 0, with no incident and no phase
        assertThat(thrown.eventIndex()).hasValue(0);
        assertThat(thrown.rejection().reason()).isEqualTo(RejectionReason.NOT_DECLARED);
        assertThat(thrown.rejection().event()).isEqualTo(first);
        assertThat(thrown.rejection().incident()).isEmpty();
        assertThat(thrown.rejection().phase()).isEmpty();
        assertThat(thrown.rejection().message())
                .contains("commander assigned", "starts with the incident's declaration");
    }

    @Test
    void should_reject_replay_naming_the_position_when_an_event_is_null() {
        // GIVEN a history with a null event at index 1
        List<IncidentEvent> history = Arrays.asList(new IncidentDeclared(ID, "t", Severity.SEV3, PRIYA, T0), null);

        // WHEN it is replayed
        // THEN the null is reported with its position
        assertThatThrownBy(() -> lifecycle().replay(history))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("history[1] must not be null");
    }

    @Test
    void should_reject_an_event_when_it_is_later_than_now_on_the_fixed_clock() {
        // GIVEN a lifecycle whose clock is fixed at NOW and a declared incident
        Lifecycle lifecycle = lifecycle();
        Incident incident = declare(lifecycle, Severity.SEV3);

        // WHEN notes at exactly now and one second later are tried
        Outcome atNow = lifecycle.tryApply(incident, note(NOW));
        Outcome later = lifecycle.tryApply(incident, note(NOW.plusSeconds(1)));

        // THEN "now" is accepted and the future is refused
        assertThat(atNow.isAccepted()).isTrue();
        assertThat(later.rejection()).get().extracting(Rejection::reason).isEqualTo(RejectionReason.EVENT_IN_FUTURE);
        assertThat(later.rejection().orElseThrow().message()).contains(NOW.toString());
    }

    @Test
    void should_reject_a_declaration_when_it_is_later_than_now() {
        // GIVEN a declaration one second after now
        IncidentDeclared future = new IncidentDeclared(ID, "t", Severity.SEV3, PRIYA, NOW.plusSeconds(1));

        // WHEN it is declared, or replayed
        TransitionRejectedException declared = catchThrowableOfType(
                TransitionRejectedException.class, () -> lifecycle().declare(future));
        TransitionRejectedException replayed = catchThrowableOfType(
                TransitionRejectedException.class, () -> lifecycle().replay(List.of(future)));

        // THEN both refuse it as being in the future; the replay names index 0
        assertThat(declared.rejection().reason()).isEqualTo(RejectionReason.EVENT_IN_FUTURE);
        assertThat(declared.rejection().incident()).contains(ID);
        assertThat(declared.eventIndex()).isEmpty();
        assertThat(replayed.rejection()).isEqualTo(declared.rejection());
        assertThat(replayed.eventIndex()).hasValue(0);
    }

    @Test
    void should_accept_an_event_when_its_time_equals_the_latest_event() {
        // GIVEN a declared incident
        Lifecycle lifecycle = lifecycle();
        Incident incident = declare(lifecycle, Severity.SEV3);

        // WHEN a note at the same instant is applied
        Incident next = lifecycle.apply(incident, note(incident.lastEventAt()));

        // THEN it is accepted: times may repeat, never run backwards
        assertThat(next.events()).hasSize(2);
    }

    @Test
    void should_derive_the_public_status_when_the_incident_progresses() {
        // GIVEN the phases of one incident
        Lifecycle lifecycle = lifecycle();
        Incident declared = driveTo(lifecycle, Phase.DECLARED);
        Incident identified = lifecycle.apply(declared, validEvent(EventType.TRIGGER_IDENTIFIED, declared));

        // WHEN its public status is read
        // THEN it follows investigating -> identified -> monitoring -> resolved
        assertThat(declared.publicStatus()).isEqualTo(PublicStatus.INVESTIGATING);
        assertThat(identified.publicStatus()).isEqualTo(PublicStatus.IDENTIFIED);
        assertThat(driveTo(lifecycle, Phase.MITIGATED).publicStatus()).isEqualTo(PublicStatus.MONITORING);
        assertThat(driveTo(lifecycle, Phase.RESOLVED).publicStatus()).isEqualTo(PublicStatus.RESOLVED);
        assertThat(driveTo(lifecycle, Phase.CANCELLED).publicStatus()).isEqualTo(PublicStatus.RESOLVED);
    }

    @Test
    void should_name_the_parameter_when_an_argument_is_null() {
        // GIVEN a lifecycle and an incident
        Lifecycle lifecycle = lifecycle();
        Incident incident = declare(lifecycle, Severity.SEV3);
        IncidentEvent event = note(NOW);

        // WHEN null is passed  THEN the message names the parameter
        assertThatThrownBy(() -> lifecycle.tryApply(null, event)).hasMessage("incident must not be null");
        assertThatThrownBy(() -> lifecycle.apply(incident, null)).hasMessage("event must not be null");
        assertThatThrownBy(() -> lifecycle.canApply(incident, null)).hasMessage("event must not be null");
        assertThatThrownBy(() -> lifecycle.permittedEvents(null)).hasMessage("incident must not be null");
        assertThatThrownBy(() -> lifecycle.replay(null)).hasMessage("history must not be null");
        assertThatThrownBy(() -> lifecycle.declare(null)).hasMessage("declared must not be null");
        assertThatThrownBy(() -> Lifecycle.builder().clock(null)).hasMessage("clock must not be null");
        assertThatThrownBy(() -> Lifecycle.builder().policy(null)).hasMessage("policy must not be null");
    }

    @Test
    void should_use_the_defaults_when_built_without_settings() {
        // GIVEN / WHEN the default lifecycle
        Lifecycle lifecycle = Lifecycle.withDefaults();

        // THEN it has the lesson's policy and table
        assertThat(lifecycle.policy()).isEqualTo(LifecyclePolicy.defaults());
        assertThat(lifecycle.table()).isSameAs(TransitionTable.STANDARD);
        assertThat(Lifecycle.builder().clock(Fixtures.CLOCK).build().clock()).isEqualTo(Fixtures.CLOCK);
    }

    private static void assertRejected(
            Lifecycle lifecycle, Incident incident, IncidentEvent event, RejectionReason reason, String inMessage) {
        Outcome outcome = lifecycle.tryApply(incident, event);
        assertThat(outcome.rejection()).as("rejection of %s", event).isPresent();
        Rejection rejection = outcome.rejection().orElseThrow();
        assertThat(rejection.reason()).isEqualTo(reason);
        assertThat(rejection.message()).contains(inMessage);
        assertThat(outcome.incident()).isSameAs(incident);
    }
}
