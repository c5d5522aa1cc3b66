package dev.incident.examples.archfixture;

import dev.incident.internal.Checks;

/** Breaks "nothing outside a module uses its internal packages": incident-examples using core's. Test-only. */
public final class CliUsingCoreInternals {
    private CliUsingCoreInternals() {}

    static String name(String value) {
        return Checks.notBlank(value, "name");
    }
}
