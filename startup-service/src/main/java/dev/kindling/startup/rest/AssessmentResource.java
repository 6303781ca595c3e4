package dev.kindling.startup.rest;

import dev.kindling.common.security.Roles;
import dev.kindling.common.web.QueryParams;
import dev.kindling.startup.api.AssessmentView;
import dev.kindling.startup.service.AssessmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Why a startup is, or is not, a scale-up candidate: the OECD rule applied to its KPI snapshots. */
@Path("/api/v1/startups/{id}/scaleup-assessment")
@Tag(name = "Scale-ups")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {
    private final AssessmentService assessments;

    public AssessmentResource(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(
            operationId = "getScaleupAssessment",
            summary = "Whether a startup meets the OECD scale-up rule, with the reasons either way")
    @APIResponse(
            responseCode = "200",
            description = "The assessment",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an ISO-8601 date")
    @APIResponse(responseCode = "404", description = "No such startup, or not visible to you")
    public AssessmentView getScaleupAssessment(
            @PathParam("id") UUID id,
            @Parameter(
                            description = "Judge with snapshots up to this date; default today",
                            schema = @Schema(implementation = LocalDate.class))
                    @QueryParam("asOf")
                    String asOf) {
        LocalDate on = QueryParams.date("asOf", asOf);
        return assessments.assess(id, on == null ? LocalDate.now() : on);
    }
}
