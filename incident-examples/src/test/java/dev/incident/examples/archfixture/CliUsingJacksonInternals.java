package dev.incident.examples.archfixture;

import dev.incident.jackson.internal.Codec;

/** Breaks "nothing outside a module uses its internal packages": incident-examples using incident-jackson's. Test-only. */
public final class CliUsingJacksonInternals {
    private CliUsingJacksonInternals() {}

    static Class<?> codec() {
        return Codec.class;
    }
}
