package dev.kindling.hub.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.rest.Versioned;
import dev.kindling.hub.api.PartnerRequest;
import dev.kindling.hub.api.PartnerView;
import dev.kindling.hub.domain.Partner;
import dev.kindling.hub.domain.PartnerKind;
import dev.kindling.hub.domain.PartnerLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Partner organisations: create, read, list, update, archive, and delete when nothing links to them. */
@ApplicationScoped
public class PartnerService {

    private final EntityManager em;
    private final Outbox outbox;

    public PartnerService(EntityManager em, Outbox outbox) {
        this.em = em;
        this.outbox = outbox;
    }

    /** The filters of the partner list; null means "any". */
    public record PartnerFilter(PartnerKind kind, String country, boolean includeArchived) {}

    @Transactional
    public Versioned<PartnerView> create(PartnerRequest request) {
        Partner partner = new Partner();
        partner.id = Ids.newId();
        apply(partner, request);
        partner.createdAt = Now.instant();
        partner.updatedAt = partner.createdAt;
        partner.persist();
        em.flush();
        return changed(partner, "partner.created");
    }

    @Transactional
    public Versioned<PartnerView> get(UUID id) {
        Partner partner = find(id);
        return new Versioned<>(view(partner), partner.version);
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
    public Versioned<PartnerView> update(UUID id, long expectedVersion, PartnerRequest request) {
        Partner partner = find(id);
        ETags.check(expectedVersion, partner.version);
        apply(partner, request);
        partner.updatedAt = Now.instant();
        em.flush();
        return changed(partner, "partner.updated");
    }

    @Transactional
    public Versioned<PartnerView> archive(UUID id, Long expectedVersion) {
        Partner partner = locked(id, expectedVersion);
        if (partner.archived) {
            throw Problems.alreadyArchived("partner");
        }
        partner.archived = true;
        partner.updatedAt = Now.instant();
        em.flush();
        return changed(partner, "partner.archived");
    }

    /** Deletes a partner without links; otherwise 409 archive-instead. */
    @Transactional
    public void delete(UUID id, Long expectedVersion) {
        Partner partner = locked(id, expectedVersion);
        long links = PartnerLink.count("partnerId", id);
        if (links > 0) {
            throw Problems.archiveInstead("partner");
        }
        outbox.record("partner.deleted", id, List.of(), view(partner));
        partner.delete();
    }

    Partner find(UUID id) {
        Partner partner = Partner.findById(id);
        if (partner == null) {
            throw ProblemException.notFound("partner", id);
        }
        return partner;
    }

    /** The codes of the hubs the partner is linked to: whose partners' feeds show its events. */
    List<String> hubCodes(UUID partnerId) {
        return em.createQuery(
                        "select distinct h.code from PartnerLink l, Hub h where l.partnerId = :id and h.id = l.hubId",
                        String.class)
                .setParameter("id", partnerId)
                .getResultList();
    }

    private Partner locked(UUID id, Long expectedVersion) {
        Partner partner = Partner.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (partner == null) {
            throw ProblemException.notFound("partner", id);
        }
        ETags.check(expectedVersion, partner.version);
        return partner;
    }

    private Versioned<PartnerView> changed(Partner partner, String eventType) {
        PartnerView view = view(partner);
        outbox.record(eventType, partner.id, hubCodes(partner.id), view);
        return new Versioned<>(view, partner.version);
    }

    private static void apply(Partner partner, PartnerRequest request) {
        partner.name = request.name();
        partner.kind = request.kind();
        partner.country = request.country();
        partner.website = request.website();
    }

    static PartnerView view(Partner p) {
        return new PartnerView(p.id, p.name, p.kind, p.country, p.website, p.archived, p.createdAt, p.updatedAt);
    }
}
