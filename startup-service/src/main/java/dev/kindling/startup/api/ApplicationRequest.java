package dev.kindling.startup.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A startup's application to an open call, saved as a DRAFT: the startup by id, or its details (the
 * existing startup is used when the duplicate rules find one: same website, or same name in the same
 * country); the answers by question key.
 */
@Schema(name = "ApplicationRequest")
public record ApplicationRequest(
        @NotNull UUID callId,
        @Schema(nullable = true, description = "An existing startup; or give `startup`") UUID startupId,
        @Valid @Schema(nullable = true, description = "A new (or recognised) startup; or give `startupId`")
                StartupRequest startup,
        @NotNull
                @Size(max = 100)
                @Schema(
                        type = SchemaType.OBJECT,
                        additionalProperties = Schema.True.class,
                        description = "Answers by question key: a string (texts, URL, date, single choice), a"
                                + " number, or an array of strings (multiple choice)")
                Map<String, JsonNode> answers,
        @Schema(
                        nullable = true,
                        description = "The partner organisation (hub-service) that puts the application forward,"
                                + " e.g. a referring incubator; reviewers with a conflict with it are kept off it")
                UUID partnerId) {}
