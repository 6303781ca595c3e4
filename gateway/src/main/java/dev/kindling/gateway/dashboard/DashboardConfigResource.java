package dev.kindling.gateway.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The dashboard's settings, read by the page before sign-in (public: it holds no secret). */
@Path("/dashboard-config.json")
@PermitAll
public class DashboardConfigResource {
    private final DashboardConfig config;

    public DashboardConfigResource(DashboardConfig config) {
        this.config = config;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Settings(Oidc oidc) {}

    public record Oidc(String issuer, String clientId, String scope) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Settings get() {
        Oidc oidc = config.oidcIssuer().isPresent() && config.oidcClientId().isPresent()
                ? new Oidc(
                        config.oidcIssuer().get().toString(),
                        config.oidcClientId().get(),
                        config.oidcScope())
                : null;
        return new Settings(oidc);
    }
}
