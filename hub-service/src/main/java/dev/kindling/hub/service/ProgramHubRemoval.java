package dev.kindling.hub.service;

import dev.kindling.common.client.Upstreams;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.rest.Versioned;
import dev.kindling.hub.api.ProgramView;
import dev.kindling.hub.client.StartupServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Stops running a program at a hub, funding's way: the reads, then startup-service's answer (outside
 * any transaction, so no connection is held while it answers), then one short transaction. 404 when
 * the hub does not run the program, 409 hub-has-cohorts when startup-service lists a cohort of the
 * program at the hub, 503 when it does not answer; nothing changes in those cases.
 */
@ApplicationScoped
public class ProgramHubRemoval {
    private final ProgramHubs hubs;
    private final StartupServiceClient startups;

    public ProgramHubRemoval(ProgramHubs hubs, StartupServiceClient startups) {
        this.hubs = hubs;
        this.startups = startups;
    }

    public Versioned<ProgramView> remove(UUID programId, UUID hubId, Long expectedVersion) {
        hubs.requireRunning(programId, hubId);
        boolean hasCohorts = Upstreams.call(StartupServiceClient.SERVICE, () -> startups.cohorts(programId, hubId))
                .map(page -> !page.items().isEmpty())
                .orElseThrow(() -> ProblemException.dependencyUnavailable(
                        StartupServiceClient.SERVICE, Upstreams.RETRY_AFTER_SECONDS));
        if (hasCohorts) {
            throw ProblemException.conflict(
                    ProblemType.HUB_HAS_COHORTS,
                    "Cohorts of this program run at this hub; the hub keeps running the program while they exist");
        }
        return hubs.remove(programId, hubId, expectedVersion);
    }
}
