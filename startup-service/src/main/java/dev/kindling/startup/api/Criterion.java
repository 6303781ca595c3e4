package dev.kindling.startup.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One criterion of a call's scoring rubric: reviewers score it on its scale, and its weight counts. */
@Schema(name = "Criterion")
public record Criterion(
        @NotBlank
                @Size(max = 40)
                @Pattern(regexp = "[a-z][a-zA-Z0-9_]*", message = "must be a letter then letters, digits or _")
                @Schema(examples = "team")
                String key,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) @Schema(nullable = true, description = "What reviewers look for") String guidance,
        @NotNull
                @DecimalMin(value = "0.01", message = "must be positive")
                @Digits(integer = 4, fraction = 2)
                @Schema(examples = "2")
                BigDecimal weight,
        @Min(0) @Max(100) @Schema(examples = "1") int scaleMin,
        @Min(1) @Max(100) @Schema(examples = "5") int scaleMax) {}
