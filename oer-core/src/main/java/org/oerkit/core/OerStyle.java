package org.oerkit.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of oerkit, placed on the root package and so applied to every package below it.
 *
 * <p>Each value type is a hand-written abstract class that carries the Javadoc and the factories
 * ({@code of}, {@code parse}, {@code builder}); Immutables writes a package-private {@code ImmutableX}
 * behind it, so users never name the generated type. Collections keep insertion order (Guava immutable
 * collections, never {@code jdk9Collections}), so that {@code toString} and JSON are deterministic.
 * Invariants that span attributes are checked in {@code @Value.Check} methods that throw
 * {@link DomainRuleException}. Deep immutables detection is off: with it, a builder in one package (an
 * agenda {@code Workshop} holding vocabulary {@code Organization}s) would name the package-private
 * {@code ImmutableOrganization} of another package, which does not compile.
 *
 * <p>No annotation is added to the generated code from the class path ({@code allowedClasspathAnnotations}
 * names only {@code Override}, which the Immutables documentation gives as the way to turn the discovery
 * off): the {@code @Generated(from, generator)} it would add has class retention, and a user compiling
 * against oerkit without the Immutables jar would get a "Cannot find annotation method" warning for each
 * of its elements. For the same reason the value types carry {@code @Value.Immutable} without attributes:
 * this style is the one place for them, and it is not recorded in the value types' class files.
 *
 * <p>Source: the Immutables style guide and HubSpot's {@code @HubSpotStyle}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = false,
    jdk9Collections = false,
    optionalAcceptNullable = false,
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    get = {"is*", "get*"},
    allParameters = false,
    privateNoargConstructor = false,
    deepImmutablesDetection = false,
    throwForInvalidImmutableState = MissingAttributesException.class,
    allowedClasspathAnnotations = Override.class)
public @interface OerStyle {}
