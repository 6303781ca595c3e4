package dev.kindling.startup.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A startup's application to a cohort. */
@Schema(name = "EnrollmentRequest")
public record EnrollmentRequest(@NotNull UUID startupId, @NotNull UUID cohortId, @Size(max = 2000) String note) {}
