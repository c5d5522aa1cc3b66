package dev.incident.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Impact, Mitigation, Trigger, Fix, RootCause, RecoveryVerification and StatusUpdate checks. */
class ValuesTest {
    private static final Instant AT = Instant.parse("2026-03-04T14:00:00Z");

    @Test
    void should_keep_the_figures_when_the_impact_is_valid() {
        // GIVEN / WHEN a full impact
        Impact impact = Impact.builder()
                .startedAt(AT)
                .addAffectedService("checkout")
                .userFacing(true)
                .scope("8% of checkout requests fail")
                .usersAffected(0)
                .requestsAffected(12_000)
                .addRegionsAffected("eu-west-1")
                .build();

        // THEN everything is kept, zero figures included
        assertThat(impact.usersAffected()).hasValue(0);
        assertThat(impact.requestsAffected()).hasValue(12_000);
        assertThat(impact.affectedServices()).containsExactly("checkout");
        assertThat(impact.userFacing()).isTrue();
        assertThat(Impact.builder().build().userFacing()).isFalse();
    }

    @Test
    void should_refuse_the_impact_when_a_figure_is_negative_or_a_name_blank() {
        // GIVEN invalid impacts  WHEN built  THEN refused, naming the attribute
        assertThatThrownBy(() -> Impact.builder().usersAffected(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("usersAffected must not be negative");
        assertThatThrownBy(() -> Impact.builder().requestsAffected(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("requestsAffected must not be negative");
        assertThatThrownBy(() -> Impact.builder().addAffectedService(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("affected service names must not be blank");
        assertThatThrownBy(() -> Impact.builder().addRegionsAffected("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("affected region names must not be blank");
    }

    @Test
    void should_refuse_the_mitigation_when_its_description_is_blank_or_parts_are_missing() {
        // GIVEN a valid mitigation, and invalid ones
        Mitigation rollback = Mitigation.builder()
                .kind(MitigationKind.ROLLBACK)
                .description("rolled back 8812")
                .at(AT)
                .build();

        // WHEN built  THEN stoppedImpact defaults to false; blank and missing parts are refused
        assertThat(rollback.stoppedImpact()).isFalse();
        assertThatThrownBy(() -> Mitigation.builder()
                        .kind(MitigationKind.ROLLBACK)
                        .description("  ")
                        .at(AT)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mitigation description must not be blank");
        assertThatThrownBy(() -> Mitigation.builder().description("x").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kind")
                .hasMessageContaining("at");
        assertThatThrownBy(() -> Mitigation.builder().kind(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("kind");
    }

    @Test
    void should_refuse_the_trigger_when_description_or_reference_is_blank() {
        // GIVEN triggers  WHEN made  THEN blank description or reference is refused
        assertThat(Trigger.of(TriggerKind.DEPLOY, "deploy 8812").reference()).isEmpty();
        assertThatThrownBy(() -> Trigger.of(TriggerKind.DEPLOY, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trigger description must not be blank");
        assertThatThrownBy(() -> Trigger.builder()
                        .kind(TriggerKind.CONFIG_CHANGE)
                        .description("flag flipped")
                        .reference("")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trigger reference must not be blank when present");
        assertThatThrownBy(() -> Trigger.of(null, "x"))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("kind");
    }

    @Test
    void should_refuse_blank_text_when_fix_cause_or_verification_is_made() {
        // GIVEN blank texts  WHEN values are made  THEN refused with a message naming the attribute
        assertThatThrownBy(() -> Fix.of(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fix description must not be blank");
        assertThatThrownBy(() -> Fix.builder().description("x").reference(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fix reference must not be blank when present");
        assertThatThrownBy(() -> RootCause.of(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("root cause description must not be blank");
        assertThatThrownBy(() -> RootCause.builder()
                        .description("x")
                        .addContributingFactor(" ")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contributing factors must not be blank");
        assertThatThrownBy(() -> RecoveryVerification.of("\t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recovery evidence must not be blank");
        assertThatThrownBy(() -> RecoveryVerification.of(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("evidence");
    }

    @Test
    void should_default_to_internal_and_refuse_a_blank_message_when_a_status_update_is_built() {
        // GIVEN status updates  WHEN built  THEN internal by default; a blank message is refused
        StatusUpdate update = StatusUpdate.builder()
                .status(PublicStatus.INVESTIGATING)
                .message("looking")
                .at(AT)
                .author(Participant.of("aiko"))
                .build();
        assertThat(update.audience()).isEqualTo(Audience.INTERNAL);
        assertThatThrownBy(() -> StatusUpdate.builder()
                        .status(PublicStatus.INVESTIGATING)
                        .message(" ")
                        .at(AT)
                        .author(Participant.of("aiko"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status update message must not be blank");
    }
}
