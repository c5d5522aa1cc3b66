package dev.incident.lifecycle;

import dev.incident.internal.Checks;

/**
 * A non-blocking notice on an accepted event: the event was recorded, but the process suggests
 * another order, such as stabilising before diagnosing.
 *
 * @param code what the notice is about
 * @param message a sentence for people
 */
public record Advisory(Code code, String message) {
    /**
     * Creates an advisory.
     *
     * @param code what the notice is about
     * @param message a sentence for people
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code message} is blank
     */
    public Advisory {
        Checks.notNull(code, "code");
        Checks.notBlank(message, "message");
    }

    /** The stable codes of advisories. */
    public enum Code {
        /** Root-cause work or a fix was recorded while users were still affected. */
        DIAGNOSIS_BEFORE_MITIGATION
    }
}
