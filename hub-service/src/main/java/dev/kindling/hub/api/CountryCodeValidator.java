package dev.kindling.hub.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;

/** Checks {@link CountryCode} against the JDK's list of ISO 3166-1 alpha-2 codes. */
public class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {
    private static final Set<String> ISO = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    private static final String EUROPEAN_UNION = "EU";

    private boolean allowEuropeanUnion;

    @Override
    public void initialize(CountryCode annotation) {
        allowEuropeanUnion = annotation.allowEuropeanUnion();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isCountry(value) || (allowEuropeanUnion && EUROPEAN_UNION.equals(value));
    }

    /** Whether the value is an assigned ISO 3166-1 alpha-2 code (upper case). */
    public static boolean isCountry(String value) {
        return ISO.contains(value);
    }
}
