package dev.kindling.startup.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.FieldError;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.startup.api.KpiRequest;
import dev.kindling.startup.api.KpiView;
import dev.kindling.startup.domain.KpiSnapshot;
import dev.kindling.startup.domain.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** KPI snapshots of a startup: one per as-of date. */
@ApplicationScoped
public class KpiService {
    private final EntityManager em;
    private final Outbox outbox;
    private final Visibility visibility;
    private final StartupService startups;

    public KpiService(EntityManager em, Outbox outbox, Visibility visibility, StartupService startups) {
        this.em = em;
        this.outbox = outbox;
        this.visibility = visibility;
        this.startups = startups;
    }

    @Transactional
    public KpiView record(UUID startupId, KpiRequest request) {
        Startup startup = startups.visible(startupId);
        List<UUID> existing = em.createQuery(
                        "select x.id from KpiSnapshot x where x.startupId = :s and x.asOf = :d", UUID.class)
                .setParameter("s", startup.id)
                .setParameter("d", request.asOf())
                .getResultList();
        if (!existing.isEmpty()) {
            throw new ProblemException(
                    ProblemType.DUPLICATE,
                    "Startup " + startup.id + " already has a KPI snapshot as of " + request.asOf() + ": "
                            + existing.get(0),
                    List.of(new FieldError("asOf", "already has snapshot " + existing.get(0))),
                    Map.of());
        }
        KpiSnapshot snapshot = new KpiSnapshot();
        snapshot.id = Ids.newId();
        snapshot.startupId = startup.id;
        snapshot.asOf = request.asOf();
        snapshot.headcount = request.headcount();
        if (request.revenue() != null) {
            snapshot.revenueAmount = request.revenue().scaledValue();
            snapshot.revenueCurrency = request.revenue().currency();
        }
        if (request.fundsRaised() != null) {
            snapshot.fundsRaisedAmount = request.fundsRaised().scaledValue();
            snapshot.fundsRaisedCurrency = request.fundsRaised().currency();
        }
        snapshot.recordedBy = visibility.subject();
        snapshot.createdAt = StoredTime.now();
        snapshot.persist();
        em.flush();
        KpiView view = Views.of(snapshot);
        outbox.record("startup.kpi_recorded", startup.id, startups.hubCodes(startup.id), view);
        return view;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<KpiView> list(UUID startupId, PageRequest page) {
        Startup startup = startups.visible(startupId);
        return Keyset.of(KpiSnapshot.class)
                .where("e.startupId = :startupId", "startupId", startup.id)
                .page(em, KpiSnapshot.class, page, k -> k.id)
                .map(Views::of);
    }
}
