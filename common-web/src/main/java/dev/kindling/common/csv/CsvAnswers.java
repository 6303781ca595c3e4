package dev.kindling.common.csv;

import dev.kindling.common.problem.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The answers that come as JSON or CSV (reports, open data): {@code ?format=csv|json}, else the first
 * type the {@code Accept} header names.
 */
public final class CsvAnswers {
    public static final String CSV = "text/csv";

    private CsvAnswers() {}

    /** Whether the caller asked for CSV; 400 for a format that is neither. */
    public static boolean wanted(String format, HttpHeaders headers) {
        if (format != null && !"csv".equalsIgnoreCase(format) && !"json".equalsIgnoreCase(format)) {
            throw ProblemException.badRequest("format", "must be json or csv");
        }
        return "csv".equalsIgnoreCase(format) || (format == null && prefersCsv(headers));
    }

    /** The CSV as an attachment with this file name. */
    public static Response of(String csv, String filename) {
        return Response.ok(csv, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    private static boolean prefersCsv(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .findFirst()
                .map(m -> m.isCompatible(MediaType.valueOf(CSV)) && !m.isWildcardType())
                .orElse(false);
    }
}
