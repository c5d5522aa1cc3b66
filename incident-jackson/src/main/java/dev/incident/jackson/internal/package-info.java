/**
 * Implementation of the JSON format; not exported. One {@link dev.incident.jackson.internal.Codec}
 * per type writes and reads it; {@link dev.incident.jackson.internal.Codecs} lists them, and
 * {@link dev.incident.jackson.internal.CodecSerializer} / {@link
 * dev.incident.jackson.internal.CodecDeserializer} adapt them to Jackson.
 *
 * <p>Adding a type (say the timeline): write {@code TimelineCodec extends DocumentCodec<Timeline>}
 * with format {@code "timeline/1"} (or {@code extends Codec<T>} for a value nested in documents),
 * reading through {@link dev.incident.jackson.internal.ObjectIn} so errors carry their JSON
 * Pointer; add one line to {@link dev.incident.jackson.internal.Codecs#standard}; describe it in a
 * schema resource; add a golden file and a round-trip property.
 */
@NullMarked
package dev.incident.jackson.internal;

import org.jspecify.annotations.NullMarked;
