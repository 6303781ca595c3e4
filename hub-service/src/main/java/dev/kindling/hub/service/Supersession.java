package dev.kindling.hub.service;

import dev.kindling.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of "hub A supersedes hub B": B exists, is not A, is superseded by no other hub, and the
 * chain of supersessions never loops back to A.
 */
@ApplicationScoped
public class Supersession {
    private static final String FIELD = "supersedesId";

    private final EntityManager em;

    public Supersession(EntityManager em) {
        this.em = em;
    }

    void check(UUID hubId, UUID supersedesId) {
        if (supersedesId == null) {
            return;
        }
        if (supersedesId.equals(hubId)) {
            throw ProblemException.invalidReference(FIELD, "a hub cannot supersede itself");
        }
        if (!exists(supersedesId)) {
            throw ProblemException.invalidReference(FIELD, "no hub with id " + supersedesId);
        }
        List<UUID> others = em.createQuery(
                        "select h.id from Hub h where h.supersedesId = :old and h.id <> :hub", UUID.class)
                .setParameter("old", supersedesId)
                .setParameter("hub", hubId)
                .getResultList();
        if (!others.isEmpty()) {
            throw ProblemException.duplicate(
                    FIELD, "hub " + others.get(0) + " already supersedes it", "/api/v1/hubs/" + others.get(0));
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID next = supersededOf(supersedesId); next != null && seen.add(next); next = supersededOf(next)) {
            if (next.equals(hubId)) {
                throw ProblemException.invalidReference(FIELD, "would make a loop of hubs superseding each other");
            }
        }
    }

    private boolean exists(UUID id) {
        return !em.createQuery("select h.id from Hub h where h.id = :id", UUID.class)
                .setParameter("id", id)
                .getResultList()
                .isEmpty();
    }

    private UUID supersededOf(UUID id) {
        List<UUID> found = em.createQuery("select h.supersedesId from Hub h where h.id = :id", UUID.class)
                .setParameter("id", id)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
