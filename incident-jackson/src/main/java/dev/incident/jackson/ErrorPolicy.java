package dev.incident.jackson;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What an {@link IncidentArchiveReader} does with a line that is not a valid incident: {@link
 * #stop()} throws its {@link IncidentJsonException} (which names the line), {@link #skip} reports it
 * and goes on with the next line. Implementations decide per error: throw to stop, return to skip.
 */
@FunctionalInterface
public interface ErrorPolicy {
    /**
     * Handles the error of one line.
     *
     * @param error the error; {@link IncidentJsonException#line()} is the line number
     * @throws IncidentJsonException to stop reading
     */
    void onError(IncidentJsonException error) throws IncidentJsonException;

    /** Stops at the first bad line by throwing its error. */
    static ErrorPolicy stop() {
        return error -> {
            throw error;
        };
    }

    /**
     * Skips bad lines, passing each error to {@code report} first.
     *
     * @throws NullPointerException if {@code report} is null
     */
    static ErrorPolicy skip(Consumer<? super IncidentJsonException> report) {
        Objects.requireNonNull(report, "report must not be null");
        return report::accept;
    }
}
