package dev.kindling.funding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Evidence that a milestone is reached: a text, and links to documents (https, or http). */
public record EvidenceRequest(
        @NotBlank @Size(max = 5000) String text,
        @Size(max = 20) @Schema(nullable = true, description = "Links to the evidence (reports, demo videos, invoices)")
                List<
                                @NotNull @Size(max = 2000)
                                @Pattern(regexp = "https?://[^\\s]+", message = "must be an http(s) URL") String>
                        links) {}
