package dev.kindling.startup.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's scores, by rubric criterion key, and comment. */
@Schema(name = "ReviewRequest")
public record ReviewRequest(
        @NotNull
                @Size(max = 50)
                @Schema(
                        description = "Score per criterion key, a whole number within the criterion's scale",
                        additionalProperties = Score.class)
                Map<String, Integer> scores,
        @Size(max = 5000) @Schema(nullable = true) String comment) {

    /** The contract's shape of one score (rubric scales lie within 0–100; the criterion's own scale is checked). */
    @Schema(name = "Score", type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100")
    public static final class Score {
        private Score() {}
    }
}
