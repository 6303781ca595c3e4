package dev.kindling.hub.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** The part of startup-service's cohort page hub-service reads; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CohortPage(List<Cohort> items) {

    /** A cohort, by id only. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cohort(UUID id) {}
}
