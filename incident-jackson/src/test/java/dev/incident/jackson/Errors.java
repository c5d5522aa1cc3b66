package dev.incident.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Catches the module's exception and checks the properties every one of them must have. */
final class Errors {
    private Errors() {}

    static IncidentJsonException thrownBy(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(IncidentJsonException.class);
        IncidentJsonException error = (IncidentJsonException) thrown;
        assertThat(error.getMessage())
                .as("one line, starts with the reason, names no Java class")
                .doesNotContain("\n")
                .startsWith(error.line().isPresent() ? "line " : error.reason().code())
                .doesNotContain("com.fasterxml")
                .doesNotContain("java.lang")
                .doesNotContain("Exception");
        assertThat(error.path()).matches("(/[^/]*)*");
        return error;
    }
}
