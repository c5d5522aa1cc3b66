package dev.incident.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.incident.lifecycle.Incident;
import dev.incident.testing.IncidentGenerators;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimelineProperties {

    @Test
    void should_order_entries_totally_and_stably_whatever_the_merge_order() {
        qt().withExamples(300)
                .forAll(
                        IncidentGenerators.incidents(),
                        lists().of(IncidentGenerators.externalEntries()).ofSizeBetween(0, 12))
                .checkAssert((incident, external) -> {
                    // GIVEN the same entries in another order
                    List<ExternalEntry> shuffled = new ArrayList<>(external);
                    Collections.shuffle(shuffled, new Random(external.size()));

                    // WHEN
                    Timeline timeline = Timeline.of(incident, external);
                    Timeline other = Timeline.of(incident, shuffled);

                    // THEN same entries in the same order, sorted by time, history order kept
                    assertThat(timeline.entries()).extracting(TimelineEntry::at).isSorted();
                    assertThat(other.entries()).containsExactlyElementsOf(timeline.entries());
                    List<TimelineEntry> fromEvents = timeline.entries().stream()
                            .filter(e ->
                                    e.isFromIncident() && e.event().get().at().equals(e.at()))
                            .toList();
                    List<Integer> indexes = fromEvents.stream()
                            .map(e -> e.event().get())
                            .map(event -> indexOf(incident, event))
                            .toList();
                    assertThat(indexes).isSorted();
                    assertThat(fromEvents)
                            .hasSizeGreaterThanOrEqualTo(incident.events().size());
                });
    }

    @Test
    void should_change_nothing_when_the_same_external_entries_are_merged_twice() {
        qt().withExamples(300)
                .forAll(
                        IncidentGenerators.incidents(),
                        lists().of(IncidentGenerators.externalEntries()).ofSizeBetween(0, 12))
                .checkAssert((incident, external) -> {
                    // GIVEN
                    Timeline once = Timeline.of(incident).merge(external);

                    // WHEN
                    Timeline twice = once.merge(external);

                    // THEN
                    assertThat(twice).isEqualTo(once);
                    assertThat(twice.entries()).isEqualTo(once.entries());
                    assertThat(twice.externalEntries()).isEqualTo(once.externalEntries());
                });
    }

    @Test
    void should_give_non_negative_ordered_durations() {
        qt().withExamples(300).forAll(IncidentGenerators.incidents()).checkAssert(incident -> {
            // WHEN
            Durations durations = Durations.of(incident);
            KeyMoments moments = durations.moments();

            // THEN
            for (Measure measure : Measure.values()) {
                durations.get(measure).ifPresent(d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ZERO));
            }
            assertOrdered(durations.timeToDetect(), durations.timeToMitigate());
            assertOrdered(durations.timeToMitigate(), durations.timeToResolve());
            assertOrdered(durations.timeToDetect(), durations.timeToResolve());
            assertThat(moments.detected()).hasValueSatisfying(d -> assertThat(d).isBeforeOrEqualTo(moments.declared()));
            moments.acknowledged().ifPresent(a -> assertThat(a).isAfterOrEqualTo(moments.declared()));
            moments.mitigated()
                    .ifPresent(
                            m -> moments.resolved().ifPresent(r -> assertThat(m).isBeforeOrEqualTo(r)));
        });
    }

    private static void assertOrdered(Optional<Duration> smaller, Optional<Duration> larger) {
        if (smaller.isPresent() && larger.isPresent()) {
            assertThat(smaller.get()).isLessThanOrEqualTo(larger.get());
        }
    }

    private static int indexOf(Incident incident, Object event) {
        for (int i = 0; i < incident.events().size(); i++) {
            if (incident.events().get(i) == event) {
                return i;
            }
        }
        throw new AssertionError("event not in history: " + event);
    }
}
