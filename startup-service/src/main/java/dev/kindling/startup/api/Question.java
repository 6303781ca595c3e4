package dev.kindling.startup.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One question of a call's form. {@code key} names the answer; the other fields apply by type:
 * {@code maxLength} to texts (SHORT_TEXT at most 200 anyway), {@code min}/{@code max} to numbers,
 * {@code options} to the choices.
 */
@Schema(name = "Question")
public record Question(
        @NotBlank
                @Size(max = 40)
                @Pattern(regexp = "[a-z][a-zA-Z0-9_]*", message = "must be a letter then letters, digits or _")
                @Schema(examples = "pitch")
                String key,
        @NotBlank @Size(max = 500) String label,
        @NotNull QuestionType type,
        boolean required,
        @Positive
                @Max(100_000)
                @Schema(nullable = true, description = "LONG_TEXT (and SHORT_TEXT, at most 200): most characters")
                Integer maxLength,
        @Schema(nullable = true, description = "NUMBER: smallest allowed") BigDecimal min,
        @Schema(nullable = true, description = "NUMBER: largest allowed") BigDecimal max,
        @Size(max = 50) @Schema(nullable = true, description = "SINGLE_CHOICE, MULTIPLE_CHOICE: the allowed values")
                List<@NotBlank @Size(max = 200) String> options) {

    public enum QuestionType {
        SHORT_TEXT,
        LONG_TEXT,
        NUMBER,
        SINGLE_CHOICE,
        MULTIPLE_CHOICE,
        URL,
        DATE
    }
}
