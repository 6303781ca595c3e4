package dev.kindling.funding.api;

import dev.kindling.funding.domain.RecipientType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recipient with the hub it belongs to (the hub itself, or the cohort's or enrollment's hub). */
public record RecipientView(
        RecipientType type, UUID id, @Schema(nullable = true) UUID hubId, @Schema(nullable = true) String hubCode) {}
