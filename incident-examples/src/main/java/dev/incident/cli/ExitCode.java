package dev.incident.cli;

/**
 * The tool's exit codes. A CI job can tell "the files have problems" (1) from "the tool was used
 * wrongly or could not read its input" (2).
 */
public final class ExitCode {
    /** Nothing at or above {@code --fail-on} was found (or the command has no findings). */
    public static final int OK = 0;

    /** At least one finding is at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;

    /** A usage or input error: bad option, missing, unreadable or undecodable file. */
    public static final int USAGE = 2;

    /** A bug in the tool itself; {@code --verbose} shows the stack trace. */
    public static final int INTERNAL = 3;

    private ExitCode() {}
}
