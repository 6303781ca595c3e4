package dev.kindling.startup.service;

import dev.kindling.common.problem.FieldError;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Two startups are the same when their normalised websites match, or their normalised names match in
 * the same country. The 409 names the existing startup (detail, field error and Location header); the
 * unique indexes back this check up under concurrency.
 */
@ApplicationScoped
public class StartupDuplicates {
    private final EntityManager em;

    public StartupDuplicates(EntityManager em) {
        this.em = em;
    }

    void check(UUID self, String nameKey, String country, String websiteKey) {
        if (websiteKey != null) {
            first("x.websiteKey = :key", Map.of("key", websiteKey), self).ifPresent(existing -> {
                throw duplicate(existing, "website", "is the website of startup " + existing);
            });
        }
        first("x.nameKey = :key and x.country = :country", Map.of("key", nameKey, "country", country), self)
                .ifPresent(existing -> {
                    throw duplicate(existing, "name", "is the name of startup " + existing + " in " + country);
                });
    }

    /** The startup these keys name under the rules (same website, or same name in the country), if any. */
    Optional<UUID> existing(String nameKey, String country, String websiteKey) {
        UUID none = new UUID(0, 0);
        if (websiteKey != null) {
            Optional<UUID> byWebsite = first("x.websiteKey = :key", Map.of("key", websiteKey), none);
            if (byWebsite.isPresent()) {
                return byWebsite;
            }
        }
        return first("x.nameKey = :key and x.country = :country", Map.of("key", nameKey, "country", country), none);
    }

    private Optional<UUID> first(String where, Map<String, Object> params, UUID self) {
        var query = em.createQuery("select x.id from Startup x where " + where + " and x.id <> :self", UUID.class)
                .setParameter("self", self)
                .setMaxResults(1);
        params.forEach(query::setParameter);
        return query.getResultList().stream().findFirst();
    }

    private static ProblemException duplicate(UUID existing, String field, String message) {
        return new ProblemException(
                ProblemType.DUPLICATE,
                "This startup is already registered as " + existing,
                List.of(new FieldError(field, message)),
                Map.of("Location", "/api/v1/startups/" + existing));
    }
}
