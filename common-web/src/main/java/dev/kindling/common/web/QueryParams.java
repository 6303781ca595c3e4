package dev.kindling.common.web;

import dev.kindling.common.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    /** {@code true} or {@code false} (any case); null when absent or empty. */
    public static Boolean bool(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest(parameter, "must be true or false");
        };
    }

    /** An ISO-8601 date ({@code 2024-06-30}); null when absent or empty. */
    public static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(parameter, "must be an ISO-8601 date such as 2024-06-30");
        }
    }

    /** An ISO 4217 code such as {@code EUR} (three upper-case letters); null when absent or empty. */
    public static String currency(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches("[A-Z]{3}")) {
            throw ProblemException.badRequest(parameter, "must be an ISO 4217 code such as EUR");
        }
        return value;
    }

    /** Free text, trimmed; null when absent or blank. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Free text of at most {@code maxLength} characters, trimmed; null when absent or blank; else 400. */
    public static String text(String parameter, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw ProblemException.badRequest(parameter, "must be at most " + maxLength + " characters");
        }
        return text(value);
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
