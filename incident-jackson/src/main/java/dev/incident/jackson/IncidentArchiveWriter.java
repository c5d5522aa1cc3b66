package dev.incident.jackson;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.incident.lifecycle.Incident;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes an NDJSON archive: one compact incident document per line, each line ended by {@code \n},
 * in UTF-8. JSON escapes line breaks inside strings, so a document never spans lines. Made by
 * {@link IncidentJson#archiveWriter}. Not thread-safe.
 */
public final class IncidentArchiveWriter implements Closeable, Flushable {
    private final ObjectWriter writer;
    private final OutputStream out;
    private long written;

    IncidentArchiveWriter(ObjectWriter writer, OutputStream out) {
        this.writer = writer;
        this.out = new BufferedOutputStream(out, 64 * 1024);
    }

    /**
     * Appends {@code incident} as one line.
     *
     * @throws NullPointerException if {@code incident} is null
     * @throws IOException if the stream fails
     */
    public void write(Incident incident) throws IOException {
        Objects.requireNonNull(incident, "incident must not be null");
        out.write(writer.writeValueAsBytes(incident));
        out.write('\n');
        written++;
    }

    /** How many incidents were written. */
    public long written() {
        return written;
    }

    /** Flushes the buffered lines to the stream. */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes and closes the underlying stream. */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
