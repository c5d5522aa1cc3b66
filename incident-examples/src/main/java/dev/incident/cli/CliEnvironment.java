package dev.incident.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the tool takes from the process around it, so tests can run it in-process: standard input,
 * whether a person is watching (progress is shown only then), and the working directory relative
 * file names are resolved against.
 *
 * @param stdin what {@code -} reads
 * @param interactive whether progress may be written to standard error
 * @param workingDirectory the directory relative file names and SARIF locations start from
 */
public record CliEnvironment(InputStream stdin, boolean interactive, Path workingDirectory) {

    /**
     * Checks the values.
     *
     * @throws NullPointerException if an argument is null
     */
    public CliEnvironment {
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /**
     * The real process: {@code System.in}, interactive when {@code System.console()} exists (the
     * JVM is attached to a terminal), the current directory.
     *
     * @return the process's environment
     */
    public static CliEnvironment system() {
        return new CliEnvironment(System.in, System.console() != null, Path.of(""));
    }
}
