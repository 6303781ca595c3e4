package dev.kindling.funding.service;

import dev.kindling.funding.domain.RecipientType;
import java.util.UUID;

/** An eligible recipient and the hub it belongs to, as hub-/startup-service confirmed it. */
public record Recipient(RecipientType type, UUID id, UUID hubId, String hubCode) {}
