package dev.kindling.funding.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** A startup, as far as funding reads it (open data names the recipients of grants). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StartupInfo(UUID id, String name, String country, boolean illustrative) {}
