package dev.kindling.gateway.readmodel;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A hub at a glance, read from the three services in parallel: the hub, the programs it runs, its
 * startups per program and its funding. A part whose service did not answer is UNAVAILABLE.
 */
@Schema(description = "Hub overview: the hub, its programs, startups and funding")
public record HubOverview(
        UUID hubId, HubPart hub, ProgramsPart programs, HubStartupPart startups, FundingPart funding) {}
