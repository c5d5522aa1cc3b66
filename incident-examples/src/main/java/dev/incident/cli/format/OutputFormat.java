package dev.incident.cli.format;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The values of {@code --format}. Immutable and thread-safe.
 */
public enum OutputFormat {
    /** For people in a terminal: one line per finding, grouped by file. */
    TEXT,
    /** The versioned {@code incident-findings/1} JSON document, for scripts. */
    JSON,
    /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
    SARIF;

    /**
     * A formatter for this format.
     *
     * @param workingDirectory the directory SARIF file locations are made relative to
     * @return the formatter
     * @throws NullPointerException if {@code workingDirectory} is null
     */
    public FindingsFormatter formatter(Path workingDirectory) {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        return switch (this) {
            case TEXT -> new TextFormatter();
            case JSON -> new JsonFormatter();
            case SARIF -> new SarifFormatter(workingDirectory);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
