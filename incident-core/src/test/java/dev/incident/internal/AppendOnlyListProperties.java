package dev.incident.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppendOnlyListProperties {

    /** One append: from which existing view (an index, taken modulo the number of views) and what. */
    record Append(int from, int value) {}

    @Test
    void should_keep_every_view_equal_to_its_own_history_when_appends_branch_from_any_view() {
        // GIVEN random appends, each from a random earlier view (so many branch from the same view)
        qt().withExamples(1000)
                .forAll(lists().of(integers().between(0, 1000).zip(integers().all(), Append::new))
                        .ofSizeBetween(0, 80))
                .checkAssert(appends -> {
                    List<AppendOnlyList<Integer>> views = new ArrayList<>();
                    List<List<Integer>> models = new ArrayList<>();
                    views.add(AppendOnlyList.empty());
                    models.add(List.of());

                    // WHEN every append is made
                    for (Append append : appends) {
                        int from = append.from() % views.size();
                        views.add(views.get(from).append(append.value()));
                        List<Integer> model = new ArrayList<>(models.get(from));
                        model.add(append.value());
                        models.add(model);
                    }

                    // THEN every view, old and new, still equals its own history, like a List
                    for (int i = 0; i < views.size(); i++) {
                        AppendOnlyList<Integer> view = views.get(i);
                        List<Integer> model = models.get(i);
                        assertThat(view).as("view %d", i).isEqualTo(model).hasSameHashCodeAs(model);
                        assertThat(view.size()).isEqualTo(model.size());
                        assertThat(view.toArray()).isEqualTo(model.toArray());
                        for (int j = 0; j < model.size(); j++) {
                            assertThat(view.get(j)).isEqualTo(model.get(j));
                        }
                    }
                });
    }
}
