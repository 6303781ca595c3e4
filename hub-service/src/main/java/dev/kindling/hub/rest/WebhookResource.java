package dev.kindling.hub.rest;

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
import dev.kindling.hub.api.DeliveryView;
import dev.kindling.hub.api.SecretRotationRequest;
import dev.kindling.hub.api.WebhookDisableRequest;
import dev.kindling.hub.api.WebhookRequest;
import dev.kindling.hub.api.WebhookUpdateRequest;
import dev.kindling.hub.api.WebhookView;
import dev.kindling.hub.domain.DeliveryStatus;
import dev.kindling.hub.domain.WebhookStatus;
import dev.kindling.hub.service.WebhookDeliveries;
import dev.kindling.hub.service.Webhooks;
import dev.kindling.hub.service.Webhooks.WebhookFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhook endpoints: the change feed pushed to partners, signed. Their delivery logs are in {@link
 * WebhookDeliveryResource}.
 */
@Path(WebhookResource.PATH)
@Tag(name = "Webhooks", description = "Signed deliveries of the change feed's events to partner endpoints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {
    static final String PATH = "/api/v1/webhooks";
    private static final String IF_MATCH = "The ETag read";

    private final Webhooks webhooks;
    private final WebhookDeliveries deliveries;
    private final Idempotency idempotency;

    public WebhookResource(Webhooks webhooks, WebhookDeliveries deliveries, Idempotency idempotency) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(
            operationId = "createWebhook",
            summary = "Register a webhook endpoint (its signing secret is in this answer only)",
            description = "Every event of the change feed about one of `hubCodes` (and of `eventTypes`, when"
                    + " given) is POSTed to `url` as the feed shows it, signed in `Kindling-Signature`"
                    + " (`t=<unix seconds>,v1=<hex HMAC-SHA256 of \\\"<t>.<body>\\\" keyed with the secret>`),"
                    + " at least once, each resource's events in order, retried with exponential backoff for"
                    + " 72 hours; an endpoint failing for 72 hours (20 attempts or more) is disabled. A partner"
                    + " registers for hubs of its token only. The README shows how to verify a signature.")
    @APIResponse(
            responseCode = "201",
            description = "Registered; `secret` is shown here only. Location and ETag headers are set",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(
            responseCode = "422",
            description = "The partner or a hub does not exist (or is not the caller's to name)")
    public Response createWebhook(
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Retry-safe key") String key,
            @Valid @NotNull WebhookRequest request) {
        return idempotency.execute(
                Idempotent.create(key, "POST " + PATH, request),
                () -> webhooks.destination(request.url()),
                (URI url) -> {
                    Versioned<WebhookView> webhook = webhooks.register(url, request);
                    return Outcome.created(PATH, webhook.view().id(), webhook);
                });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(operationId = "getWebhook", summary = "Read a webhook endpoint and its health")
    @APIResponse(
            responseCode = "200",
            description = "The endpoint; ETag header set",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint (or not the caller's)")
    public Response getWebhook(@PathParam("id") UUID id) {
        return Responses.ok(webhooks.get(id));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(
            operationId = "listWebhooks",
            summary = "List webhook endpoints, oldest first, paged by cursor",
            description = "A partner sees the endpoints whose hubs are all among its token's.")
    @APIResponse(responseCode = "200", description = "One page of endpoints")
    public Page<WebhookView> listWebhooks(
            @QueryParam("partnerId") UUID partnerId,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = WebhookStatus.class)) String status,
            @BeanParam @Valid PageRequest page) {
        return webhooks.list(
                new WebhookFilter(partnerId, QueryParams.enumValue(WebhookStatus.class, "status", status)), page);
    }

    @GET
    @Path("{id}/deliveries")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.PARTNER, Roles.VIEWER})
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "An endpoint's delivery log, oldest first, paged by cursor")
    @APIResponse(responseCode = "200", description = "One page of deliveries")
    @APIResponse(responseCode = "404", description = "No such endpoint (or not the caller's)")
    public Page<DeliveryView> listWebhookDeliveries(
            @PathParam("id") UUID id,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = DeliveryStatus.class)) String status,
            @QueryParam("eventType")
                    @Pattern(regexp = "[a-z_]{1,40}\\.[a-z_]{1,40}", message = "must be an event type")
                    @Parameter(schema = @Schema(maxLength = 81, examples = "enrollment.accepted"))
                    String eventType,
            @BeanParam @Valid PageRequest page) {
        return deliveries.list(id, QueryParams.enumValue(DeliveryStatus.class, "status", status), eventType, page);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(
            operationId = "updateWebhook",
            summary = "Replace an endpoint's URL, event types and hubs (send If-Match)")
    @APIResponse(
            responseCode = "200",
            description = "The updated endpoint; new ETag",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint (or not the caller's)")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "422", description = "A hub does not exist (or is not the caller's to name)")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response updateWebhook(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = IF_MATCH, example = "\"0\"") String ifMatch,
            @Valid @NotNull WebhookUpdateRequest request) {
        long version = ETags.required(ifMatch);
        URI url = webhooks.destination(request.url());
        return Responses.ok(webhooks.update(id, version, url, request));
    }

    @POST
    @Path("{id}/disable")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(
            operationId = "disableWebhook",
            summary = "Stop deliveries to an endpoint; its pending deliveries wait until it is enabled")
    @APIResponse(
            responseCode = "200",
            description = "The disabled endpoint; new ETag",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint (or not the caller's)")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response disableWebhook(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Retry-safe key") String key,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = IF_MATCH, example = "\"0\"") String ifMatch,
            @Valid @NotNull WebhookDisableRequest request) {
        return idempotency.action(
                key,
                "POST " + PATH + "/{id}/disable",
                id,
                request,
                () -> webhooks.disable(id, ETags.optional(ifMatch), request.reason()));
    }

    @POST
    @Path("{id}/enable")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(
            operationId = "enableWebhook",
            summary = "Resume deliveries to an endpoint (its failure count starts over)")
    @APIResponse(
            responseCode = "200",
            description = "The enabled endpoint; new ETag",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint (or not the caller's)")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response enableWebhook(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Retry-safe key") String key,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = IF_MATCH, example = "\"0\"") String ifMatch) {
        return idempotency.action(
                key, "POST " + PATH + "/{id}/enable", id, null, () -> webhooks.enable(id, ETags.optional(ifMatch)));
    }

    @POST
    @Path("{id}/rotate-secret")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Replace the signing secret; the old one keeps signing for a grace period",
            description = "While the grace period lasts each delivery carries two `v1` signatures, one per"
                    + " secret, so the receiver can switch to the new secret at any moment within it.")
    @APIResponse(
            responseCode = "200",
            description = "The endpoint with its new `secret` (shown here only); new ETag",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint (or not the caller's)")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public Response rotateWebhookSecret(
            @PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Retry-safe key") String key,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = IF_MATCH, example = "\"0\"") String ifMatch,
            @Valid @NotNull SecretRotationRequest request) {
        Duration grace = request.gracePeriodHours() == null
                ? Webhooks.DEFAULT_GRACE
                : Duration.ofHours(request.gracePeriodHours());
        return idempotency.action(
                key,
                "POST " + PATH + "/{id}/rotate-secret",
                id,
                request,
                () -> webhooks.rotateSecret(id, ETags.optional(ifMatch), grace));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "deleteWebhook", summary = "Delete an endpoint with its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such endpoint (or not the caller's)")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    public void deleteWebhook(
            @PathParam("id") UUID id,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = IF_MATCH, example = "\"0\"") String ifMatch) {
        webhooks.delete(id, ETags.optional(ifMatch));
    }
}
