package dev.kindling.funding.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import of a rate file did; a file with any bad row changes nothing (400 naming each). */
public record RateImportResult(
        String base,
        String source,
        @Schema(description = "Rates new to Kindling") int added,
        @Schema(description = "Rates that replaced another for the same pair and day") int replaced,
        @Schema(description = "Rates already held as they are") int unchanged,
        @Schema(description = "Cells without a rate (N/A or empty), skipped") int skipped,
        @Schema(nullable = true) LocalDate from,
        @Schema(nullable = true) LocalDate to,
        List<String> quotes) {}
