package dev.incident.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.incident.lifecycle.Incident;
import dev.incident.testing.IncidentGenerators;
import dev.incident.timeline.Measure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentMetricsProperties {

    @Test
    void should_equal_the_aggregate_of_the_concatenation_when_two_aggregates_are_merged() {
        qt().withExamples(150)
                .forAll(
                        lists().of(IncidentGenerators.incidents()).ofSizeBetween(0, 8),
                        lists().of(IncidentGenerators.incidents()).ofSizeBetween(0, 8))
                .checkAssert((left, right) -> {
                    // GIVEN
                    List<Incident> all = new ArrayList<>(left);
                    all.addAll(right);

                    // WHEN
                    IncidentMetrics merged =
                            accumulate(left).merge(accumulate(right)).result();

                    // THEN
                    assertThat(merged).isEqualTo(IncidentMetrics.of(all));
                    assertThat(all.parallelStream().collect(IncidentMetrics.collector()))
                            .isEqualTo(merged);
                });
    }

    @Test
    void should_count_every_measured_incident_once_per_measure() {
        qt().withExamples(150)
                .forAll(lists().of(IncidentGenerators.incidents()).ofSizeBetween(0, 10))
                .checkAssert(incidents -> {
                    // WHEN
                    GroupMetrics overall = IncidentMetrics.of(incidents).overall();

                    // THEN nothing is dropped silently: with data + no data = incidents
                    for (Measure measure : Measure.values()) {
                        assertThat(overall.get(measure).incidents()).isEqualTo(overall.incidents());
                        overall.get(measure).median().ifPresent(median -> {
                            assertThat(median)
                                    .isLessThanOrEqualTo(
                                            overall.get(measure).p90().orElseThrow());
                            assertThat(overall.get(measure).p90().orElseThrow())
                                    .isLessThanOrEqualTo(
                                            overall.get(measure).max().orElseThrow());
                        });
                    }
                    assertThat(overall.failedDeploymentRecovery().incidents()).isEqualTo(overall.deployTriggered());
                });
    }

    private static MetricsAccumulator accumulate(List<Incident> incidents) {
        MetricsAccumulator accumulator = new MetricsAccumulator();
        incidents.forEach(accumulator::add);
        return accumulator;
    }
}
