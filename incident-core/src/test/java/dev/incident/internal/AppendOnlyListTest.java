package dev.incident.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppendOnlyListTest {

    @Test
    void should_leave_the_original_unchanged_when_an_element_is_appended() {
        // GIVEN a list of two
        AppendOnlyList<String> two = AppendOnlyList.<String>empty().append("a").append("b");

        // WHEN a third is appended
        AppendOnlyList<String> three = two.append("c");

        // THEN the original still has two
        assertThat(two).containsExactly("a", "b");
        assertThat(three).containsExactly("a", "b", "c");
        assertThat(AppendOnlyList.empty()).isEmpty();
    }

    @Test
    void should_not_corrupt_either_branch_when_two_appends_start_from_the_same_view() {
        // GIVEN a view with spare capacity
        AppendOnlyList<String> base = AppendOnlyList.<String>empty().append("a");

        // WHEN two different elements are appended to it, then each branch grows
        AppendOnlyList<String> left = base.append("L");
        AppendOnlyList<String> right = base.append("R");
        AppendOnlyList<String> leftMore = left.append("L2");
        AppendOnlyList<String> rightMore = right.append("R2");

        // THEN every view sees only its own history
        assertThat(base).containsExactly("a");
        assertThat(left).containsExactly("a", "L");
        assertThat(right).containsExactly("a", "R");
        assertThat(leftMore).containsExactly("a", "L", "L2");
        assertThat(rightMore).containsExactly("a", "R", "R2");
    }

    @Test
    void should_equal_a_list_with_the_same_elements_when_compared_with_any_list() {
        // GIVEN an append-only list and an ArrayList with the same elements
        AppendOnlyList<Integer> list = AppendOnlyList.<Integer>empty();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            list = list.append(i);
            expected.add(i);
        }

        // WHEN compared  THEN equal both ways with equal hash codes, like any List
        assertThat(list).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(expected).isEqualTo(list);
        assertThat(list.toArray()).containsExactly(expected.toArray());
        assertThat(list.asList()).isSameAs(list);
        assertThat(list).isNotEqualTo(expected.subList(0, 19));
    }

    @Test
    void should_refuse_when_null_is_appended_or_an_index_is_out_of_bounds() {
        // GIVEN a list of one
        AppendOnlyList<String> one = AppendOnlyList.<String>empty().append("a");

        // WHEN misused  THEN refused with a message naming the problem
        assertThatThrownBy(() -> one.append(null)).hasMessage("element must not be null");
        assertThatThrownBy(() -> one.get(1))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("index 1 out of bounds for size 1");
        assertThatThrownBy(() -> one.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> one.add("b")).isInstanceOf(UnsupportedOperationException.class);
    }
}
