package dev.kindling.startup.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A call for applications to one cohort, as a manager drafts it (or replaces the draft). */
@Schema(name = "CallRequest")
public record CallRequest(
        @NotNull UUID cohortId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 5000) @Schema(nullable = true) String description,
        @NotNull OffsetDateTime opensAt,
        @NotNull @Schema(description = "After it, submissions are refused (409 call-closed)") OffsetDateTime closesAt,
        @NotNull @Size(max = 100) List<@NotNull @Valid Question> form,
        @Valid @Schema(nullable = true, description = "Absent: anyone may apply") EligibilityRules eligibility,
        @NotNull @Size(max = 30) List<@NotNull @Valid Criterion> rubric,
        @Min(1) @Max(10) @Schema(description = "How many reviewers score each application") int reviewersPerApplication,
        @Schema(description = "Reviewers never see one another's scores") boolean blind) {}
