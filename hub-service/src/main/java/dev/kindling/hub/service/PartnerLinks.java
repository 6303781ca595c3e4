package dev.kindling.hub.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.rest.Versioned;
import dev.kindling.hub.api.LinkRequest;
import dev.kindling.hub.api.LinkUpdateRequest;
import dev.kindling.hub.api.LinkView;
import dev.kindling.hub.domain.Hub;
import dev.kindling.hub.domain.Partner;
import dev.kindling.hub.domain.PartnerLink;
import dev.kindling.hub.domain.Program;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Links between partners and hubs or programs. A link is history: it is never deleted, it ends when
 * its {@code untilOn} is set.
 */
@ApplicationScoped
public class PartnerLinks {
    private final EntityManager em;
    private final Outbox outbox;
    private final PartnerService partners;
    private final LinkQueries queries;

    public PartnerLinks(EntityManager em, Outbox outbox, PartnerService partners, LinkQueries queries) {
        this.em = em;
        this.outbox = outbox;
        this.partners = partners;
        this.queries = queries;
    }

    @Transactional
    public Versioned<LinkView> create(UUID partnerId, LinkRequest request) {
        Partner partner = partners.find(partnerId);
        if ((request.hubId() == null) == (request.programId() == null)) {
            throw ProblemException.badRequest("hubId", "give exactly one of hubId and programId");
        }
        checkPeriod(request.sinceOn(), request.untilOn());
        if (partner.archived) {
            throw Problems.archived("partner", "get new links");
        }
        if (request.hubId() != null && Hub.findById(request.hubId()) == null) {
            throw ProblemException.invalidReference("hubId", "no hub with id " + request.hubId());
        }
        if (request.programId() != null && Program.findById(request.programId()) == null) {
            throw ProblemException.invalidReference("programId", "no program with id " + request.programId());
        }
        if (queries.exists(partnerId, request.hubId(), request.programId(), request.role())) {
            throw ProblemException.duplicate("role", "the partner already has this role there; update that link", null);
        }
        PartnerLink link = new PartnerLink();
        link.id = Ids.newId();
        link.partnerId = partnerId;
        link.hubId = request.hubId();
        link.programId = request.programId();
        link.role = request.role();
        link.sinceOn = request.sinceOn();
        link.untilOn = request.untilOn();
        link.createdAt = Now.instant();
        link.persist();
        em.flush();
        return changed(link, "partner.linked");
    }

    @Transactional
    public Versioned<LinkView> get(UUID partnerId, UUID linkId) {
        PartnerLink link = find(partnerId, linkId);
        return new Versioned<>(queries.view(link.id), link.version);
    }

    @Transactional
    public Versioned<LinkView> update(UUID partnerId, UUID linkId, long expectedVersion, LinkUpdateRequest request) {
        PartnerLink link = find(partnerId, linkId);
        ETags.check(expectedVersion, link.version);
        checkPeriod(request.sinceOn(), request.untilOn());
        if (request.role() != link.role && queries.exists(partnerId, link.hubId, link.programId, request.role())) {
            throw ProblemException.duplicate("role", "the partner already has this role there", null);
        }
        link.role = request.role();
        link.sinceOn = request.sinceOn();
        link.untilOn = request.untilOn();
        em.flush();
        return changed(link, "partner.link_updated");
    }

    @Transactional
    public Page<LinkView> ofPartner(UUID partnerId, PageRequest page) {
        partners.find(partnerId);
        return queries.page("e.partnerId", partnerId, page);
    }

    private PartnerLink find(UUID partnerId, UUID linkId) {
        PartnerLink link = PartnerLink.findById(linkId);
        if (link == null || !link.partnerId.equals(partnerId)) {
            throw ProblemException.notFound("link of this partner", linkId);
        }
        return link;
    }

    private Versioned<LinkView> changed(PartnerLink link, String eventType) {
        LinkView view = queries.view(link.id);
        outbox.record(eventType, link.partnerId, partners.hubCodes(link.partnerId), view);
        return new Versioned<>(view, link.version);
    }

    private static void checkPeriod(LocalDate sinceOn, LocalDate untilOn) {
        if (sinceOn != null && untilOn != null && untilOn.isBefore(sinceOn)) {
            throw ProblemException.badRequest("untilOn", "must not be before sinceOn");
        }
    }
}
