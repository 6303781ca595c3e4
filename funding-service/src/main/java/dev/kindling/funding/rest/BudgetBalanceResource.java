package dev.kindling.funding.rest;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.security.Roles;
import dev.kindling.funding.api.RecipientBalanceView;
import dev.kindling.funding.api.ReconciliationView;
import dev.kindling.funding.service.RecipientBalances;
import dev.kindling.funding.service.Reconciliation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/budgets/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budgets")
public class BudgetBalanceResource {
    private final RecipientBalances recipients;
    private final Reconciliation reconciliation;

    public BudgetBalanceResource(RecipientBalances recipients, Reconciliation reconciliation) {
        this.recipients = recipients;
        this.reconciliation = reconciliation;
    }

    @GET
    @Path("recipients")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
    @Operation(operationId = "listBudgetRecipients", summary = "What a budget committed to and paid each recipient")
    @APIResponse(responseCode = "200", description = "A page of recipient balances, by recipient id")
    @APIResponse(responseCode = "404", description = "No such budget")
    public Page<RecipientBalanceView> listBudgetRecipients(
            @PathParam("id") UUID id, @BeanParam @Valid PageRequest page) {
        return recipients.list(id, page);
    }

    @GET
    @Path("reconciliation")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.VIEWER})
    @Operation(operationId = "reconcileBudget", summary = "Kept balances next to their recomputation from the journal")
    @APIResponse(
            responseCode = "200",
            description = "The comparison",
            content = @Content(schema = @Schema(implementation = ReconciliationView.class)))
    @APIResponse(responseCode = "404", description = "No such budget")
    public ReconciliationView reconcileBudget(@PathParam("id") UUID id) {
        return reconciliation.check(id);
    }
}
