package dev.incident.cli;

import dev.incident.jackson.ErrorPolicy;
import dev.incident.jackson.IncidentArchiveReader;
import dev.incident.jackson.IncidentJson;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.lifecycle.Incident;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Incident files as {@code validate}, {@code render} and {@code metrics} read them, through {@link
 * IncidentJson#withDefaults()} (default lifecycle, unknown fields ignored): a file named {@code
 * *.ndjson} or {@code *.jsonl} is an NDJSON archive, one incident per line; any other file is one
 * incident document. Stateless and thread-safe.
 */
final class IncidentFiles {
    private static final IncidentJson JSON = IncidentJson.withDefaults();

    private IncidentFiles() {}

    /**
     * Whether a file is read as an NDJSON archive.
     *
     * @param name the file's name as given
     * @return {@code true} for {@code *.ndjson} and {@code *.jsonl}
     */
    static boolean isArchive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".ndjson") || lower.endsWith(".jsonl");
    }

    /**
     * Reads one incident document.
     *
     * @param file the file
     * @return the incident, replayed through the default lifecycle
     * @throws IncidentJsonException if it is not a valid incident
     */
    static Incident readOne(SourceFile file) throws IncidentJsonException {
        return JSON.readIncident(file.text());
    }

    /**
     * Reads every line of an archive, passing each incident and each bad line (with its line number)
     * on, in file order.
     *
     * @param file the archive
     * @param incidents receives the valid incidents
     * @param errors receives the error of each bad line
     */
    static void readArchive(SourceFile file, Consumer<Incident> incidents, Consumer<IncidentJsonException> errors) {
        byte[] bytes = file.text().getBytes(StandardCharsets.UTF_8);
        try (IncidentArchiveReader archive =
                JSON.archiveReader(new ByteArrayInputStream(bytes), ErrorPolicy.skip(errors))) {
            archive.stream().forEach(incidents);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file.name() + " from memory", e);
        }
    }

    /**
     * The exception's message without the {@code line N: } prefix an archive adds.
     *
     * @param error the error
     * @return {@code <reason> at <path>: <detail>}
     */
    static String withoutLine(IncidentJsonException error) {
        String message = error.getMessage();
        String prefix = error.line().isPresent() ? "line " + error.line().getAsLong() + ": " : "";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
