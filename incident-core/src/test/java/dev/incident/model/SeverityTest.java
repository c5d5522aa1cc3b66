package dev.incident.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeverityTest {

    @Test
    void should_rank_the_default_scale_from_1_to_5_when_constants_are_used() {
        // GIVEN / WHEN the constants  THEN SEV1 is rank 1 ... SEV5 rank 5, UNDETERMINED unranked
        assertThat(List.of(Severity.SEV1, Severity.SEV2, Severity.SEV3, Severity.SEV4, Severity.SEV5))
                .extracting(s -> s.rank().getAsInt())
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(Severity.UNDETERMINED.rank()).isEmpty();
        assertThat(Severity.UNDETERMINED.isUndetermined()).isTrue();
        assertThat(Severity.SEV1.isUndetermined()).isFalse();
        assertThat(Severity.SEV2).hasToString("SEV2");
        assertThat(SeverityScale.DEFAULT.levels())
                .containsExactly(Severity.SEV1, Severity.SEV2, Severity.SEV3, Severity.SEV4, Severity.SEV5);
    }

    @Test
    void should_compare_by_rank_when_isAtLeast_is_asked() {
        // GIVEN severities  WHEN compared  THEN lower rank is worse; equal ranks count as at least
        assertThat(Severity.SEV1.isAtLeast(Severity.SEV2)).isTrue();
        assertThat(Severity.SEV2.isAtLeast(Severity.SEV2)).isTrue();
        assertThat(Severity.SEV3.isAtLeast(Severity.SEV2)).isFalse();
        assertThat(Severity.of("P2", 2).isAtLeast(Severity.SEV2)).isTrue();
    }

    @Test
    void should_never_be_at_least_anything_when_undetermined() {
        // GIVEN undetermined  WHEN compared either way  THEN false
        assertThat(Severity.UNDETERMINED.isAtLeast(Severity.SEV5)).isFalse();
        assertThat(Severity.SEV1.isAtLeast(Severity.UNDETERMINED)).isFalse();
        assertThat(Severity.UNDETERMINED.isAtLeast(Severity.UNDETERMINED)).isFalse();
    }

    @Test
    void should_refuse_the_severity_when_label_or_rank_is_invalid() {
        // GIVEN invalid labels or ranks  WHEN made  THEN refused with a message naming the problem
        assertThatThrownBy(() -> Severity.of(" ", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("severity label must not be blank");
        assertThatThrownBy(() -> Severity.of("P0", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("severity rank must be 1 (worst) or more, got 0 for P0");
        assertThatThrownBy(() -> Severity.of(null, 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("label");
    }

    @Test
    void should_rank_levels_by_position_and_find_them_ignoring_case_when_a_team_scale_is_made() {
        // GIVEN a team scale
        SeverityScale scale = SeverityScale.of("priority", List.of("P1", "P2", "P3"));

        // WHEN levels are looked up
        // THEN ranks are positions, lookup ignores case, UNDETERMINED is always there
        assertThat(scale.name()).isEqualTo("priority");
        assertThat(scale.level("p2")).isEqualTo(Severity.of("P2", 2));
        assertThat(scale.level("undetermined")).isSameAs(Severity.UNDETERMINED);
        assertThat(scale.find("P9")).isEmpty();
        assertThat(scale.level("P1").isAtLeast(Severity.SEV2)).isTrue();
        assertThatThrownBy(() -> scale.level("P9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no severity \"P9\" in scale priority; expected one of [P1, P2, P3]");
    }

    @Test
    void should_refuse_the_scale_when_labels_repeat_ignoring_case() {
        // GIVEN repeated labels  WHEN a scale is made  THEN refused, naming the level
        assertThatThrownBy(() -> SeverityScale.of("priority", List.of("P1", "p1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("severity scale priority repeats the level p1");
    }

    @Test
    void should_refuse_the_scale_when_it_is_empty_or_unnamed() {
        // GIVEN no levels, or a blank name  WHEN a scale is made  THEN refused
        assertThatThrownBy(() -> SeverityScale.of("priority", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("severity scale priority must have at least one level");
        assertThatThrownBy(() -> SeverityScale.of(" ", List.of("P1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("severity scale name must not be blank");
        assertThatThrownBy(() -> SeverityScale.of("priority", List.of("P1", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("severity label must not be blank");
    }
}
