package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.jackson.IncidentJsonException.Reason;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns Jackson's parse errors into {@link IncidentJsonException}s: a reason code, the JSON Pointer
 * the parser had reached, and a one-line detail without Java class names. Stateless.
 */
public final class JacksonErrors {
    private static final Pattern FROM_SETTING = Pattern.compile(", from `[^`]*`");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object property|field) [\"']([^\"']*)[\"']");

    private JacksonErrors() {}

    /** Translates {@code e}, taking the path from the parser that threw it, if known. */
    public static IncidentJsonException translate(JacksonException e) {
        Object processor = e.getProcessor();
        return translate(e, processor instanceof JsonParser parser ? parser : null);
    }

    /** Translates {@code e}, taking the path from {@code parser}, if given. */
    public static IncidentJsonException translate(JacksonException e, @Nullable JsonParser parser) {
        if (e instanceof IncidentJsonException already) {
            return already;
        }
        if (e.getCause() instanceof IncidentJsonException wrapped) {
            return wrapped;
        }
        String original = firstLine(e.getOriginalMessage());
        JsonStreamContext context = parser == null ? null : parser.getParsingContext();
        String path = context == null ? "" : context.pathAsPointer().toString();
        String where = where(e.getLocation());
        if (e instanceof StreamConstraintsException) {
            String detail = FROM_SETTING.matcher(original).replaceAll("");
            return new IncidentJsonException(Reason.LIMIT_EXCEEDED, path, detail + where, null, e);
        }
        if (original.startsWith("No content to map")) {
            return new IncidentJsonException(Reason.TRUNCATED, "", "the document is empty", null, e);
        }
        if (e instanceof JsonEOFException || original.contains("end-of-input")) {
            return new IncidentJsonException(
                    Reason.TRUNCATED, path, "the document ends before it is complete" + where, null, e);
        }
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            String name = duplicate.group(1);
            String objectPath = context == null
                    ? ""
                    : context.getParent() == null
                            ? ""
                            : context.getParent().pathAsPointer().toString();
            return new IncidentJsonException(
                    Reason.DUPLICATE_KEY,
                    objectPath + "/" + JsonIn.escape(name),
                    "the key " + IncidentJsonException.quote(name) + " appears twice in the same object" + where,
                    null,
                    e);
        }
        if (original.startsWith("Trailing token")) {
            return new IncidentJsonException(
                    Reason.MALFORMED_JSON, "", "there is more content after the end of the document" + where, null, e);
        }
        return new IncidentJsonException(Reason.MALFORMED_JSON, path, clean(original) + where, null, e);
    }

    /** The error for bytes that are not text in a Unicode encoding (the format is UTF-8). */
    public static IncidentJsonException undecodable(java.io.IOException e) {
        return new IncidentJsonException(
                Reason.MALFORMED_JSON,
                "",
                "the bytes are not valid text (UTF-8 expected): " + firstLine(e.getMessage()),
                null,
                e);
    }

    private static String where(@Nullable JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "not valid JSON";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String clean(String message) {
        int cut = message.indexOf(" (start marker at");
        if (cut < 0) {
            cut = message.indexOf("[Source:");
        }
        return cut < 0 ? message : message.substring(0, cut);
    }
}
