package dev.incident.cli;

import java.util.Objects;

/**
 * An input the tool cannot work with: a missing, unreadable or undecodable file, or content a
 * command cannot even start on. The tool reports it as one line on standard error, {@code incident
 * COMMAND: FILE: PROBLEM}, and exits with {@link ExitCode#USAGE}; problems <em>inside</em> a file
 * that a command understands are findings, not input errors.
 *
 * <p>Immutable and thread-safe.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param file the file as the user named it
     * @param problem what is wrong, lower case, no final full stop, such as {@code no such file}
     * @throws NullPointerException if an argument is null
     */
    public InputException(String file, String problem) {
        this(file, problem, null);
    }

    /**
     * Creates the exception with its cause (shown with {@code --verbose}).
     *
     * @param file the file as the user named it
     * @param problem what is wrong
     * @param cause the underlying exception, or null
     * @throws NullPointerException if {@code file} or {@code problem} is null
     */
    public InputException(String file, String problem, @org.jspecify.annotations.Nullable Throwable cause) {
        super(Objects.requireNonNull(file, "file") + ": " + Objects.requireNonNull(problem, "problem"), cause);
        this.file = file;
        this.problem = problem;
    }

    /**
     * The file as the user named it.
     *
     * @return the file
     */
    public String file() {
        return file;
    }

    /**
     * What is wrong with it.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
