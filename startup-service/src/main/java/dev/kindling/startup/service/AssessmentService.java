package dev.kindling.startup.service;

import dev.kindling.startup.api.AssessmentView;
import dev.kindling.startup.domain.KpiSnapshot;
import dev.kindling.startup.domain.OecdRule;
import dev.kindling.startup.domain.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** Judges one startup by the OECD rule from its KPI snapshots, as the candidate list does. */
@ApplicationScoped
public class AssessmentService {
    private final EntityManager em;
    private final StartupService startups;

    public AssessmentService(EntityManager em, StartupService startups) {
        this.em = em;
        this.startups = startups;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentView assess(UUID startupId, LocalDate asOf) {
        Startup startup = startups.visible(startupId);
        var points = em.createQuery("select x from KpiSnapshot x where x.startupId = :s", KpiSnapshot.class)
                .setParameter("s", startup.id)
                .getResultStream()
                .map(k -> new OecdRule.Point(k.asOf, k.headcount, k.revenueAmount, k.revenueCurrency))
                .toList();
        OecdRule.Assessment a = OecdRule.assess(points, asOf);
        return new AssessmentView(
                startup.id,
                asOf,
                a.meets(),
                a.start() == null ? null : a.start().asOf(),
                a.end() == null ? null : a.end().asOf(),
                a.start() == null ? null : a.start().headcount(),
                a.end() == null ? null : a.end().headcount(),
                percent(a.employeeGrowth()),
                percent(a.revenueGrowth()),
                a.reasons());
    }

    /** Growth as a percent string with one decimal, as the API shows it. */
    static String percent(Double growth) {
        return growth == null ? null : String.format(Locale.ROOT, "%.1f", growth * 100);
    }
}
