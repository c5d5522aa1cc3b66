package dev.incident.jackson;

import static dev.incident.jackson.Fixtures.JSON;
import static dev.incident.jackson.Fixtures.PRETTY;
import static dev.incident.jackson.Fixtures.STRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.incident.postmortem.Postmortem;
import org.junit.jupiter.api.Test;

class PostmortemJsonProperties {

    @Test
    void should_read_back_an_equal_postmortem_when_any_valid_postmortem_is_written() {
        qt().withExamples(400).forAll(PostmortemGenerators.postmortems()).checkAssert(postmortem -> {
            assertThat(uncheckedRead(JSON, JSON.writePostmortem(postmortem))).isEqualTo(postmortem);
            assertThat(uncheckedRead(STRICT, PRETTY.writePostmortem(postmortem)))
                    .isEqualTo(postmortem);
        });
    }

    @Test
    void should_conform_to_the_schema_when_any_valid_postmortem_is_written() {
        qt().withExamples(200)
                .forAll(PostmortemGenerators.postmortems())
                .checkAssert(postmortem -> SchemaCheck.assertConforms(JSON.writePostmortem(postmortem)));
    }

    @Test
    void should_write_the_same_document_when_a_postmortem_is_written_twice() {
        qt().withExamples(100).forAll(PostmortemGenerators.postmortems()).checkAssert(postmortem -> {
            String once = JSON.writePostmortem(postmortem);
            assertThat(JSON.writePostmortem(uncheckedRead(JSON, once))).isEqualTo(once);
        });
    }

    private static Postmortem uncheckedRead(IncidentJson json, String text) {
        try {
            return json.readPostmortem(text);
        } catch (IncidentJsonException e) {
            throw new AssertionError(e.getMessage() + "\n" + text, e);
        }
    }
}
