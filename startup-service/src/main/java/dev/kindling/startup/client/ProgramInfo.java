package dev.kindling.startup.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What this service needs of hub-service's program: its code, whether archived, and the hubs that run it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgramInfo(UUID id, String code, Boolean archived, List<RunningHub> hubs) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RunningHub(UUID hubId, String hubCode, String status) {}

    public boolean isArchived() {
        return Boolean.TRUE.equals(archived);
    }

    public Optional<RunningHub> runAt(UUID hubId) {
        return hubs == null
                ? Optional.empty()
                : hubs.stream().filter(h -> hubId.equals(h.hubId())).findFirst();
    }
}
