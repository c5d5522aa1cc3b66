package dev.incident.comms;

import static dev.incident.testing.Incidents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.incident.lifecycle.Incident;
import dev.incident.model.Audience;
import dev.incident.model.PublicStatus;
import dev.incident.model.Severity;
import dev.incident.testing.Incidents;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommunicationPolicyProperties {
    private static final CommunicationPolicy POLICY = CommunicationPolicy.defaults();

    /**
     * An investigating incident of severity {@code rank} with updates after the given gaps (minutes),
     * public if {@code userFacing}; built up to the first {@code count} updates.
     */
    private static Incident incident(int rank, boolean userFacing, List<Integer> gaps, int count) {
        Incidents.Scenario scenario = Incidents.scenario("INC-1", Severity.of("SEV" + rank, rank))
                .commander("marco", 0)
                .impact(0, userFacing, 0, "api");
        long t = 0;
        for (int i = 0; i < count; i++) {
            t += gaps.get(i);
            scenario.update(PublicStatus.INVESTIGATING, userFacing ? Audience.PUBLIC : Audience.INTERNAL, t);
        }
        return scenario.build();
    }

    private static long limit(int rank, boolean userFacing, int index) {
        long cadence =
                POLICY.cadenceFor(Severity.of("SEV" + rank, rank)).orElseThrow().toMinutes();
        return index == 0 && userFacing
                ? Math.min(cadence, POLICY.firstPublicUpdateWithin().toMinutes())
                : cadence;
    }

    @Test
    void should_never_be_overdue_when_every_update_meets_the_cadence() {
        qt().withExamples(300)
                .forAll(
                        integers().between(1, 3),
                        booleans().all(),
                        lists().of(integers().between(0, 1000)).ofSizeBetween(1, 8),
                        integers().between(0, 1000))
                .checkAssert((rank, userFacing, raw, rawWait) -> {
                    // GIVEN gaps that each fit within the cadence
                    List<Integer> gaps = new java.util.ArrayList<>();
                    for (int i = 0; i < raw.size(); i++) {
                        gaps.add((int) (raw.get(i) % (limit(rank, userFacing, i) + 1)));
                    }
                    // WHEN / THEN not overdue before each update is posted, nor up to the due time after the last
                    long t = 0;
                    for (int k = 0; k < gaps.size(); k++) {
                        Incident before = incident(rank, userFacing, gaps, k);
                        t += gaps.get(k);
                        assertThat(POLICY.overdue(before, at(t)))
                                .as("before update %s at minute %s", k, t)
                                .isFalse();
                    }
                    Incident all = incident(rank, userFacing, gaps, gaps.size());
                    long wait = rawWait % (limit(rank, userFacing, 1) + 1);
                    assertThat(POLICY.overdue(all, at(t + wait))).isFalse();
                    assertThat(POLICY.nextUpdateDue(all)).contains(at(t + limit(rank, userFacing, 1)));
                });
    }

    @Test
    void should_be_overdue_when_an_update_misses_the_cadence() {
        qt().withExamples(300)
                .forAll(
                        integers().between(1, 3),
                        booleans().all(),
                        lists().of(integers().between(0, 1000)).ofSizeBetween(1, 8),
                        integers().between(1, 500))
                .checkAssert((rank, userFacing, raw, late) -> {
                    // GIVEN updates that meet the cadence, then one that comes late
                    int missed = raw.size() - 1;
                    List<Integer> gaps = new java.util.ArrayList<>();
                    for (int i = 0; i < missed; i++) {
                        gaps.add((int) (raw.get(i) % (limit(rank, userFacing, i) + 1)));
                    }
                    long t = gaps.stream().mapToLong(Integer::longValue).sum();
                    Incident before = incident(rank, userFacing, gaps, missed);

                    // WHEN the next update has not come one cadence (plus some) later
                    Duration lateBy = Duration.ofMinutes(late);
                    long due = t + limit(rank, userFacing, missed);

                    // THEN
                    assertThat(POLICY.overdue(before, at(due).plus(lateBy))).isTrue();
                    assertThat(POLICY.overdueBy(before, at(due).plus(lateBy))).contains(lateBy);
                });
    }
}
