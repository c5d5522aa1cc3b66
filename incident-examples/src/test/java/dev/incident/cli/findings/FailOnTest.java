package dev.incident.cli.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailOnTest {

    @ParameterizedTest(name = "--fail-on {0} with a {1}: {2}")
    @CsvSource({
        "ERROR, ERROR, true",
        "ERROR, WARNING, false",
        "ERROR, NOTE, false",
        "WARNING, ERROR, true",
        "WARNING, WARNING, true",
        "WARNING, NOTE, false",
        "NOTE, ERROR, true",
        "NOTE, WARNING, true",
        "NOTE, NOTE, true",
        "NEVER, ERROR, false",
        "NEVER, WARNING, false",
        "NEVER, NOTE, false",
    })
    void should_fail_only_at_or_above_the_threshold_when_given_a_finding(
            FailOn failOn, Severity severity, boolean fails) {
        // GIVEN
        CliFinding finding = CliFinding.of("a.md", 1, 1, "rule", severity, "message");

        // THEN
        assertThat(failOn.failsOn(severity)).isEqualTo(fails);
        assertThat(failOn.failsOn(List.of(finding))).isEqualTo(fails);
        assertThat(failOn.failsOn(List.of())).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"ERROR, error", "WARNING, warning", "NOTE, note", "NEVER, never"})
    void should_show_lower_case_names_when_printed(FailOn failOn, String name) {
        assertThat(failOn).hasToString(name);
    }
}
