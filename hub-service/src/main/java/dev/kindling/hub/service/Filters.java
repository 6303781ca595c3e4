package dev.kindling.hub.service;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.hub.api.CountryCodeValidator;
import java.util.Locale;

/**
 * The hub-specific list filter: a country code (or EU, for partners) given as a query string, a 400
 * naming the parameter when it is not one. Ids and enums go through common's {@code QueryParams}.
 */
public final class Filters {
    private Filters() {}

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
