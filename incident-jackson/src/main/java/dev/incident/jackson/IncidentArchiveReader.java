package dev.incident.jackson;

import dev.incident.jackson.IncidentJsonException.Reason;
import dev.incident.lifecycle.Incident;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads an NDJSON archive one line at a time, in memory bounded by the longest line allowed
 * ({@link IncidentJson#MAX_DOCUMENT_LENGTH}), however many incidents it holds. Each line is read
 * and replayed like {@link IncidentJson#readIncident(byte[])}; blank lines are skipped; a line that
 * is too long is skipped over without being kept. A bad line goes to the {@link ErrorPolicy} with
 * its line number: it stops the reading by throwing, or skips the line.
 *
 * <pre>{@code
 * List<IncidentJsonException> bad = new ArrayList<>();
 * try (IncidentArchiveReader archive = json.archiveReader(in, ErrorPolicy.skip(bad::add))) {
 *     archive.stream().forEach(incident -> index(incident));
 * }
 * }</pre>
 *
 * <p>Made by {@link IncidentJson#archiveReader}. Not thread-safe.
 */
public final class IncidentArchiveReader implements Closeable {
    private static final int CHUNK = 64 * 1024;

    private final IncidentJson json;
    private final InputStream in;
    private final ErrorPolicy policy;
    private final int maxLineLength;
    private final byte[] chunk = new byte[CHUNK];
    private int position;
    private int limit;
    private byte[] line = new byte[8 * 1024];
    private int lineLength;
    private boolean lineTooLong;
    private long lineNumber;
    private long skipped;

    IncidentArchiveReader(IncidentJson json, InputStream in, ErrorPolicy policy, int maxLineLength) {
        this.json = json;
        this.in = in;
        this.policy = policy;
        this.maxLineLength = maxLineLength;
    }

    /**
     * Returns the next incident, or empty at the end of the archive.
     *
     * @throws IncidentJsonException if a line is bad and the policy stops
     * @throws IOException if the stream fails
     */
    public Optional<Incident> next() throws IOException {
        while (readLine()) {
            lineNumber++;
            int length = lineLength;
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            if (lineTooLong) {
                reject(new IncidentJsonException(
                        Reason.LIMIT_EXCEEDED,
                        "",
                        "the line is longer than the limit of " + maxLineLength + " bytes",
                        null,
                        null));
                continue;
            }
            if (isBlank(length)) {
                continue;
            }
            try {
                return Optional.of(json.readIncident(line, 0, length));
            } catch (IncidentJsonException e) {
                reject(e);
            }
        }
        return Optional.empty();
    }

    private void reject(IncidentJsonException error) throws IncidentJsonException {
        IncidentJsonException located = error.atLine(lineNumber);
        policy.onError(located);
        skipped++;
    }

    /**
     * The incidents still to read, lazily. A stopping error or a failing stream surfaces as an
     * {@link UncheckedIOException} whose cause is the {@link IncidentJsonException} or {@link
     * IOException}. Closing the stream closes this reader.
     */
    public Stream<Incident> stream() {
        Iterator<Incident> iterator = new Iterator<>() {
            private @Nullable Incident next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = IncidentArchiveReader.this.next().orElse(null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e.getMessage(), e);
                    }
                }
                return next != null;
            }

            @Override
            public Incident next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more incidents in the archive");
                }
                Incident result = next;
                next = null;
                return result;
            }
        };
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** The number of the last line read, from 1; 0 before the first. */
    public long lineNumber() {
        return lineNumber;
    }

    /** How many bad lines the policy skipped. */
    public long skipped() {
        return skipped;
    }

    /** Closes the underlying stream. */
    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads the next line into {@link #line}, keeping at most the limit; false at the end. */
    private boolean readLine() throws IOException {
        lineLength = 0;
        lineTooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                int read = in.read(chunk, 0, chunk.length);
                if (read <= 0) {
                    position = 0;
                    limit = 0;
                    return any;
                }
                position = 0;
                limit = read;
            }
            any = true;
            int start = position;
            while (position < limit && chunk[position] != '\n') {
                position++;
            }
            append(start, position - start);
            if (position < limit) {
                position++;
                return true;
            }
        }
    }

    private void append(int start, int count) {
        if (lineTooLong || count == 0) {
            return;
        }
        if (lineLength + count > maxLineLength) {
            lineTooLong = true;
            return;
        }
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineLength, Math.max(lineLength + count, line.length * 2)));
        }
        System.arraycopy(chunk, start, line, lineLength, count);
        lineLength += count;
    }

    private boolean isBlank(int length) {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
