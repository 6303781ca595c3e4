package dev.kindling.common.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified token: the subject, the roles, and for partners the hub codes of
 * their {@code hubs} claim, which bound what they may see (object-level checks live in the services).
 */
@RequestScoped
public class Caller {
    public static final String HUBS_CLAIM = "hubs";

    private final JsonWebToken jwt;

    public Caller(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public String subject() {
        String name = jwt.getName();
        return name != null ? name : "anonymous";
    }

    public boolean is(String role) {
        return jwt.getGroups() != null && jwt.getGroups().contains(role);
    }

    /** True when the caller's view is limited to some hubs: a partner or reviewer that is not also staff. */
    public boolean isHubScoped() {
        return (is(Roles.PARTNER) || is(Roles.REVIEWER)) && !isStaff();
    }

    /** Admin, manager or viewer: sees every hub. */
    public boolean isStaff() {
        return is(Roles.ADMIN) || is(Roles.MANAGER) || is(Roles.VIEWER);
    }

    /** A reviewer and nothing more: sees only the applications assigned to it. */
    public boolean isOnlyReviewer() {
        return is(Roles.REVIEWER) && !isStaff() && !is(Roles.PARTNER);
    }

    /** Hub codes from the {@code hubs} claim (a JSON array or a comma-separated string). */
    public Set<String> hubs() {
        Object claim = jwt.getClaim(HUBS_CLAIM);
        if (claim instanceof Collection<?> values) {
            return values.stream().map(v -> unquote(String.valueOf(v))).collect(Collectors.toUnmodifiableSet());
        }
        if (claim != null) {
            return Set.of(unquote(claim.toString()).split("\\s*,\\s*"));
        }
        return Set.of();
    }

    /** Whether the caller may see data of the hub with this code. */
    public boolean canSeeHub(String hubCode) {
        return !isHubScoped() || hubs().contains(hubCode);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
