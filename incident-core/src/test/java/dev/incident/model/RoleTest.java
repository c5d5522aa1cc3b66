package dev.incident.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

    @ParameterizedTest
    @ValueSource(strings = {"customer liaison", "  Customer Liaison ", "CUSTOMER_LIAISON", "customer \t  liaison"})
    void should_normalise_the_name_when_case_spaces_or_underscores_differ(String name) {
        // GIVEN a name spelled differently  WHEN a role is made  THEN it is the same role
        assertThat(Role.of(name)).isEqualTo(Role.of("customer liaison"));
        assertThat(Role.of(name).name()).isEqualTo("customer liaison");
        assertThat(Role.of(name)).hasToString("customer liaison");
    }

    @Test
    void should_equal_the_standard_role_when_its_name_is_given() {
        // GIVEN standard names in other spellings  WHEN made  THEN equal to the constants
        assertThat(Role.of("Commander")).isEqualTo(Role.COMMANDER);
        assertThat(Role.of("communications_lead")).isEqualTo(Role.COMMUNICATIONS_LEAD);
        assertThat(Role.of(" SCRIBE ")).isEqualTo(Role.SCRIBE);
        assertThat(Role.of("responder")).isEqualTo(Role.RESPONDER);
    }

    @Test
    void should_refuse_the_role_when_the_name_is_blank_or_too_long() {
        // GIVEN a blank or 101-character name  WHEN a role is made  THEN refused
        assertThatThrownBy(() -> Role.of("   "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("role name must not be blank");
        assertThatThrownBy(() -> Role.of("x".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("role name must be at most 100 characters");
        assertThat(Role.of("x".repeat(100)).name()).hasSize(100);
    }

    /** Regression: Role.of(null) failed inside String.trim() instead of naming the parameter. */
    @Test
    void regression_should_name_the_parameter_when_role_of_gets_null() {
        // GIVEN null  WHEN a role is made  THEN the message names the parameter
        assertThatThrownBy(() -> Role.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("name must not be null");
    }

    @Test
    void should_refuse_the_participant_when_the_name_is_blank_or_too_long() {
        // GIVEN blank or long names  WHEN a participant is made  THEN refused; otherwise kept as given
        assertThat(Participant.of("@priya").name()).isEqualTo("@priya");
        assertThatThrownBy(() -> Participant.of(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("participant name must not be blank");
        assertThatThrownBy(() -> Participant.of("p".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("participant name must be at most 200 characters");
        assertThatThrownBy(() -> Participant.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
    }
}
