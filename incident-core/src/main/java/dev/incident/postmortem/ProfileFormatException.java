package dev.incident.postmortem;

/**
 * A profile file could not be read: it says which line and why. Thrown by {@link
 * CompletenessProfile#parse(String)}; profiles are configuration, so a mistake in one is an error to
 * fix rather than a finding.
 */
public final class ProfileFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * Creates the exception.
     *
     * @param line the 1-based line of the problem
     * @param reason what is wrong with it
     */
    public ProfileFormatException(int line, String reason) {
        super("profile line " + line + ": " + reason);
        this.line = line;
    }

    /** The 1-based line of the problem. */
    public int line() {
        return line;
    }
}
