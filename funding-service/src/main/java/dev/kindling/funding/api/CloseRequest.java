package dev.kindling.funding.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an allocation is cancelled or released, or why a disbursement is reversed. */
public record CloseRequest(@NotBlank @Size(max = 1000) String reason) {}
