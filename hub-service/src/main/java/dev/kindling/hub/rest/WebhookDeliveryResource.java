package dev.kindling.hub.rest;

import dev.kindling.common.rest.Responses;
import dev.kindling.common.security.Roles;
import dev.kindling.hub.api.DeliveryView;
import dev.kindling.hub.service.WebhookDeliveries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One delivery of the log with its attempts, and redelivery by hand (an endpoint's log is in {@link WebhookResource}). */
@Path("/api/v1/webhook-deliveries")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookDeliveryResource {
    private final WebhookDeliveries deliveries;

    public WebhookDeliveryResource(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "getWebhookDelivery", summary = "One delivery: the event sent and every attempt")
    @APIResponse(
            responseCode = "200",
            description = "The delivery; ETag header set",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such delivery (or not the caller's)")
    public Response getWebhookDelivery(@PathParam("id") UUID id) {
        return Responses.ok(deliveries.get(id));
    }

    @POST
    @Path("{id}/redeliver")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(
            operationId = "redeliverWebhookDelivery",
            summary = "Send a delivery again (failed, or delivered and lost by the receiver)",
            description = "The delivery is due at once and retried for the usual period from now. Naturally"
                    + " idempotent: asking twice queues it once.")
    @APIResponse(
            responseCode = "200",
            description = "The delivery, queued; new ETag",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such delivery (or not the caller's)")
    @APIResponse(responseCode = "409", description = "An attempt is in flight")
    public Response redeliverWebhookDelivery(@PathParam("id") UUID id) {
        return Responses.ok(deliveries.redeliver(id));
    }
}
