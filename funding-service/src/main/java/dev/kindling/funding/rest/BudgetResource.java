package dev.kindling.funding.rest;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.idempotency.Idempotent;
import dev.kindling.common.idempotency.Outcome;
import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.rest.Responses;
import dev.kindling.common.rest.Versioned;
import dev.kindling.common.security.Roles;
import dev.kindling.common.web.QueryParams;
import dev.kindling.funding.api.AmendmentRequest;
import dev.kindling.funding.api.AmendmentView;
import dev.kindling.funding.api.BudgetRequest;
import dev.kindling.funding.api.BudgetView;
import dev.kindling.funding.api.JournalEntryView;
import dev.kindling.funding.domain.BudgetKind;
import dev.kindling.funding.service.BudgetService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets", description = "Budgets of programs, their yearly lines, amendments and journal")
public class BudgetResource {
    static final String PATH = "/api/v1/budgets";

    private final BudgetService budgets;
    private final Idempotency idempotency;

    public BudgetResource(BudgetService budgets, Idempotency idempotency) {
        this.budgets = budgets;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createBudget", summary = "Open a budget for a program (checked with hub-service)")
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            content = @Content(schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid amounts, lines or period")
    @APIResponse(responseCode = "422", description = "Unknown program, or Idempotency-Key reused")
    @APIResponse(responseCode = "503", description = "hub-service did not answer; nothing written")
    public Response createBudget(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid BudgetRequest request) {
        return idempotency.execute(
                Idempotent.create(key, "POST " + PATH, request), () -> budgets.check(request), plan -> {
                    Versioned<BudgetView> opened = budgets.open(request, plan);
                    return Outcome.created(PATH, opened.view().id(), opened);
                });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
    @Operation(operationId = "listBudgets", summary = "List budgets, optionally of one program, kind or currency")
    @APIResponse(responseCode = "200", description = "A page of budgets")
    @APIResponse(responseCode = "400", description = "Bad filter or cursor")
    public Page<BudgetView> listBudgets(
            @QueryParam("programId") @Parameter(schema = @Schema(implementation = UUID.class)) String programId,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = BudgetKind.class)) String kind,
            @QueryParam("currency")
                    @Parameter(schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z]{3}$", maxLength = 3))
                    String currency,
            @BeanParam @Valid PageRequest page) {
        return budgets.list(
                QueryParams.uuid("programId", programId),
                QueryParams.enumValue(BudgetKind.class, "kind", kind),
                QueryParams.currency("currency", currency),
                page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
    @Operation(
            operationId = "getBudget",
            summary = "A budget with its balances and yearly lines; the ETag versions its definition")
    @APIResponse(
            responseCode = "200",
            description = "The budget",
            content = @Content(schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "404", description = "No such budget")
    public Response getBudget(@PathParam("id") UUID id) {
        return Responses.ok(budgets.get(id));
    }

    @POST
    @Path("{id}/amendments")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(
            operationId = "amendBudget",
            summary = "Change the total of a budget or of one yearly line, with a reason (If-Match required)")
    @APIResponse(
            responseCode = "200",
            description = "Amended; the budget with its new ETag",
            content = @Content(schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid amount or year")
    @APIResponse(responseCode = "404", description = "No such budget")
    @APIResponse(responseCode = "409", description = "New total below what is committed, or unchanged")
    @APIResponse(responseCode = "412", description = "The budget was amended since it was read")
    @APIResponse(responseCode = "422", description = "Currency other than the budget's")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response amendBudget(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) String key,
            @HeaderParam(ETags.IF_MATCH) String ifMatch,
            @NotNull @Valid AmendmentRequest request) {
        long expected = ETags.required(ifMatch);
        return idempotency.execute(
                Idempotent.on(key, "POST " + PATH + "/{id}/amendments", id, request),
                () -> budgets.check(id, request),
                amendment -> Outcome.ok(budgets.amend(amendment, expected)));
    }

    @GET
    @Path("{id}/amendments")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
    @Operation(operationId = "listBudgetAmendments", summary = "The amendment history of a budget")
    @APIResponse(responseCode = "200", description = "A page of amendments")
    @APIResponse(responseCode = "404", description = "No such budget")
    public Page<AmendmentView> listBudgetAmendments(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return budgets.amendments(id, page);
    }

    @GET
    @Path("{id}/journal")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
    @Operation(operationId = "listBudgetJournal", summary = "Every movement of a budget's money, oldest first")
    @APIResponse(responseCode = "200", description = "A page of journal entries")
    @APIResponse(responseCode = "404", description = "No such budget")
    public Page<JournalEntryView> listBudgetJournal(@PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return budgets.journal(id, page);
    }
}
