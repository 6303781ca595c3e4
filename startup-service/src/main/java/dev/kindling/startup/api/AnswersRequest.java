package dev.kindling.startup.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of a DRAFT application, replacing the ones saved. */
@Schema(name = "AnswersRequest")
public record AnswersRequest(
        @NotNull
                @Size(max = 100)
                @Schema(
                        type = SchemaType.OBJECT,
                        additionalProperties = Schema.True.class,
                        description = "Answers by question key, as in ApplicationRequest")
                Map<String, JsonNode> answers) {}
