package dev.kindling.common.csv;

import dev.kindling.common.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The answers that come as JSON or CSV (reports, open data): {@code ?format=csv|json}, else the first
 * type the {@code Accept} header names.
 */
public final class CsvAnswers {
    public static final String CSV = "text/csv";

    private CsvAnswers() {}

    /** Whether the caller asked for CSV (the format parameter, else the Accept header); 400 for a format that is neither. */
    static boolean wanted(String format, String accept) {
        if (format != null && !"csv".equalsIgnoreCase(format) && !"json".equalsIgnoreCase(format)) {
            throw ProblemException.badRequest("format", "must be json or csv");
        }
        return "csv".equalsIgnoreCase(format) || (format == null && prefersCsv(accept));
    }

    /** The CSV as an attachment with this file name. */
    public static Response of(String csv, String filename) {
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    /** Whether the Accept header's most preferred type (highest q, first on a tie) is text/csv. */
    private static boolean prefersCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        MediaType best = null;
        double bestQ = -1;
        for (String part : accept.split(",")) {
            MediaType type;
            try {
                type = MediaType.valueOf(part.trim());
            } catch (IllegalArgumentException e) {
                continue;
            }
            double q = quality(type);
            if (q > bestQ) {
                best = type;
                bestQ = q;
            }
        }
        return best != null && !best.isWildcardType() && best.isCompatible(MediaType.valueOf(CSV));
    }

    private static double quality(MediaType type) {
        try {
            return Double.parseDouble(type.getParameters().getOrDefault("q", "1"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
