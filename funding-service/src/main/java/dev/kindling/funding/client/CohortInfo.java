package dev.kindling.funding.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** What funding needs of a startup-service cohort. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CohortInfo(UUID id, UUID programId, UUID hubId, String hubCode, String name, boolean illustrative) {}
