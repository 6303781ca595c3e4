package dev.kindling.startup.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** What this service needs of hub-service's hub: its code, status and whether archived. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HubInfo(UUID id, String code, String status, Boolean archived) {

    public boolean isArchived() {
        return Boolean.TRUE.equals(archived);
    }

    /** Cohorts may be opened at hubs that are PLANNED or ACTIVE, not CLOSED. */
    public boolean isOpen() {
        return !isArchived() && ("PLANNED".equals(status) || "ACTIVE".equals(status));
    }
}
