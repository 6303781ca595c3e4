package dev.kindling.gateway.readmodel;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A program's scoreboard, read from the three services in parallel; a part whose service did not
 * answer is {@code {"status":"UNAVAILABLE"}} and the rest is still answered.
 */
@Schema(description = "Program scoreboard: targets, startups, funding and progress against the targets")
public record Scoreboard(
        UUID programId, ProgramPart program, StartupPart startups, FundingPart funding, ProgressPart progress) {}
