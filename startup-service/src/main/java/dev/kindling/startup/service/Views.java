package dev.kindling.startup.service;

import dev.kindling.common.money.Money;
import dev.kindling.startup.api.CohortView;
import dev.kindling.startup.api.EnrollmentView;
import dev.kindling.startup.api.KpiView;
import dev.kindling.startup.api.ScaleupView;
import dev.kindling.startup.api.StartupView;
import dev.kindling.startup.api.TransitionView;
import dev.kindling.startup.domain.Cohort;
import dev.kindling.startup.domain.Enrollment;
import dev.kindling.startup.domain.EnrollmentTransition;
import dev.kindling.startup.domain.KpiSnapshot;
import dev.kindling.startup.domain.Scaleup;
import dev.kindling.startup.domain.Startup;
import java.util.List;

/** Entity → API record, by hand; entities never leave the service layer. */
final class Views {
    private Views() {}

    static StartupView of(Startup s) {
        return new StartupView(
                s.id,
                s.name,
                s.country,
                s.city,
                s.sector,
                s.foundedOn,
                s.website,
                s.teamSize,
                s.illustrative,
                s.createdAt,
                s.updatedAt);
    }

    static CohortView of(Cohort c) {
        return new CohortView(
                c.id,
                c.programId,
                c.hubId,
                c.hubCode,
                c.name,
                c.startsOn,
                c.endsOn,
                c.capacity,
                c.seatsTaken,
                c.illustrative,
                c.createdAt);
    }

    static EnrollmentView of(Enrollment e) {
        return new EnrollmentView(
                e.id,
                e.startupId,
                e.cohortId,
                e.programId,
                e.hubId,
                e.hubCode,
                e.status,
                List.copyOf(e.status.next()),
                e.note,
                e.statusChangedAt,
                e.createdAt);
    }

    static TransitionView of(EnrollmentTransition t) {
        return new TransitionView(t.id, t.enrollmentId, t.fromStatus, t.toStatus, t.at, t.bySubject, t.reason);
    }

    static KpiView of(KpiSnapshot k) {
        return new KpiView(
                k.id,
                k.startupId,
                k.asOf,
                k.headcount,
                Money.of(k.revenueAmount, k.revenueCurrency),
                Money.of(k.fundsRaisedAmount, k.fundsRaisedCurrency),
                k.illustrative,
                k.recordedBy,
                k.createdAt);
    }

    static ScaleupView of(Scaleup s) {
        return new ScaleupView(
                s.id, s.startupId, s.programId, s.hubId, s.hubCode, s.markedOn, s.evidence, s.markedBy, s.createdAt);
    }
}
