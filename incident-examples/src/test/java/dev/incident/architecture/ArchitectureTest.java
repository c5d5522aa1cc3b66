package dev.incident.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of the project, checked over the production classes of every module
 * (they are all on this module's test classpath).
 */
class ArchitectureTest {
    /** The packages of incident-core. */
    private static final String[] CORE = {
        "dev.incident.model..",
        "dev.incident.event..",
        "dev.incident.lifecycle..",
        "dev.incident.timeline..",
        "dev.incident.metrics..",
        "dev.incident.comms..",
        "dev.incident.postmortem..",
        "dev.incident.lint..",
        "dev.incident.internal.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("jmh_generated"))
                .importPackages("dev.incident");
    }

    @Test
    void should_find_the_classes_of_every_module() {
        // GIVEN the imported classes THEN each module is represented, so the rules below are not vacuous
        org.assertj.core.api.Assertions.assertThat(classes.contain("dev.incident.lifecycle.Lifecycle"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.contain("dev.incident.examples.Walkthrough"))
                .isTrue();
    }

    @Test
    void should_keep_jackson_and_picocli_out_of_core() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml..", "picocli..")
                .because(
                        "incident-core has no JSON or CLI library; those live in incident-jackson and incident-examples")
                .check(classes);
    }

    @Test
    void should_not_use_core_internals_from_other_modules() {
        noClasses()
                .that()
                .resideOutsideOfPackages(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.incident.internal..",
                        "dev.incident.model.internal..",
                        "dev.incident.event.internal..",
                        "dev.incident.lifecycle.internal..",
                        "dev.incident.timeline.internal..",
                        "dev.incident.metrics.internal..",
                        "dev.incident.comms.internal..",
                        "dev.incident.postmortem.internal..",
                        "dev.incident.lint.internal..")
                .because("internal packages are implementation details of incident-core")
                .check(classes);
    }

    @Test
    void should_not_use_jackson_module_internals_from_other_modules() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.incident.jackson..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.incident.jackson.internal..")
                .check(classes);
    }

    @Test
    void should_have_no_cycles_between_packages() {
        slices().matching("dev.incident.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void should_keep_the_model_independent_of_the_rest_of_the_project() {
        classes()
                .that()
                .resideInAPackage("dev.incident.model..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("dev.incident.model..", "java..", "org.immutables..", "org.jspecify..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.incident.internal.ValueStyle")
                .because("the model is the foundation; only the compile-time style annotation is shared")
                .check(classes);
    }

    @Test
    void should_make_public_value_types_immutable() {
        classes()
                .that()
                .resideInAnyPackage("dev.incident.model..", "dev.incident.event..", "dev.incident.lifecycle..")
                .and()
                .arePublic()
                .and()
                .areNotInterfaces()
                .and()
                .areNotEnums()
                .and()
                .doNotHaveSimpleName("Builder")
                .should(haveOnlyFinalInstanceFields())
                .check(classes);
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
