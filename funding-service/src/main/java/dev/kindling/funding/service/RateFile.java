package dev.kindling.funding.service;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.kindling.common.problem.FieldError;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rate file in the layout of the ECB's reference rates ({@code eurofxref.csv} and
 * {@code eurofxref-hist.csv}): a header {@code Date,USD,JPY,…} and one row per day, each cell the quote
 * units one base unit buys; {@code N/A} or an empty cell means no rate that day. Dates are ISO
 * ({@code 2025-06-30}) or as the daily file writes them ({@code 30 June 2025}). Every row is checked
 * and every fault named (up to {@value #MAX_ERRORS}); a file with any fault is refused whole.
 */
final class RateFile {
    static final int MAX_ERRORS = 50;
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,12}(\\.\\d{1,10})?");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    record Rate(String quote, LocalDate date, BigDecimal rate) {}

    /** The rates of a file, and how many of its cells held none. */
    record Parsed(List<Rate> rates, int skipped) {}

    private RateFile() {}

    static Parsed parse(String body, String base) {
        List<String[]> rows = read(body);
        List<FieldError> errors = new ArrayList<>();
        if (rows.isEmpty() || !"Date".equalsIgnoreCase(rows.get(0).length == 0 ? "" : rows.get(0)[0])) {
            throw invalid(
                    List.of(new FieldError("row 1", "must be the header: Date, then one ISO 4217 code a column")));
        }
        List<String> quotes = quotes(rows.get(0), base, errors);
        List<Rate> rates = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        int skipped = 0;
        for (int r = 1; r < rows.size() && errors.size() < MAX_ERRORS; r++) {
            String[] row = rows.get(r);
            String where = "row " + (r + 1);
            int cells = lastNonEmpty(row) + 1;
            if (cells > quotes.size() + 1) {
                errors.add(new FieldError(where, "has " + cells + " cells; the header names " + (quotes.size() + 1)));
                continue;
            }
            LocalDate date = date(row[0]);
            if (date == null) {
                errors.add(new FieldError(
                        where + ", Date", "is not a date (2025-06-30 or 30 June 2025): " + quoted(row[0])));
                continue;
            }
            if (!days.add(date)) {
                errors.add(new FieldError(where + ", Date", date + " appears twice"));
                continue;
            }
            for (int c = 1; c < cells; c++) {
                String cell = row[c];
                if (cell.isEmpty() || "N/A".equalsIgnoreCase(cell)) {
                    skipped++;
                } else if (!DECIMAL.matcher(cell).matches() || new BigDecimal(cell).signum() <= 0) {
                    errors.add(new FieldError(
                            where + ", " + quotes.get(c - 1), "is not a positive decimal: " + quoted(cell)));
                } else {
                    rates.add(new Rate(quotes.get(c - 1), date, new BigDecimal(cell)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        if (rates.isEmpty()) {
            throw invalid(List.of(new FieldError("body", "holds no rate")));
        }
        return new Parsed(rates, skipped);
    }

    private static List<String> quotes(String[] header, String base, List<FieldError> errors) {
        List<String> quotes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int c = 1; c <= lastNonEmpty(header); c++) {
            String code = header[c];
            if (!isCurrency(code)) {
                errors.add(new FieldError("row 1, column " + (c + 1), "is not an ISO 4217 code: " + quoted(code)));
            } else if (code.equals(base)) {
                errors.add(new FieldError("row 1, " + code, "is the base currency itself"));
            } else if (!seen.add(code)) {
                errors.add(new FieldError("row 1, " + code, "appears twice"));
            }
            quotes.add(code);
        }
        return quotes;
    }

    static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static LocalDate date(String cell) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, LONG_DATE)) {
            try {
                return LocalDate.parse(cell, format);
            } catch (DateTimeParseException e) {
                // try the next layout
            }
        }
        return null;
    }

    /** The ECB's files end each line with a comma: an empty last cell is no column. */
    private static int lastNonEmpty(String[] row) {
        int last = row.length - 1;
        while (last > 0 && row[last].isEmpty()) {
            last--;
        }
        return last;
    }

    private static List<String[]> read(String body) {
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(body)) {
            return it.readAll();
        } catch (IOException | RuntimeException e) {
            throw invalid(List.of(new FieldError("body", "is not CSV: " + e.getMessage())));
        }
    }

    private static String quoted(String cell) {
        String shown = cell.length() > 40 ? cell.substring(0, 40) + "…" : cell;
        return "'" + shown + "'";
    }

    private static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(
                ProblemType.INVALID_REQUEST,
                "The rate file has " + errors.size() + (errors.size() >= MAX_ERRORS ? "+" : "")
                        + " fault(s); nothing was imported",
                errors,
                java.util.Map.of());
    }
}
