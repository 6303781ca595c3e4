package dev.kindling.funding.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** What funding needs of a hub-service program: its id, code and the hubs that run it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgramInfo(UUID id, String code, String name, List<ProgramHub> hubs) {

    /** A hub that runs the program. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProgramHub(UUID hubId, String hubCode, String status) {}

    public List<ProgramHub> hubs() {
        return hubs == null ? List.of() : hubs;
    }
}
