package dev.kindling.hub.service;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.hub.api.CountryCodeValidator;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Parses list filters given as query strings, so that a bad value is a 400 naming the parameter
 * (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class Filters {
    private Filters() {}

    public static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.badRequest(parameter, "must be one of " + allowed);
        }
    }

    public static UUID uuid(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(parameter, "must be a UUID");
        }
    }

    public static String country(String parameter, String value, boolean allowEuropeanUnion) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (!CountryCodeValidator.isCountry(code) && !(allowEuropeanUnion && "EU".equals(code))) {
            throw ProblemException.badRequest(parameter, "must be an ISO 3166-1 alpha-2 country code");
        }
        return code;
    }
}
