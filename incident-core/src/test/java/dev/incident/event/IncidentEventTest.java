package dev.incident.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.incident.model.IncidentId;
import dev.incident.model.Participant;
import dev.incident.model.Role;
import dev.incident.model.Severity;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentEventTest {
    private static final Instant AT = Instant.parse("2026-03-04T14:00:00Z");
    private static final Participant P = Participant.of("priya");

    @Test
    void should_name_the_parameter_when_an_event_component_is_null() {
        // GIVEN / WHEN events with a null component  THEN the message names it
        assertThatThrownBy(() -> new CommanderAssigned(null, AT)).hasMessage("commander must not be null");
        assertThatThrownBy(() -> new CommanderAssigned(P, null)).hasMessage("at must not be null");
        assertThatThrownBy(() -> new CommandHandedOver(P, null, AT)).hasMessage("to must not be null");
        assertThatThrownBy(() -> new RoleAssigned(P, null, AT)).hasMessage("role must not be null");
        assertThatThrownBy(() -> new MitigationApplied(null)).hasMessage("mitigation must not be null");
        assertThatThrownBy(() -> new StatusUpdatePosted(null)).hasMessage("update must not be null");
        assertThatThrownBy(() -> new MergedAsDuplicate(null, AT)).hasMessage("into must not be null");
        assertThatThrownBy(() -> new IncidentDeclared(IncidentId.of("INC-1"), "t", null, P, AT))
                .hasMessage("severity must not be null");
    }

    @Test
    void should_refuse_blank_text_when_an_event_needs_a_reason_or_summary() {
        // GIVEN / WHEN blank texts  THEN refused naming the component
        assertThatThrownBy(() -> new IncidentCancelled(" ", AT)).hasMessage("reason must not be blank");
        assertThatThrownBy(() -> new IncidentResolved("", AT)).hasMessage("summary must not be blank");
        assertThatThrownBy(() -> new NoteAdded(P, " ", AT)).hasMessage("text must not be blank");
        assertThatThrownBy(() -> new PostmortemCompleted(" ", AT)).hasMessage("reference must not be blank");
    }

    @Test
    void should_refuse_the_declaration_when_detection_is_later_or_the_title_too_long() {
        // GIVEN a detection after the declaration, and a 501-character title
        IncidentId id = IncidentId.of("INC-1");

        // WHEN declared  THEN refused
        assertThatThrownBy(() -> new IncidentDeclared(id, "t", Severity.SEV2, P, Optional.of(AT.plusSeconds(1)), AT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be later than the declaration");
        assertThatThrownBy(() -> new IncidentDeclared(id, "x".repeat(501), Severity.SEV2, P, AT))
                .hasMessage("title must be at most 500 characters");
        assertThat(new IncidentDeclared(id, "t", Severity.SEV2, P, AT).type()).isEqualTo(EventType.DECLARED);
        assertThat(new RoleReleased(P, Role.SCRIBE, AT).type()).isEqualTo(EventType.ROLE_RELEASED);
    }
}
