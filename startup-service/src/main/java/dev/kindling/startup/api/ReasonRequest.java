package dev.kindling.startup.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a manager acts (e.g. reopens a submitted review); kept in the history. */
@Schema(name = "ReasonRequest")
public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {}
