package dev.kindling.startup.service;

import dev.kindling.common.csv.Csv;
import dev.kindling.startup.api.Criterion;
import dev.kindling.startup.api.RankingView;
import dev.kindling.startup.domain.ApplicationStatus;
import dev.kindling.startup.domain.Call;
import dev.kindling.startup.domain.EnrollmentStatus;
import dev.kindling.startup.domain.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/** A call's ranking: its submitted applications with the figures of {@link Rankings}, best first. */
@ApplicationScoped
public class RankingService {
    private final EntityManager em;
    private final CallService calls;

    public RankingService(EntityManager em, CallService calls) {
        this.em = em;
        this.calls = calls;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RankingView ranking(UUID callId) {
        Call call = calls.visible(callId);
        int[] scale = Rubrics.scale(call.rubric);
        List<Object[]> applications = em.createQuery(
                        "select a.id, a.startupId, s.name, a.hubCode, a.enrollmentId, e.status"
                                + " from Application a join Startup s on s.id = a.startupId"
                                + " join Enrollment e on e.id = a.enrollmentId"
                                + " where a.callId = :c and a.status = :submitted",
                        Object[].class)
                .setParameter("c", callId)
                .setParameter("submitted", ApplicationStatus.SUBMITTED)
                .getResultList();
        List<Object[]> reviews = em.createQuery(
                        "select r.applicationId, r.reviewer, r.status, r.score, r.scores from Review r"
                                + " where r.callId = :c and r.status <> :removed",
                        Object[].class)
                .setParameter("c", callId)
                .setParameter("removed", ReviewStatus.REMOVED)
                .getResultList();
        Map<UUID, Integer> assigned = new HashMap<>();
        Map<UUID, Map<String, double[]>> criteria = new HashMap<>();
        List<Rankings.Scored> scored = new ArrayList<>();
        for (Object[] r : reviews) {
            UUID application = (UUID) r[0];
            assigned.merge(application, 1, Integer::sum);
            if (r[2] == ReviewStatus.SUBMITTED) {
                scored.add(new Rankings.Scored(application, (String) r[1], ((BigDecimal) r[3]).doubleValue()));
                @SuppressWarnings("unchecked")
                Map<String, Integer> scores = (Map<String, Integer>) r[4];
                Map<String, double[]> sums = criteria.computeIfAbsent(application, k -> new HashMap<>());
                scores.forEach((key, value) -> {
                    double[] sum = sums.computeIfAbsent(key, k -> new double[2]);
                    sum[0] += value;
                    sum[1]++;
                });
            }
        }
        Map<UUID, Rankings.Figures> figures = Rankings.compute(scored, scale[0], scale[1]);
        // best first: normalised, then mean, both descending, unscored last; then by id
        Comparator<Rankings.Figures> better = Comparator.comparing(Rankings.Figures::normalised)
                .thenComparing(Rankings.Figures::mean)
                .reversed();
        List<Object[]> ordered = new ArrayList<>(applications);
        ordered.sort(Comparator.comparing((Object[] a) -> figures.get((UUID) a[0]), Comparator.nullsLast(better))
                .thenComparing(a -> (UUID) a[0]));
        List<RankingView.Entry> entries = new ArrayList<>(ordered.size());
        int rank = 0;
        for (Object[] a : ordered) {
            UUID id = (UUID) a[0];
            Rankings.Figures f = figures.get(id);
            Map<String, BigDecimal> means = new LinkedHashMap<>();
            Map<String, double[]> sums = criteria.getOrDefault(id, Map.of());
            for (Criterion c : call.rubric) {
                double[] sum = sums.get(c.key());
                if (sum != null) {
                    means.put(c.key(), Rankings.round(sum[0] / sum[1]));
                }
            }
            entries.add(new RankingView.Entry(
                    f == null ? null : ++rank,
                    id,
                    (UUID) a[1],
                    (String) a[2],
                    (String) a[3],
                    (UUID) a[4],
                    (EnrollmentStatus) a[5],
                    assigned.getOrDefault(id, 0),
                    f == null ? 0 : f.reviews(),
                    f == null ? null : f.mean(),
                    f == null ? null : f.normalised(),
                    f == null ? null : f.spread(),
                    f != null && f.disagreement(),
                    means));
        }
        return new RankingView(
                callId,
                scale[0],
                scale[1],
                Rankings.round(Rankings.threshold(scale[0], scale[1])),
                scored.size(),
                entries);
    }

    /** The ranking as CSV: one line per application, a column per criterion mean. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String csv(UUID callId) {
        RankingView ranking = ranking(callId);
        List<Criterion> rubric = Call.<Call>findById(callId).rubric;
        List<String> header = new ArrayList<>(List.of(
                "rank",
                "applicationId",
                "startupId",
                "startupName",
                "hubCode",
                "enrollmentStatus",
                "reviewsAssigned",
                "reviewsSubmitted",
                "meanScore",
                "normalisedScore",
                "spread",
                "disagreement"));
        rubric.forEach(c -> header.add("criterion:" + c.key()));
        List<List<String>> rows = ranking.applications().stream()
                .map(e -> Stream.concat(
                                Stream.of(
                                        e.rank(),
                                        e.applicationId(),
                                        e.startupId(),
                                        e.startupName(),
                                        e.hubCode(),
                                        e.enrollmentStatus(),
                                        e.reviewsAssigned(),
                                        e.reviewsSubmitted(),
                                        plain(e.meanScore()),
                                        plain(e.normalisedScore()),
                                        plain(e.spread()),
                                        e.disagreement()),
                                rubric.stream().map(c -> plain(e.criteria().get(c.key()))))
                        .map(v -> v == null ? null : Objects.toString(v))
                        .toList())
                .toList();
        return Csv.write(header, rows);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
