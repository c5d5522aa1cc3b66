package dev.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module exports exactly the API packages; update EXPECTED when an API package is added. */
class ModuleExportsTest {
    private static final Set<String> EXPECTED = Set.of(
            "dev.incident.model",
            "dev.incident.event",
            "dev.incident.lifecycle",
            "dev.incident.timeline",
            "dev.incident.metrics",
            "dev.incident.comms",
            "dev.incident.postmortem",
            "dev.incident.lint");

    private static ModuleDescriptor descriptor() {
        // Surefire runs in the module directory; the compiled module is exploded in target/classes,
        // and the finder adds the packages it finds there to the descriptor.
        return ModuleFinder.of(Path.of("target/classes"))
                .find("dev.incident.core")
                .orElseThrow(() -> new AssertionError("no module dev.incident.core in target/classes"))
                .descriptor();
    }

    @Test
    void should_export_exactly_the_api_packages_when_the_module_descriptor_is_read() {
        // GIVEN the compiled module descriptor
        ModuleDescriptor module = descriptor();

        // WHEN its exports are listed
        Set<String> exported =
                module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());

        // THEN the module is dev.incident.core and exports exactly the API packages, to everyone
        assertThat(module.name()).isEqualTo("dev.incident.core");
        assertThat(exported).isEqualTo(EXPECTED);
        assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(module.opens()).isEmpty();
    }

    @Test
    void should_not_export_any_internal_package_when_the_module_holds_one() {
        // GIVEN the compiled module descriptor, whose packages include dev.incident.internal
        ModuleDescriptor module = descriptor();
        assertThat(module.packages()).contains("dev.incident.internal");

        // WHEN its exports are listed
        // THEN none of them is an internal package
        assertThat(module.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .noneMatch(name -> name.contains("internal"));
    }
}
