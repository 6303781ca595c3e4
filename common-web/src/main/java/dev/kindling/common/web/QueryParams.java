package dev.kindling.common.web;

import dev.kindling.common.problem.ProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads list filters taken as strings, so that a bad value is a 400 naming the parameter (JAX-RS
 * would answer 404 for a query parameter it cannot convert). An absent or empty value is null.
 */
public final class QueryParams {
    private QueryParams() {}

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

    /** Values from repeated and/or comma-separated parameters: {@code ?status=A&status=B,C}. */
    public static <E extends Enum<E>> List<E> enumValues(Class<E> type, String parameter, List<String> values) {
        List<E> result = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    result.add(enumValue(type, parameter, part.trim()));
                }
            }
        }
        return result;
    }
}
