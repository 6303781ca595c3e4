package dev.kindling.hub.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** What hub-service needs of a startup-service cohort: its id. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CohortInfo(UUID id) {

    /** A page of cohorts as startup-service lists them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<CohortInfo> items) {
        public List<CohortInfo> items() {
            return items == null ? List.of() : items;
        }
    }
}
