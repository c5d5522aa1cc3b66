package dev.incident.jackson.internal;

/**
 * What a read needs besides the tree: whether unknown fields are an error. Immutable and
 * thread-safe.
 *
 * @param rejectUnknownFields true to refuse fields the format does not define
 */
public record ReadContext(boolean rejectUnknownFields) {
    /** The tolerant default: unknown fields are ignored. */
    public static final ReadContext TOLERANT = new ReadContext(false);
    /** The strict variant: unknown fields are refused with {@code UNKNOWN_FIELD}. */
    public static final ReadContext STRICT = new ReadContext(true);

    /** Returns the strict or tolerant context. */
    public static ReadContext of(boolean rejectUnknownFields) {
        return rejectUnknownFields ? STRICT : TOLERANT;
    }
}
