package dev.incident.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Provides;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module descriptor exports only the API and provides the Jackson module. */
class ModuleTest {

    @Test
    void should_export_only_the_api_package_when_run_as_a_named_module() {
        Module module = IncidentModule.class.getModule();
        assertThat(module.isNamed()).as("tests run on the module path").isTrue();
        ModuleDescriptor descriptor = module.getDescriptor();

        Set<String> exported = descriptor.exports().stream()
                .filter(exports -> !exports.isQualified())
                .map(Exports::source)
                .collect(Collectors.toSet());

        assertThat(descriptor.name()).isEqualTo("dev.incident.jackson");
        assertThat(exported).containsExactly("dev.incident.jackson");
        assertThat(module.isExported("dev.incident.jackson.internal")).isFalse();
    }

    @Test
    void should_provide_the_jackson_module_when_asked_by_the_service_loader() {
        ModuleDescriptor descriptor = IncidentModule.class.getModule().getDescriptor();

        assertThat(descriptor.provides())
                .extracting(Provides::service, Provides::providers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "com.fasterxml.jackson.databind.Module", java.util.List.of(IncidentModule.class.getName())));
        assertThat(descriptor.requires())
                .anySatisfy(requires -> assertThat(requires.name()).isEqualTo("dev.incident.core"));
    }
}
