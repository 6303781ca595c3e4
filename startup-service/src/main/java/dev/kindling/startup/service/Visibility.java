package dev.kindling.startup.service;

import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.security.Caller;
import dev.kindling.startup.domain.ReviewStatus;
import dev.kindling.startup.domain.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * What a partner may see: cohorts, enrollments and scale-ups of the hubs in its {@code hubs} claim,
 * and the startups it created or that hold an enrollment at one of those hubs. Staff see everything.
 */
@ApplicationScoped
public class Visibility {
    private final Caller caller;
    private final EntityManager em;

    public Visibility(Caller caller, EntityManager em) {
        this.caller = caller;
        this.em = em;
    }

    public boolean limited() {
        return caller.isHubScoped();
    }

    /** A reviewer and nothing more: sees only what it was assigned. */
    public boolean onlyReviewer() {
        return caller.isOnlyReviewer();
    }

    /** Whether the caller is a reviewer with an unremoved review of this application (and at its hub). */
    public boolean assigned(UUID applicationId) {
        return !em.createQuery(
                        "select 1 from Review r where r.applicationId = :a and r.reviewer = :me and r.status <> :removed",
                        Integer.class)
                .setParameter("a", applicationId)
                .setParameter("me", caller.subject())
                .setParameter("removed", ReviewStatus.REMOVED)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public boolean canSeeHub(String hubCode) {
        return caller.canSeeHub(hubCode);
    }

    public List<String> hubs() {
        return List.copyOf(caller.hubs());
    }

    public String subject() {
        return caller.subject();
    }

    public boolean canSee(Startup startup) {
        if (!limited() || startup.createdBy.equals(caller.subject())) {
            return true;
        }
        List<String> hubs = hubs();
        return !hubs.isEmpty()
                && !em.createQuery(
                                "select 1 from Enrollment e where e.startupId = :id and e.hubCode in :hubs",
                                Integer.class)
                        .setParameter("id", startup.id)
                        .setParameter("hubs", hubs)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
    }

    /** Limits a query over applications ({@code e}) to those assigned to a reviewer caller. */
    void restrictToAssigned(Keyset query) {
        if (onlyReviewer()) {
            query.where(
                    "exists (select 1 from Review r where r.applicationId = e.id and r.reviewer = :me"
                            + " and r.status <> :removedReview)",
                    "me",
                    caller.subject());
            query.bind("removedReview", ReviewStatus.REMOVED);
        }
    }

    /** Limits a query over an entity with a {@code hubCode} to the partner's hubs. */
    void restrictHub(Keyset query, String path) {
        if (limited()) {
            if (hubs().isEmpty()) {
                query.where("1 = 0");
            } else {
                query.where(path + " in :visibleHubs", "visibleHubs", hubs());
            }
        }
    }
}
