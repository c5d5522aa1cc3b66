package dev.incident.model.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks "core uses no Jackson": a core package that writes JSON itself. Test-only. */
public final class CoreUsingJackson {
    private CoreUsingJackson() {}

    static String write(Object value) throws Exception {
        return new ObjectMapper().writeValueAsString(value);
    }
}
