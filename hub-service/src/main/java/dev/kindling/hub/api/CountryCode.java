package dev.kindling.hub.api;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An ISO 3166-1 alpha-2 country code as the JDK knows them ({@code Locale.getISOCountries()}); null
 * passes (use {@code @NotNull}). With {@code allowEuropeanUnion}, the exceptionally reserved {@code
 * EU} is accepted too, for organisations of the European Union as a whole.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CountryCodeValidator.class)
public @interface CountryCode {
    /** The shape the OpenAPI document declares for a country code (the JDK's list is checked beside it). */
    String SCHEMA_PATTERN = "^[A-Z]{2}$";

    String message() default "must be an ISO 3166-1 alpha-2 country code";

    boolean allowEuropeanUnion() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
