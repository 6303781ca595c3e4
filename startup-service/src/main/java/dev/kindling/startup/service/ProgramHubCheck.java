package dev.kindling.startup.service;

import dev.kindling.common.client.Upstreams;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.startup.client.HubInfo;
import dev.kindling.startup.client.HubServiceClient;
import dev.kindling.startup.client.ProgramInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Asks hub-service whether a cohort may open: the program exists and is not archived, the hub runs it,
 * and the hub is PLANNED or ACTIVE. An unknown or unusable reference is a 422 naming the field; no
 * answer from hub-service is a 503 (from {@link Upstreams#call}). Nothing is written before this.
 */
@ApplicationScoped
public class ProgramHubCheck {
    private final HubServiceClient hubService;

    public ProgramHubCheck(HubServiceClient hubService) {
        this.hubService = hubService;
    }

    /** The hub's code, when a cohort of the program may open at the hub. */
    public String hubCodeFor(UUID programId, UUID hubId) {
        ProgramInfo program = Upstreams.call(HubServiceClient.SERVICE, () -> hubService.program(programId))
                .orElseThrow(() -> ProblemException.invalidReference("programId", "no program with id " + programId));
        if (program.isArchived()) {
            throw ProblemException.ineligibleReference("programId", "program " + program.code() + " is archived");
        }
        if (program.runAt(hubId).isEmpty()) {
            throw ProblemException.ineligibleReference(
                    "hubId", "hub " + hubId + " does not run program " + program.code());
        }
        HubInfo hub = Upstreams.call(HubServiceClient.SERVICE, () -> hubService.hub(hubId))
                .orElseThrow(() -> ProblemException.invalidReference("hubId", "no hub with id " + hubId));
        if (!hub.isOpen()) {
            throw ProblemException.ineligibleReference(
                    "hubId",
                    "hub " + hub.code() + " is " + (hub.isArchived() ? "archived" : hub.status())
                            + "; cohorts open only at PLANNED or ACTIVE hubs");
        }
        return hub.code();
    }

    /** 422 unless hub-service knows this partner organisation (and shows it to the caller). */
    public void requirePartner(UUID partnerId) {
        Upstreams.call(HubServiceClient.SERVICE, () -> hubService.partner(partnerId))
                .orElseThrow(() -> ProblemException.invalidReference("partnerId", "no partner with id " + partnerId));
    }
}
