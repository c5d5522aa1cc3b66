package dev.incident.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.Optional;

/**
 * Finds where a JSON Pointer points in a JSON text, as a 1-based line and column, so an {@code
 * IncidentJsonException}'s {@code path()} (which has no position of its own) can be shown where an
 * editor would jump. For text that is not JSON it gives the place the parser stopped. Stateless and
 * thread-safe.
 */
final class JsonLocator {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** A 1-based position in the text. */
    record Place(int line, int column) {}

    private JsonLocator() {}

    /**
     * The first token at {@code pointer} (a field name or a value), or the place where the text stops
     * being JSON.
     *
     * @param json the text
     * @param pointer a JSON Pointer such as {@code /events/7/at}; {@code ""} is the whole document
     * @return the place, or empty if the pointer is not in the text and the text is JSON
     */
    static Optional<Place> locate(String json, String pointer) {
        JsonPointer target;
        try {
            target = JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            while (parser.nextToken() != null) {
                if (parser.getParsingContext().pathAsPointer().equals(target)) {
                    return place(parser.currentTokenLocation());
                }
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return place(e.getLocation());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Where the text stops being one JSON document: the place the parser gave up (such as the end
     * of a truncated document), or the start of anything after the first value.
     *
     * @param json the text
     * @return the place, or empty if the text is exactly one whole JSON value
     */
    static Optional<Place> syntaxError(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            parser.skipChildren();
            return parser.nextToken() == null ? Optional.empty() : place(parser.currentTokenLocation());
        } catch (JsonProcessingException e) {
            return place(e.getLocation());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Place> place(JsonLocation location) {
        if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
            return Optional.empty();
        }
        return Optional.of(new Place(location.getLineNr(), location.getColumnNr()));
    }
}
