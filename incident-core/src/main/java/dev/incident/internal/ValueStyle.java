package dev.incident.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated classes are package-private implementation
 * details hidden behind the public abstract type, which offers {@code builder()} and {@code of(...)}.
 * Only the JDK's collections are used, so the generated code needs no library at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        allParameters = false,
        defaults = @Value.Immutable(copy = true),
        depluralize = true,
        typeImmutable = "Immutable*")
public @interface ValueStyle {}
