package dev.incident.cli;

import java.io.PrintWriter;

/**
 * A one-line progress counter on standard error, rewritten in place with a carriage return and
 * cleared at the end. Disabled unless a person is watching, so it never reaches a file or a pipe,
 * and never standard output, so it never mixes into JSON or SARIF. Not thread-safe.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private final String command;
    private int width;

    Progress(PrintWriter err, boolean enabled, String command) {
        this.err = err;
        this.enabled = enabled;
        this.command = command;
    }

    void advance(int done, int total) {
        if (enabled) {
            String line = command + ": " + done + "/" + total + " files";
            width = Math.max(width, line.length());
            err.print("\r" + line);
            err.flush();
        }
    }

    void clear() {
        if (enabled && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }
}
