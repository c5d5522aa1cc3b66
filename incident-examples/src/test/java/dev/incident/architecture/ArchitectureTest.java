package dev.incident.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.incident.architecture.fixtures.Fixtures;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of the project, checked over the production classes of every module
 * (they are all on this module's test classpath). Each rule is also checked against test-only
 * classes that break it ({@code dev.incident.architecture.fixtures} and the {@code archfixture}
 * packages, imported separately), so a rule that cannot fail would fail its own test.
 */
class ArchitectureTest {
    /** The packages of incident-core. */
    static final List<String> CORE = List.of(
            "dev.incident.model",
            "dev.incident.event",
            "dev.incident.lifecycle",
            "dev.incident.timeline",
            "dev.incident.metrics",
            "dev.incident.comms",
            "dev.incident.postmortem",
            "dev.incident.lint",
            "dev.incident.internal");

    /** The packages of incident-jackson. */
    static final List<String> JACKSON = List.of("dev.incident.jackson");

    /** The packages of incident-examples (examples, benchmarks and the command-line tool). */
    static final List<String> EXAMPLES = List.of("dev.incident.examples", "dev.incident.cli");

    /** The public API packages whose types are values: immutable, shareable between threads. */
    static final List<String> VALUE_PACKAGES = List.of(
            "dev.incident.model..",
            "dev.incident.event..",
            "dev.incident.lifecycle..",
            "dev.incident.timeline..",
            "dev.incident.metrics..",
            "dev.incident.comms..",
            "dev.incident.postmortem..",
            "dev.incident.lint..",
            "dev.incident.jackson..");

    /**
     * Public types that are mutable on purpose, each documented "not thread-safe": the rule on
     * immutable types skips exactly these, and a test checks that each is still mutable, so the list
     * cannot go stale.
     */
    static final Map<String, String> MUTABLE_BY_DESIGN = Map.of(
            "dev.incident.metrics.MetricsAccumulator", "a collector's mutable container, one per thread, merged",
            "dev.incident.jackson.IncidentArchiveReader", "a stream over an NDJSON archive (Closeable)",
            "dev.incident.jackson.IncidentArchiveWriter", "a stream into an NDJSON archive (Closeable)");

    /**
     * Uses of one feature's internal package by another feature of the same module, allowed by name
     * (origin package, internal package): communications derive the public status from the
     * timeline's replay of an incident and format times as the timeline does.
     */
    static final Set<Map.Entry<String, String>> SHARED_INTERNALS =
            Set.of(Map.entry("dev.incident.comms", "dev.incident.timeline.internal"));

    static final ArchRule CORE_USES_NO_JSON_OR_CLI_LIBRARY = noClasses()
            .that()
            .resideInAnyPackage(packagesAndSubpackages(CORE))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml..", "picocli..")
            .because("incident-core has no JSON or CLI library; those live in incident-jackson and incident-examples");

    static final ArchRule INTERNALS_STAY_IN_THEIR_MODULE = classes()
            .should(useInternalPackagesOnlyFrom(
                    "their own module",
                    (origin, target, owner) -> module(origin).equals(module(target))))
            .because("internal packages are implementation details of their module, not API");

    static final ArchRule FEATURE_INTERNALS_STAY_IN_THEIR_FEATURE = classes()
            .should(useInternalPackagesOnlyFrom(
                    "their own feature package (or as listed in SHARED_INTERNALS)",
                    (origin, target, owner) -> owner.equals("dev.incident")
                            || SHARED_INTERNALS.contains(Map.entry(origin, target))
                            || origin.equals(owner)
                            || origin.startsWith(owner + ".")))
            .because("dev.incident.X.internal serves dev.incident.X; a feature uses another only through its API");

    static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices().matching("dev.incident.(*)..")
            .should()
            .beFreeOfCycles()
            .because("each feature (a package with its internal package) builds on others without going round");

    static final ArchRule NO_CYCLES_BETWEEN_API_PACKAGES = slices().matching("dev.incident.(**)")
            .that(
                    new com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.library.dependencies.Slice>(
                            "are API packages") {
                        @Override
                        public boolean test(com.tngtech.archunit.library.dependencies.Slice slice) {
                            return slice.stream()
                                    .noneMatch(c -> c.getPackageName().contains("internal"));
                        }
                    })
            .should()
            .beFreeOfCycles()
            .because("the API packages form a hierarchy, whatever their implementations share");

    static final ArchRule MODEL_DEPENDS_ON_NO_OTHER_PACKAGE = classes()
            .that()
            .resideInAPackage("dev.incident.model..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("dev.incident.model..", "java..", "org.immutables..", "org.jspecify..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("dev.incident.internal.ValueStyle")
            .because("the model is the foundation; only the compile-time style annotation is shared");

    static final ArchRule PUBLIC_VALUE_TYPES_ARE_IMMUTABLE = classes()
            .that()
            .resideInAnyPackage(VALUE_PACKAGES.toArray(String[]::new))
            .and()
            .resideOutsideOfPackages("..internal..")
            .and()
            .arePublic()
            .and()
            .areNotInterfaces()
            .and()
            .areNotEnums()
            .and()
            .doNotHaveSimpleName("Builder")
            .and()
            .areNotAssignableTo(Throwable.class)
            .and(new DescribedPredicate<JavaClass>("are not mutable by design") {
                @Override
                public boolean test(JavaClass javaClass) {
                    return !MUTABLE_BY_DESIGN.containsKey(javaClass.getName());
                }
            })
            .should(haveOnlyFinalInstanceFields())
            .because("public types are values or immutable services, safe to share between threads");

    private static JavaClasses classes;
    private static JavaClasses fixtures;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("jmh_generated"))
                .importPackages("dev.incident");
        fixtures = new ClassFileImporter().importClasses(Fixtures.ALL);
    }

    @Test
    void should_find_the_classes_of_every_module() {
        // GIVEN the imported classes THEN each module and core package is represented, so the rules are not vacuous
        assertThat(classes.contain("dev.incident.lifecycle.Lifecycle")).isTrue();
        assertThat(classes.contain("dev.incident.jackson.IncidentJson")).isTrue();
        assertThat(classes.contain("dev.incident.examples.Walkthrough")).isTrue();
        for (String corePackage : CORE) {
            assertThat(classes.containPackage(corePackage)).as(corePackage).isTrue();
        }
        assertThat(classes.stream().filter(c -> c.getPackageName().endsWith(".internal")))
                .extracting(JavaClass::getPackageName)
                .contains(
                        "dev.incident.internal",
                        "dev.incident.lint.internal",
                        "dev.incident.postmortem.internal",
                        "dev.incident.timeline.internal",
                        "dev.incident.metrics.internal",
                        "dev.incident.comms.internal",
                        "dev.incident.jackson.internal");
    }

    @Test
    void should_keep_jackson_and_picocli_out_of_core() {
        CORE_USES_NO_JSON_OR_CLI_LIBRARY.check(classes);
    }

    @Test
    void should_catch_core_code_that_uses_jackson() {
        assertViolatedBy(CORE_USES_NO_JSON_OR_CLI_LIBRARY, "CoreUsingJackson");
    }

    @Test
    void should_not_use_internals_from_other_modules() {
        INTERNALS_STAY_IN_THEIR_MODULE.check(classes);
    }

    @Test
    void should_catch_another_module_using_core_or_jackson_internals() {
        assertViolatedBy(INTERNALS_STAY_IN_THEIR_MODULE, "CliUsingCoreInternals");
        assertViolatedBy(INTERNALS_STAY_IN_THEIR_MODULE, "CliUsingJacksonInternals");
    }

    @Test
    void should_not_use_another_features_internals() {
        FEATURE_INTERNALS_STAY_IN_THEIR_FEATURE.check(classes);
    }

    @Test
    void should_catch_a_feature_using_another_features_internals() {
        assertViolatedBy(FEATURE_INTERNALS_STAY_IN_THEIR_FEATURE, "TimelineUsingPostmortemInternals");
    }

    @Test
    void should_have_no_cycles_between_packages() {
        NO_CYCLES_BETWEEN_PACKAGES.check(classes);
        NO_CYCLES_BETWEEN_API_PACKAGES.check(classes);
    }

    @Test
    void should_catch_a_cycle_between_packages() {
        assertViolatedBy(NO_CYCLES_BETWEEN_PACKAGES, "CycleFromModel");
        assertViolatedBy(NO_CYCLES_BETWEEN_API_PACKAGES, "CycleFromModel");
    }

    @Test
    void should_keep_the_model_independent_of_the_rest_of_the_project() {
        MODEL_DEPENDS_ON_NO_OTHER_PACKAGE.check(classes);
    }

    @Test
    void should_catch_the_model_depending_on_the_lifecycle() {
        assertViolatedBy(MODEL_DEPENDS_ON_NO_OTHER_PACKAGE, "ModelUsingLifecycle");
    }

    @Test
    void should_make_public_value_types_immutable() {
        PUBLIC_VALUE_TYPES_ARE_IMMUTABLE.check(classes);
    }

    @Test
    void should_catch_a_public_type_with_a_mutable_field() {
        assertViolatedBy(PUBLIC_VALUE_TYPES_ARE_IMMUTABLE, "MutableTimelineValue");
    }

    @Test
    void should_list_only_types_that_are_still_mutable_as_mutable_by_design() {
        // GIVEN each listed type THEN it exists and still has a field that changes, else it should leave the list
        for (String name : MUTABLE_BY_DESIGN.keySet()) {
            assertThat(classes.contain(name)).as(name).isTrue();
            assertThat(classes.get(name).getFields())
                    .as(name)
                    .anyMatch(field -> !field.getModifiers().contains(JavaModifier.STATIC)
                            && !field.getModifiers().contains(JavaModifier.FINAL));
        }
    }

    @Test
    void should_list_only_shared_internals_that_are_still_used() {
        for (Map.Entry<String, String> shared : SHARED_INTERNALS) {
            assertThat(classes.stream()
                            .filter(c -> c.getPackageName().equals(shared.getKey()))
                            .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                            .map(d -> d.getTargetClass().getPackageName()))
                    .as("%s uses %s", shared.getKey(), shared.getValue())
                    .contains(shared.getValue());
        }
    }

    @Test
    void should_map_every_production_package_to_a_module() {
        assertThat(classes.stream().map(JavaClass::getPackageName).distinct())
                .allSatisfy(name -> assertThat(module(name)).as(name).isPresent());
    }

    private static void assertViolatedBy(ArchRule rule, String fixture) {
        assertThatThrownBy(() -> rule.check(fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(fixture);
    }

    /** The module a package belongs to, by its name; empty for a package of no module. */
    static Optional<String> module(String packageName) {
        for (var module : List.of(
                Map.entry("incident-core", CORE),
                Map.entry("incident-jackson", JACKSON),
                Map.entry("incident-examples", EXAMPLES))) {
            for (String root : module.getValue()) {
                if (packageName.equals(root) || packageName.startsWith(root + ".")) {
                    return Optional.of(module.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /** The package that owns an internal package: {@code a.b} for {@code a.b.internal.c}; empty if not internal. */
    static Optional<String> internalOwner(String packageName) {
        String[] parts = packageName.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].equals("internal")) {
                return Optional.of(String.join(".", Arrays.copyOf(parts, i)));
            }
        }
        return Optional.empty();
    }

    private interface Allowed {
        boolean test(String originPackage, String targetPackage, String internalOwner);
    }

    private static ArchCondition<JavaClass> useInternalPackagesOnlyFrom(String description, Allowed allowed) {
        return new ArchCondition<>("use internal packages only from " + description) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String origin = javaClass.getPackageName();
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    internalOwner(target)
                            .filter(owner -> !target.equals(origin) && !allowed.test(origin, target, owner))
                            .ifPresent(owner ->
                                    events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription())));
                }
            }
        };
    }

    private static String[] packagesAndSubpackages(List<String> packages) {
        return packages.stream().map(name -> name + "..").toArray(String[]::new);
    }

    private static ArchCondition<JavaClass> haveOnlyFinalInstanceFields() {
        return new ArchCondition<>("have only final instance fields") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                javaClass.getFields().stream()
                        .filter(field -> !field.getModifiers().contains(JavaModifier.STATIC))
                        .filter(field -> !field.getModifiers().contains(JavaModifier.FINAL))
                        .forEach(field -> events.add(
                                SimpleConditionEvent.violated(field, field.getFullName() + " is not final")));
            }
        };
    }
}
