package dev.incident.comms.internal;

import org.jspecify.annotations.Nullable;

/** A minimal JSON writer: objects, arrays, strings and null, compact output. Not thread-safe. */
public final class Json {
    private final StringBuilder out = new StringBuilder();
    private boolean needsComma;

    /** Starts an object. */
    public Json beginObject() {
        separate();
        out.append('{');
        needsComma = false;
        return this;
    }

    /** Ends an object. */
    public Json endObject() {
        out.append('}');
        needsComma = true;
        return this;
    }

    /** Starts an array. */
    public Json beginArray() {
        separate();
        out.append('[');
        needsComma = false;
        return this;
    }

    /** Ends an array. */
    public Json endArray() {
        out.append(']');
        needsComma = true;
        return this;
    }

    /** Writes a field name; the value follows. */
    public Json name(String name) {
        separate();
        string(name);
        out.append(':');
        needsComma = false;
        return this;
    }

    /** Writes a field with a string value, or null. */
    public Json field(String name, @Nullable String value) {
        name(name);
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        needsComma = true;
        return this;
    }

    private void separate() {
        if (needsComma) {
            out.append(',');
        }
    }

    private void string(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
