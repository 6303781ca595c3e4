package dev.kindling.funding.api;

import dev.kindling.funding.domain.RecipientType;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Who receives an allocation: a hub, a cohort or a startup, by its id in hub-/startup-service. */
public record RecipientRef(@NotNull RecipientType type, @NotNull UUID id) {}
