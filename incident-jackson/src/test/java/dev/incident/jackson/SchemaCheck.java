package dev.incident.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** Validates documents against the shipped JSON Schema (networknt json-schema-validator 3.x). */
final class SchemaCheck {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(IncidentJson.schema(), InputFormat.JSON);

    private SchemaCheck() {}

    /** The schema's complaints about {@code json}; empty if it conforms. */
    static List<Error> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    /** Asserts that {@code json} conforms to the schema. */
    static void assertConforms(String json) {
        assertThat(errors(json)).as("schema errors for %s", json).isEmpty();
    }
}
