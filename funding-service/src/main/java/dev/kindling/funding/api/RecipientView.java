package dev.kindling.funding.api;

import dev.kindling.funding.domain.RecipientType;
import java.util.UUID;

/** A recipient with the hub it belongs to (the hub itself, or the cohort's or enrollment's hub). */
public record RecipientView(RecipientType type, UUID id, UUID hubId, String hubCode) {}
