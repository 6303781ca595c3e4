package dev.kindling.funding.service;

import dev.kindling.common.client.Upstreams;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.funding.api.RecipientRef;
import dev.kindling.funding.client.CohortInfo;
import dev.kindling.funding.client.EnrollmentInfo;
import dev.kindling.funding.client.HubServiceClient;
import dev.kindling.funding.client.ProgramInfo;
import dev.kindling.funding.client.StartupServiceClient;
import dev.kindling.funding.domain.RecipientType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The remote checks made before anything is written: a budget's program exists (hub-service); a
 * HUB runs the program, a COHORT belongs to it, a STARTUP holds an ACCEPTED or ACTIVE enrollment in
 * one of its cohorts (startup-service). Unknown or ineligible is 422; no answer is 503.
 */
@ApplicationScoped
public class Eligibility {
    private final HubServiceClient hubs;
    private final StartupServiceClient startups;

    public Eligibility(HubServiceClient hubs, StartupServiceClient startups) {
        this.hubs = hubs;
        this.startups = startups;
    }

    public ProgramInfo program(String field, UUID programId) {
        return Upstreams.call(HubServiceClient.SERVICE, () -> hubs.program(programId))
                .orElseThrow(() -> ProblemException.invalidReference(field, "no program with id " + programId));
    }

    public Recipient recipient(UUID programId, RecipientRef ref) {
        return switch (ref.type()) {
            case HUB -> hub(programId, ref.id());
            case COHORT -> cohort(programId, ref.id());
            case STARTUP -> startup(programId, ref.id());
        };
    }

    private Recipient hub(UUID programId, UUID hubId) {
        ProgramInfo program = program("recipient.id", programId);
        return program.hubs().stream()
                .filter(h -> hubId.equals(h.hubId()))
                .findFirst()
                .map(h -> new Recipient(RecipientType.HUB, hubId, hubId, h.hubCode()))
                .orElseThrow(() -> ineligible("hub " + hubId + " does not run program " + program.code()));
    }

    private Recipient cohort(UUID programId, UUID cohortId) {
        CohortInfo cohort = Upstreams.call(StartupServiceClient.SERVICE, () -> startups.cohort(cohortId))
                .orElseThrow(() -> ProblemException.invalidReference("recipient.id", "no cohort with id " + cohortId));
        if (!programId.equals(cohort.programId())) {
            throw ineligible("cohort " + cohortId + " does not belong to the budget's program " + programId);
        }
        return new Recipient(RecipientType.COHORT, cohortId, cohort.hubId(), cohort.hubCode());
    }

    private Recipient startup(UUID programId, UUID startupId) {
        List<EnrollmentInfo> enrollments =
                Upstreams.call(StartupServiceClient.SERVICE, () -> startups.fundableEnrollments(startupId, programId));
        return enrollments.stream()
                .filter(e -> programId.equals(e.programId()) && startupId.equals(e.startupId()))
                .filter(e -> "ACCEPTED".equals(e.status()) || "ACTIVE".equals(e.status()))
                .findFirst()
                .map(e -> new Recipient(RecipientType.STARTUP, startupId, e.hubId(), e.hubCode()))
                .orElseThrow(() -> ineligible("startup " + startupId
                        + " holds no ACCEPTED or ACTIVE enrollment in a cohort of program " + programId));
    }

    private static ProblemException ineligible(String message) {
        return ProblemException.ineligibleReference("recipient.id", message);
    }
}
