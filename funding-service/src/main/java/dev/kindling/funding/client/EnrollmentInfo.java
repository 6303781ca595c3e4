package dev.kindling.funding.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** What funding needs of a startup-service enrollment. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnrollmentInfo(
        UUID id, UUID startupId, UUID cohortId, UUID programId, UUID hubId, String hubCode, String status) {

    /** A page of enrollments as startup-service lists them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<EnrollmentInfo> items) {
        public List<EnrollmentInfo> items() {
            return items == null ? List.of() : items;
        }
    }
}
