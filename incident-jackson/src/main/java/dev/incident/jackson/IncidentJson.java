package dev.incident.jackson;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.incident.jackson.internal.Codecs;
import dev.incident.jackson.internal.CompletenessReportCodec;
import dev.incident.jackson.internal.IncidentCodec;
import dev.incident.jackson.internal.IncidentMetricsCodec;
import dev.incident.jackson.internal.IncidentStreamReader;
import dev.incident.jackson.internal.JacksonErrors;
import dev.incident.jackson.internal.LintReportCodec;
import dev.incident.jackson.internal.PostmortemCodec;
import dev.incident.jackson.internal.ReadContext;
import dev.incident.jackson.internal.TimelineCodec;
import dev.incident.lifecycle.Incident;
import dev.incident.lifecycle.Lifecycle;
import dev.incident.postmortem.Postmortem;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The entry point: writes and reads incidents in the format {@value #FORMAT}, with a safely
 * configured Jackson mapper.
 *
 * <pre>{@code
 * IncidentJson json = IncidentJson.builder().lifecycle(lifecycle).build();
 * String text = json.writeIncident(incident);
 * Incident back = json.readIncident(text);   // replayed through lifecycle; equal to incident
 * }</pre>
 *
 * <p>The mapper it uses has the {@link IncidentModule}, and:
 *
 * <ul>
 *   <li>limits ({@link StreamReadConstraints}): nesting depth {@value #MAX_NESTING_DEPTH}, strings
 *       {@value #MAX_STRING_LENGTH} characters, numbers {@value #MAX_NUMBER_LENGTH} characters,
 *       field names {@value #MAX_NAME_LENGTH} characters, documents {@value #MAX_DOCUMENT_LENGTH}
 *       bytes (also the longest line of an archive); more is {@code LIMIT_EXCEEDED};
 *   <li>duplicate keys refused ({@code DUPLICATE_KEY}), content after the document refused
 *       ({@code MALFORMED_JSON}), no default typing;
 *   <li>unknown fields ignored (tolerant, so a newer writer of the same major format can add
 *       optional fields), or refused with {@code UNKNOWN_FIELD} after {@link
 *       Builder#rejectUnknownFields(boolean) rejectUnknownFields(true)};
 *   <li>streams passed in are neither closed nor kept.
 * </ul>
 *
 * <p>Every failure to read is an {@link IncidentJsonException} with a path and a reason. Immutable
 * and thread-safe.
 */
public final class IncidentJson {
    /** The format this version writes and reads, as written in every document's {@code format}. */
    public static final String FORMAT = IncidentCodec.FORMAT;
    /** The format of postmortem documents. */
    public static final String POSTMORTEM_FORMAT = PostmortemCodec.FORMAT;
    /** The format of postmortem completeness reports. */
    public static final String COMPLETENESS_REPORT_FORMAT = CompletenessReportCodec.FORMAT;
    /** The format of blameless-language lint reports. */
    public static final String LINT_REPORT_FORMAT = LintReportCodec.FORMAT;
    /** The format of timelines, written only (a timeline is derived; store its inputs). */
    public static final String TIMELINE_FORMAT = TimelineCodec.FORMAT;
    /** The format of incident metrics, written only (a dashboard feed). */
    public static final String METRICS_FORMAT = IncidentMetricsCodec.FORMAT;
    /** The deepest nesting of arrays and objects accepted. An incident needs 5. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The longest number accepted, in characters; a long has at most 20. */
    public static final int MAX_NUMBER_LENGTH = 64;
    /** The longest field name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** The longest document (and archive line) accepted, in bytes: 16 MiB. */
    public static final int MAX_DOCUMENT_LENGTH = 16 * 1024 * 1024;

    private static final String SCHEMA_RESOURCE = "/dev/incident/jackson/incident.schema.json";
    private static final IncidentJson DEFAULTS = builder().build();

    private final ObjectMapper mapper;
    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final ObjectWriter lineWriter;
    private final IncidentStreamReader streamReader;

    private IncidentJson(Builder builder) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .addModule(new IncidentModule(builder.lifecycle))
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, builder.rejectUnknownFields)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
        this.reader = mapper.readerFor(Incident.class);
        this.streamReader =
                new IncidentStreamReader(mapper, builder.lifecycle, ReadContext.of(builder.rejectUnknownFields));
        this.lineWriter = mapper.writerFor(Incident.class);
        this.writer = builder.prettyPrint ? lineWriter.with(prettyPrinter()) : lineWriter;
    }

    /** Two-space indents, one field or element per line, {@code "key": value}, {@code \n} on every platform. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /** Returns the instance with {@link Lifecycle#withDefaults()}, tolerant of unknown fields, compact. */
    public static IncidentJson withDefaults() {
        return DEFAULTS;
    }

    /** Returns a builder, starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a new mapper configured as described above, with the default lifecycle. Each call
     * returns a new mapper, so configuring it changes nothing else.
     */
    public static ObjectMapper mapper() {
        return DEFAULTS.mapper.copy();
    }

    /** Returns a new copy of this instance's mapper. */
    public ObjectMapper objectMapper() {
        return mapper.copy();
    }

    /** A reader of incidents with this instance's settings; errors are Jackson's or {@link IncidentJsonException}. */
    public ObjectReader reader() {
        return reader;
    }

    /** A writer of incidents with this instance's settings. */
    public ObjectWriter writer() {
        return writer;
    }

    /**
     * Returns the document of {@code incident}.
     *
     * @throws NullPointerException if {@code incident} is null
     */
    public String writeIncident(Incident incident) {
        Objects.requireNonNull(incident, "incident must not be null");
        try {
            return writer.writeValueAsString(incident);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + incident.id(), e);
        }
    }

    /**
     * Writes the document of {@code incident} to {@code out} in UTF-8; does not close {@code out}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IOException if {@code out} fails
     */
    public void writeIncident(Incident incident, OutputStream out) throws IOException {
        Objects.requireNonNull(incident, "incident must not be null");
        Objects.requireNonNull(out, "out must not be null");
        writer.writeValue(out, incident);
    }

    /**
     * Reads an incident and replays it through the lifecycle.
     *
     * @throws NullPointerException if {@code json} is null
     * @throws IncidentJsonException if it is not a valid incident document
     */
    public Incident readIncident(String json) throws IncidentJsonException {
        Objects.requireNonNull(json, "json must not be null");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return readIncident(bytes, 0, bytes.length);
    }

    /**
     * Reads an incident from UTF-8 bytes and replays it through the lifecycle.
     *
     * @throws NullPointerException if {@code json} is null
     * @throws IncidentJsonException if it is not a valid incident document
     */
    public Incident readIncident(byte[] json) throws IncidentJsonException {
        Objects.requireNonNull(json, "json must not be null");
        return readIncident(json, 0, json.length);
    }

    Incident readIncident(byte[] json, int offset, int length) throws IncidentJsonException {
        // Stream the document straight into events; anything unusual (or wrong) is read again
        // through the codec's tree, which reports the error with its path.
        Incident streamed = streamReader.read(json, offset, length);
        if (streamed != null) {
            return streamed;
        }
        try {
            return reader.readValue(json, offset, length);
        } catch (JacksonException e) {
            throw JacksonErrors.translate(e);
        } catch (IOException e) {
            // In memory, the only I/O that can fail is decoding the bytes: the input is at fault.
            throw JacksonErrors.undecodable(e);
        }
    }

    /**
     * Reads an incident from a UTF-8 stream and replays it through the lifecycle; does not close
     * {@code in}.
     *
     * @throws NullPointerException if {@code in} is null
     * @throws IncidentJsonException if it is not a valid incident document
     * @throws IOException if {@code in} fails
     */
    public Incident readIncident(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        try {
            return reader.readValue(in);
        } catch (JacksonException e) {
            throw JacksonErrors.translate(e);
        } catch (CharConversionException e) {
            throw JacksonErrors.undecodable(e);
        }
    }

    /**
     * Returns the document of {@code value}, of any type the module writes: an incident ({@value
     * #FORMAT}), a postmortem ({@value #POSTMORTEM_FORMAT}), a completeness report ({@value
     * #COMPLETENESS_REPORT_FORMAT}), a lint report ({@value #LINT_REPORT_FORMAT}), a timeline
     * ({@value #TIMELINE_FORMAT}, written only), incident metrics ({@value #METRICS_FORMAT}, written
     * only), or a value nested in them (an event, a follow-up, an external timeline entry, ...).
     *
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if the module has no JSON form for the value's type
     */
    public String write(Object value) {
        Objects.requireNonNull(value, "value must not be null");
        if (!Codecs.writes(value.getClass())) {
            throw new IllegalArgumentException(
                    "the format has no JSON form for " + value.getClass().getName());
        }
        try {
            return writer.forType(value.getClass()).writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads a value of {@code type} (a postmortem, a report, an external timeline entry, ...) from
     * {@code json}; an incident is replayed through the lifecycle as by {@link #readIncident(String)}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IncidentJsonException if it is not a valid document of the type, or the type is
     *     written only ({@code UNSUPPORTED_FORMAT})
     */
    public <T> T read(String json, Class<T> type) throws IncidentJsonException {
        Objects.requireNonNull(json, "json must not be null");
        return read(json.getBytes(StandardCharsets.UTF_8), type);
    }

    /**
     * Reads a value of {@code type} from UTF-8 bytes, as {@link #read(String, Class)}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IncidentJsonException if it is not a valid document of the type
     */
    public <T> T read(byte[] json, Class<T> type) throws IncidentJsonException {
        Objects.requireNonNull(json, "json must not be null");
        Objects.requireNonNull(type, "type must not be null");
        try {
            return mapper.readerFor(type).readValue(json);
        } catch (JacksonException e) {
            throw JacksonErrors.translate(e);
        } catch (IOException e) {
            throw JacksonErrors.undecodable(e);
        }
    }

    /**
     * Returns the document ({@value #POSTMORTEM_FORMAT}) of {@code postmortem}.
     *
     * @throws NullPointerException if {@code postmortem} is null
     */
    public String writePostmortem(Postmortem postmortem) {
        return write(Objects.requireNonNull(postmortem, "postmortem must not be null"));
    }

    /**
     * Reads a postmortem ({@value #POSTMORTEM_FORMAT}); the model's own checks apply.
     *
     * @throws NullPointerException if {@code json} is null
     * @throws IncidentJsonException if it is not a valid postmortem document
     */
    public Postmortem readPostmortem(String json) throws IncidentJsonException {
        return read(json, Postmortem.class);
    }

    /**
     * Returns a writer of an NDJSON archive (one compact incident per line) to {@code out}.
     *
     * @throws NullPointerException if {@code out} is null
     */
    public IncidentArchiveWriter archiveWriter(OutputStream out) {
        return new IncidentArchiveWriter(lineWriter, Objects.requireNonNull(out, "out must not be null"));
    }

    /**
     * Returns a streaming reader of an NDJSON archive; a line that is not a valid incident goes to
     * {@code onError}, which stops or skips.
     *
     * @throws NullPointerException if an argument is null
     */
    public IncidentArchiveReader archiveReader(InputStream in, ErrorPolicy onError) {
        return new IncidentArchiveReader(
                this,
                Objects.requireNonNull(in, "in must not be null"),
                Objects.requireNonNull(onError, "onError must not be null"),
                MAX_DOCUMENT_LENGTH);
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of every document the module writes ({@value #FORMAT}
     * and the others), chosen by their {@code format}.
     */
    public static String schema() {
        try (InputStream in = IncidentJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema resource " + SCHEMA_RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
        }
    }

    /** Builds an {@link IncidentJson}; not thread-safe. */
    public static final class Builder {
        private Lifecycle lifecycle = Lifecycle.withDefaults();
        private boolean rejectUnknownFields;
        private boolean prettyPrint;

        private Builder() {}

        /**
         * Sets the lifecycle that replays what is read: its policy and clock decide. Default:
         * {@link Lifecycle#withDefaults()}.
         *
         * @throws NullPointerException if {@code lifecycle} is null
         */
        public Builder lifecycle(Lifecycle lifecycle) {
            this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle must not be null");
            return this;
        }

        /**
         * Refuses fields the format does not define ({@code UNKNOWN_FIELD}) instead of ignoring them.
         * Default: false (tolerant).
         */
        public Builder rejectUnknownFields(boolean reject) {
            this.rejectUnknownFields = reject;
            return this;
        }

        /** Indents the documents {@link #writeIncident} writes; archives stay one line each. Default: false. */
        public Builder prettyPrint(boolean pretty) {
            this.prettyPrint = pretty;
            return this;
        }

        /** Returns the configured instance. */
        public IncidentJson build() {
            return new IncidentJson(this);
        }
    }
}
