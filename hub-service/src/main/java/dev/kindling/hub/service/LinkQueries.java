package dev.kindling.hub.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.hub.api.LinkView;
import dev.kindling.hub.domain.PartnerRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Reads partner links as views carrying the partner's name and the hub's or program's code. */
@ApplicationScoped
public class LinkQueries {
    private static final String SELECT = "select new dev.kindling.hub.api.LinkView(e.id, e.partnerId, p.name,"
            + " e.hubId, h.code, e.programId, g.code, e.role, e.sinceOn, e.untilOn)"
            + " from PartnerLink e join Partner p on p.id = e.partnerId"
            + " left join Hub h on h.id = e.hubId left join Program g on g.id = e.programId";

    private final EntityManager em;

    public LinkQueries(EntityManager em) {
        this.em = em;
    }

    LinkView view(UUID linkId) {
        return em.createQuery(SELECT + " where e.id = :id", LinkView.class)
                .setParameter("id", linkId)
                .getSingleResult();
    }

    /** One page of the links whose {@code column} (e.g. {@code e.hubId}) is {@code value}, by link id. */
    Page<LinkView> page(String column, UUID value, PageRequest page) {
        return Keyset.select(SELECT)
                .where(column + " = :value", "value", value)
                .page(em, LinkView.class, page, LinkView::id);
    }

    boolean exists(UUID partnerId, UUID hubId, UUID programId, PartnerRole role) {
        String target = hubId != null ? "l.hubId = :target" : "l.programId = :target";
        return !em.createQuery(
                        "select l.id from PartnerLink l where l.partnerId = :partner and l.role = :role and " + target,
                        UUID.class)
                .setParameter("partner", partnerId)
                .setParameter("role", role)
                .setParameter("target", hubId != null ? hubId : programId)
                .getResultList()
                .isEmpty();
    }
}
