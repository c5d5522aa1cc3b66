/**
 * Implementation of the JSON format; not exported. One {@link dev.incident.jackson.internal.Codec}
 * per type writes and reads it; {@link dev.incident.jackson.internal.Codecs} lists them, and
 * {@link dev.incident.jackson.internal.CodecSerializer} / {@link
 * dev.incident.jackson.internal.CodecDeserializer} adapt them to Jackson.
 */
@NullMarked
package dev.incident.jackson.internal;

import org.jspecify.annotations.NullMarked;
