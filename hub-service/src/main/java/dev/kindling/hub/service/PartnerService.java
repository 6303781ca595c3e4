package dev.kindling.hub.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.hub.api.PartnerView;
import dev.kindling.hub.api.PartnerWrite;
import dev.kindling.hub.domain.Partner;
import dev.kindling.hub.domain.PartnerKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Partner organisations: create, read, list, update, archive, and delete when nothing links to them. */
@ApplicationScoped
public class PartnerService {
    static final String AGGREGATE = "Partner";

    private final EntityManager em;
    private final Outbox outbox;

    public PartnerService(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    /** The filters of the partner list; null means "any". */
    public record PartnerFilter(PartnerKind kind, String country, boolean includeArchived) {}

    @Transactional
    public Tagged<PartnerView> create(PartnerWrite request) {
        Partner partner = new Partner();
        partner.id = Ids.newId();
        apply(partner, request);
        partner.createdAt = Now.instant();
        partner.updatedAt = partner.createdAt;
        em.persist(partner);
        em.flush();
        return changed(partner, "PartnerCreated");
    }

    @Transactional
    public Tagged<PartnerView> get(UUID id) {
        Partner partner = find(id);
        return new Tagged<>(view(partner), ETags.of(partner.version));
    }

    @Transactional
    public Page<PartnerView> list(PartnerFilter filter, PageRequest page) {
        return Keyset.of(Partner.class)
                .where("e.kind = :kind", "kind", filter.kind())
                .where("e.country = :country", "country", filter.country())
                .whereIf(!filter.includeArchived(), "e.archived = false")
                .page(em, Partner.class, page, p -> p.id)
                .map(PartnerService::view);
    }

    @Transactional
    public Tagged<PartnerView> update(UUID id, String ifMatch, PartnerWrite request) {
        Partner partner = find(id);
        ETags.check(ifMatch, partner.version);
        apply(partner, request);
        partner.updatedAt = Now.instant();
        em.flush();
        return changed(partner, "PartnerUpdated");
    }

    @Transactional
    public Tagged<PartnerView> archive(UUID id) {
        Partner partner = locked(id);
        if (partner.archived) {
            throw Problems.alreadyArchived("partner");
        }
        partner.archived = true;
        partner.updatedAt = Now.instant();
        em.flush();
        return changed(partner, "PartnerArchived");
    }

    /** Deletes a partner without links; otherwise 409 archive-instead. */
    @Transactional
    public void delete(UUID id) {
        Partner partner = locked(id);
        long links = em.createQuery("select count(l) from PartnerLink l where l.partnerId = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (links > 0) {
            throw Problems.archiveInstead("partner");
        }
        outbox.record(AGGREGATE, id, "PartnerDeleted", view(partner));
        em.remove(partner);
    }

    Partner find(UUID id) {
        Partner partner = em.find(Partner.class, id);
        if (partner == null) {
            throw ProblemException.notFound("partner", id);
        }
        return partner;
    }

    private Partner locked(UUID id) {
        Partner partner = em.find(Partner.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (partner == null) {
            throw ProblemException.notFound("partner", id);
        }
        return partner;
    }

    private Tagged<PartnerView> changed(Partner partner, String eventType) {
        PartnerView view = view(partner);
        outbox.record(AGGREGATE, partner.id, eventType, view);
        return new Tagged<>(view, ETags.of(partner.version));
    }

    private static void apply(Partner partner, PartnerWrite request) {
        partner.name = request.name();
        partner.kind = request.kind();
        partner.country = request.country();
        partner.website = request.website();
    }

    static PartnerView view(Partner p) {
        return new PartnerView(p.id, p.name, p.kind, p.country, p.website, p.archived, p.createdAt, p.updatedAt);
    }
}
