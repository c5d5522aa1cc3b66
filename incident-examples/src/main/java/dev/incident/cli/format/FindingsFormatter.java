package dev.incident.cli.format;

import dev.incident.cli.findings.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link Report} in one output format. Implementations are stateless and thread-safe.
 */
public interface FindingsFormatter {

    /**
     * Writes the whole report, ending with a line break; does not close {@code out}.
     *
     * @param report the report to write
     * @param out where to write it
     * @throws IOException if {@code out} fails
     */
    void write(Report report, Writer out) throws IOException;
}
