package dev.incident.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.incident.event.IncidentCancelled;
import dev.incident.lifecycle.Incident;
import dev.incident.model.Severity;
import dev.incident.model.TriggerKind;
import dev.incident.testing.Incidents;
import dev.incident.timeline.Measure;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentMetricsTest {

    /** An incident with impact from minute 0, mitigated at {@code mitigated}, resolved at {@code resolved}. */
    private static Incident incident(String id, Severity severity, long mitigated, long resolved, String service) {
        return Incidents.scenario(id, severity)
                .declaredAt(1)
                .commander("marco", 2)
                .impact(0, false, 2, service)
                .rollback(mitigated)
                .mitigated(mitigated)
                .fix(resolved)
                .verify(resolved)
                .resolve(resolved)
                .build();
    }

    @Test
    void should_compute_count_mean_median_p90_and_max_when_aggregating() {
        // GIVEN time to mitigate of 10, 20, 30 and 40 minutes
        List<Incident> incidents = List.of(
                incident("A", Severity.SEV2, 10, 50, "checkout"),
                incident("B", Severity.SEV2, 20, 60, "checkout"),
                incident("C", Severity.SEV1, 30, 70, "search"),
                incident("D", Severity.SEV3, 40, 80, "search"));

        // WHEN
        IncidentMetrics metrics = incidents.stream().collect(IncidentMetrics.collector());

        // THEN
        MeasureStats mitigate = metrics.overall().get(Measure.TIME_TO_MITIGATE);
        assertThat(mitigate.count()).isEqualTo(4);
        assertThat(mitigate.noData()).isZero();
        assertThat(mitigate.mean()).contains(Duration.ofMinutes(25));
        assertThat(mitigate.median()).as("nearest rank: rank ceil(0.5*4)=2").contains(Duration.ofMinutes(20));
        assertThat(mitigate.p90()).as("nearest rank: rank ceil(0.9*4)=4").contains(Duration.ofMinutes(40));
        assertThat(mitigate.max()).contains(Duration.ofMinutes(40));
        assertThat(metrics.overall().incidents()).isEqualTo(4);
    }

    @Test
    void should_group_by_severity_worst_first_and_by_service_by_name() {
        // GIVEN
        List<Incident> incidents = List.of(
                incident("A", Severity.SEV3, 10, 50, "search"),
                incident("B", Severity.SEV1, 20, 60, "checkout"),
                incident("C", Severity.SEV2, 30, 70, "checkout"));

        // WHEN
        IncidentMetrics metrics = IncidentMetrics.of(incidents);

        // THEN
        assertThat(metrics.bySeverity().keySet()).containsExactly(Severity.SEV1, Severity.SEV2, Severity.SEV3);
        assertThat(metrics.byService().keySet()).containsExactly("checkout", "search");
        assertThat(metrics.byService()
                        .get("checkout")
                        .get(Measure.TIME_TO_MITIGATE)
                        .max())
                .contains(Duration.ofMinutes(30));
        assertThat(metrics.bySeverity()
                        .get(Severity.SEV3)
                        .get(Measure.TIME_TO_MITIGATE)
                        .median())
                .contains(Duration.ofMinutes(10));
    }

    @Test
    void should_count_no_data_when_an_anchor_is_missing() {
        // GIVEN one incident without an impact start and one still mitigating
        Incident noStart = Incidents.scenario("A", Severity.SEV2)
                .commander("marco", 1)
                .impactWithoutStart(true, 2)
                .rollback(5)
                .mitigated(6)
                .build();
        Incident ongoing = Incidents.scenario("B", Severity.SEV2)
                .commander("marco", 1)
                .impact(0, true, 2)
                .rollback(5)
                .build();

        // WHEN
        IncidentMetrics metrics = IncidentMetrics.of(List.of(noStart, ongoing));

        // THEN
        MeasureStats mitigate = metrics.overall().get(Measure.TIME_TO_MITIGATE);
        assertThat(mitigate.count()).isZero();
        assertThat(mitigate.noData()).isEqualTo(2);
        assertThat(mitigate.median()).isEmpty();
        MeasureStats acknowledge = metrics.overall().get(Measure.TIME_TO_ACKNOWLEDGE);
        assertThat(acknowledge.count()).isEqualTo(2);
        assertThat(acknowledge.max()).contains(Duration.ofMinutes(1));
        assertThat(metrics.withoutService().incidents()).isEqualTo(2);
    }

    @Test
    void should_measure_failed_deployment_recovery_only_for_deploy_triggered_incidents() {
        // GIVEN
        Incident deploy = Incidents.scenario("A", Severity.SEV2)
                .commander("marco", 1)
                .impact(0, true, 2, "checkout")
                .trigger(TriggerKind.DEPLOY, 3)
                .rollback(12)
                .mitigated(12)
                .build();
        Incident traffic = Incidents.scenario("B", Severity.SEV2)
                .commander("marco", 1)
                .impact(0, true, 2, "checkout")
                .trigger(TriggerKind.TRAFFIC_SPIKE, 3)
                .rollback(30)
                .mitigated(30)
                .build();

        // WHEN
        IncidentMetrics metrics = IncidentMetrics.of(List.of(deploy, traffic));

        // THEN
        GroupMetrics overall = metrics.overall();
        assertThat(overall.deployTriggered()).isEqualTo(1);
        assertThat(overall.failedDeploymentRecovery().count()).isEqualTo(1);
        assertThat(overall.failedDeploymentRecovery().mean()).contains(Duration.ofMinutes(12));
        assertThat(overall.get(Measure.TIME_TO_MITIGATE).count()).isEqualTo(2);
    }

    @Test
    void should_exclude_and_count_cancelled_incidents() {
        // GIVEN
        Incident cancelled = dev.incident.lifecycle.Lifecycle.withDefaults()
                .apply(
                        Incidents.scenario("A", Severity.SEV3).build(),
                        new IncidentCancelled("false alarm", Incidents.at(4)));

        // WHEN
        IncidentMetrics metrics = IncidentMetrics.of(List.of(cancelled, incident("B", Severity.SEV2, 5, 9, "x")));

        // THEN
        assertThat(metrics.excludedCancelled()).isEqualTo(1);
        assertThat(metrics.overall().incidents()).isEqualTo(1);
    }

    @Test
    void should_equal_the_aggregate_of_both_when_two_accumulators_are_merged() {
        // GIVEN
        Incident a = incident("A", Severity.SEV2, 10, 50, "checkout");
        Incident b = incident("B", Severity.SEV1, 20, 60, "search");
        Incident c = incident("C", Severity.SEV2, 35, 65, "checkout");

        // WHEN
        IncidentMetrics merged = new MetricsAccumulator()
                .add(a)
                .merge(new MetricsAccumulator().add(b).add(c))
                .result();

        // THEN
        assertThat(merged).isEqualTo(IncidentMetrics.of(List.of(c, a, b)));
    }

    @Test
    void should_double_counts_when_an_accumulator_is_merged_with_itself() {
        // GIVEN
        MetricsAccumulator accumulator = new MetricsAccumulator().add(incident("A", Severity.SEV2, 10, 50, "x"));

        // WHEN
        IncidentMetrics doubled = accumulator.merge(accumulator).result();

        // THEN
        assertThat(doubled.overall().incidents()).isEqualTo(2);
        assertThat(doubled.overall().get(Measure.TIME_TO_MITIGATE).median())
                .isEqualTo(Optional.of(Duration.ofMinutes(10)));
    }
}
