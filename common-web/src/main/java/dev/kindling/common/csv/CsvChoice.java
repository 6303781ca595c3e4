package dev.kindling.common.csv;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The JSON-or-CSV choice of an operation that answers both ({@code @BeanParam CsvChoice format}): the
 * {@code format} query parameter, else the {@code Accept} header's preferred type.
 */
public class CsvChoice {
    @QueryParam("format")
    @Parameter(
            description = "csv for CSV, as with Accept: text/csv; json (the default) for JSON",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"json", "csv"}))
    String format;

    @HeaderParam(HttpHeaders.ACCEPT)
    @Parameter(hidden = true)
    String accept;

    /** Whether CSV was asked for; 400 for a format that is neither. */
    public boolean csv() {
        return CsvAnswers.wanted(format, accept);
    }
}
