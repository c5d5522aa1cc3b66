package dev.incident.cli;

import dev.incident.cli.findings.CliFinding;
import dev.incident.cli.findings.Severity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input, read and decoded: its name as the user gave it ({@code <stdin>} for {@code -}) and its
 * text (UTF-8; a leading byte-order mark removed, line breaks kept). Command adapters get one per
 * file and make findings for it with {@link #finding}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the file as the user named it, or {@link #STDIN}
 * @param text the whole text
 */
public record SourceFile(String name, String text) {

    /** The name standard input gets in output. */
    public static final String STDIN = "<stdin>";

    /**
     * Checks the values.
     *
     * @throws NullPointerException if an argument is null
     */
    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A finding in this file.
     *
     * @param line the 1-based line
     * @param column the 1-based column
     * @param rule the rule id
     * @param severity how serious it is
     * @param message what is wrong
     * @return the finding, to which a suggestion or end can be added
     * @throws IllegalArgumentException as {@link CliFinding#of} does
     */
    public CliFinding finding(int line, int column, String rule, Severity severity, String message) {
        return CliFinding.of(name, line, column, rule, severity, message);
    }

    /**
     * Reads a file named on the command line.
     *
     * @param argument the name as given; relative names start from {@code workingDirectory}
     * @param workingDirectory the directory relative names are resolved against
     * @return the file
     * @throws InputException if the file is missing, a directory, unreadable or not UTF-8
     */
    static SourceFile read(String argument, Path workingDirectory) {
        Path path;
        try {
            path = workingDirectory.resolve(argument);
        } catch (InvalidPathException e) {
            throw new InputException(argument, "not a valid file name", e);
        }
        if (Files.isDirectory(path)) {
            throw new InputException(argument, "is a directory, not a file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(argument, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(argument, "permission denied", e);
        } catch (IOException e) {
            throw new InputException(argument, "cannot be read (" + e.getMessage() + ")", e);
        }
        return decode(argument, bytes);
    }

    /**
     * Decodes bytes as strict UTF-8.
     *
     * @throws InputException if the bytes are not UTF-8
     */
    static SourceFile decode(String name, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new SourceFile(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            throw new InputException(name, "is not UTF-8 text", e);
        }
    }
}
