package dev.incident.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions: compares a rendering with a file under {@code src/test/resources}. Run
 * with {@code -Dgolden.update=true} to rewrite the files after a deliberate change, then review the
 * diff before committing.
 */
public final class Golden {
    private Golden() {}

    /** Asserts that {@code actual} equals the resource at {@code path}, such as {@code timeline/x.md}. */
    public static void assertMatches(String actual, String path) {
        if (Boolean.getBoolean("golden.update")) {
            try {
                Path file = Path.of("src/test/resources").resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in)
                    .as("golden file %s (run with -Dgolden.update=true to create it)", path)
                    .isNotNull();
            String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(actual)
                    .as("rendering compared with golden file %s", path)
                    .isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
