package dev.incident.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.incident.jackson.IncidentJsonException;
import dev.incident.timeline.EntryKind;
import dev.incident.timeline.ExternalEntry;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * A timeline's {@link ExternalEntry} as {@code {"source", "at", "text", "link", "kind"}}: {@code
 * link} left out when absent; {@code kind} always written (the kind the entry has, stated or
 * guessed) and, when left out on reading, guessed from the text as the model does. Stateless.
 */
public final class ExternalEntryCodec extends Codec<ExternalEntry> {
    /** The instance. */
    public static final ExternalEntryCodec INSTANCE = new ExternalEntryCodec();

    private ExternalEntryCodec() {
        super(ExternalEntry.class);
    }

    @Override
    public void write(ExternalEntry value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("source", value.source());
        Instants.write("at", value.at(), out);
        out.writeStringField("text", value.text());
        Out.text("link", value.link(), out);
        Out.constant("kind", value.kind(), out);
        out.writeEndObject();
    }

    @Override
    public ExternalEntry read(JsonIn in) throws IncidentJsonException {
        ObjectIn o = in.object("an external timeline entry");
        String source = o.nonBlankText("source");
        Instant at = o.instant("at");
        String text = o.nonBlankText("text");
        Optional<String> link = o.optionalText("link");
        Optional<EntryKind> kind = o.optionalEnumConstant("kind", EntryKind.class);
        return o.build(() -> {
            ExternalEntry.Builder builder =
                    ExternalEntry.builder().source(source).at(at).text(text).link(link);
            kind.ifPresent(builder::kind);
            return builder.build();
        });
    }
}
