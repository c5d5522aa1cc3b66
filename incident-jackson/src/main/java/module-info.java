/**
 * The incident SDK's JSON format as a Jackson module. Exports only {@code dev.incident.jackson};
 * the codecs live in the unexported {@code dev.incident.jackson.internal}. Core and databind are
 * required transitively because the API hands out their types ({@code Incident}, {@code
 * ObjectMapper}).
 */
@org.jspecify.annotations.NullMarked
module dev.incident.jackson {
    requires transitive dev.incident.core;
    requires transitive com.fasterxml.jackson.databind;
    requires static org.jspecify;

    exports dev.incident.jackson;

    provides com.fasterxml.jackson.databind.Module with
            dev.incident.jackson.IncidentModule;
}
