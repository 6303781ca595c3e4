package dev.kindling.startup.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** What this service needs of hub-service's partner organisation: that it exists. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerInfo(UUID id, String name) {}
