package dev.kindling.common.testing;

import dev.kindling.common.idempotency.Idempotency;
import dev.kindling.common.idempotency.Idempotent;
import dev.kindling.common.idempotency.Outcome;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.rest.Versioned;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * A test-only resource that raises each kind of error, so that every service proves the shared
 * problem handling, request ids, auth and idempotency behave in its own runtime.
 */
@Path("/test-probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {
    private final Idempotency idempotency;

    public ProbeResource(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    public record ProbeRequest(@NotBlank @Size(max = 10) String name, @Min(0) Integer count) {}

    public record ProbeView(UUID id, String name, Integer count) {}

    @POST
    @PermitAll
    public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid ProbeRequest request) {
        return idempotency.execute(Idempotent.create(key, "POST /test-probe", request), () -> {
            ProbeView view = new ProbeView(Ids.newId(), request.name(), request.count());
            return Outcome.created("/test-probe", view.id(), new Versioned<>(view, 0));
        });
    }

    /** An action on one probe, for the idempotency scope rule: the key's fingerprint covers the target. */
    @POST
    @Path("{id}/poke")
    @PermitAll
    public Response poke(
            @PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) String key, @Valid ProbeRequest request) {
        return idempotency.action(
                key,
                "POST /test-probe/{id}/poke",
                id,
                request,
                () -> new Versioned<>(
                        new ProbeView(id, request.name(), request.count()),
                        Ids.newId().getLeastSignificantBits()));
    }

    @GET
    @Path("{id}")
    @PermitAll
    public ProbeView get(@PathParam("id") UUID id) {
        throw ProblemException.notFound("probe", id);
    }

    @GET
    @Path("boom")
    @PermitAll
    public ProbeView boom() {
        throw new IllegalStateException("internal detail that must not leak");
    }

    @GET
    @Path("managers-only")
    @RolesAllowed("manager")
    public ProbeView managersOnly() {
        return new ProbeView(Ids.newId(), "ok", 1);
    }
}
