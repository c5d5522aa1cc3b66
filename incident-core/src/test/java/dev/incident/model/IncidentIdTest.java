package dev.incident.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"INC-42", "a", "7", "payments-2026-031", "inc_1.2", "Z9-_."})
    void should_accept_the_id_when_it_is_well_formed(String value) {
        // GIVEN a well-formed value  WHEN an id is made  THEN it keeps the text
        IncidentId id = IncidentId.of(value);
        assertThat(id.value()).isEqualTo(value);
        assertThat(id).hasToString(value);
        assertThat(IncidentId.isValid(value)).isTrue();
    }

    @Test
    void should_accept_64_characters_and_refuse_65_when_the_length_is_at_the_limit() {
        // GIVEN ids of 64 and 65 characters
        String max = "a".repeat(64);
        String tooLong = "a".repeat(65);

        // WHEN made  THEN 64 is fine, 65 is refused with an abbreviated value in the message
        assertThat(IncidentId.of(max).value()).hasSize(64);
        assertThatThrownBy(() -> IncidentId.of(tooLong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid incident id \"" + max + "...\": it is longer than 64 characters");
        assertThat(IncidentId.isValid(tooLong)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|it is empty",
                "-INC|it must start with an ASCII letter or digit",
                ".x|it must start with an ASCII letter or digit",
                "INC 42|character 4 is not an ASCII letter, digit, '-', '_' or '.'",
                "INC/42|character 4 is not an ASCII letter, digit, '-', '_' or '.'",
                "INCé|character 4 is not an ASCII letter, digit, '-', '_' or '.'",
                "ÉINC|it must start with an ASCII letter or digit"
            })
    void should_refuse_the_id_with_the_problem_when_it_is_malformed(String value, String problem) {
        // GIVEN a malformed value  WHEN an id is made  THEN the message quotes it and names the problem
        assertThatThrownBy(() -> IncidentId.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid incident id \"" + value + "\": " + problem);
        assertThat(IncidentId.isValid(value)).isFalse();
    }

    @Test
    void should_reject_null_naming_the_parameter_when_value_is_null() {
        // GIVEN null  WHEN an id is made  THEN the message names the parameter
        assertThatThrownBy(() -> IncidentId.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("value");
    }

    @Test
    void should_compare_by_text_and_be_case_sensitive_when_ids_are_compared() {
        // GIVEN ids  WHEN compared  THEN by text, case-sensitively
        assertThat(IncidentId.of("INC-1")).isEqualTo(IncidentId.of("INC-1")).isNotEqualTo(IncidentId.of("inc-1"));
        assertThat(IncidentId.of("INC-1")).isLessThan(IncidentId.of("INC-2"));
    }
}
