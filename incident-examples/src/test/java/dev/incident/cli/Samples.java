package dev.incident.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies the committed sample files into a test's working directory. */
final class Samples {
    private Samples() {}

    static void copyTo(Path directory, String... names) {
        try {
            for (String name : names) {
                Files.copy(
                        SampleFiles.DIRECTORY.resolve(name),
                        directory.resolve(name),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
