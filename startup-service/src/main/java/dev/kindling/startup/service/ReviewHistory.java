package dev.kindling.startup.service;

import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.startup.api.ReviewView;
import dev.kindling.startup.domain.Review;
import dev.kindling.startup.domain.ReviewEvent;
import dev.kindling.startup.domain.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The append-only steps of reviews ({@code review_event}): written with each change, read for the views. */
@ApplicationScoped
public class ReviewHistory {
    private final EntityManager em;

    public ReviewHistory(EntityManager em) {
        this.em = em;
    }

    /** Records a step; a SUBMITTED step keeps the scores and comment as submitted. */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(Review review, String action, String by, String reason) {
        ReviewEvent e = new ReviewEvent();
        e.id = Ids.newId();
        e.reviewId = review.id;
        e.action = action;
        e.at = StoredTime.now();
        e.by = by;
        e.reason = reason;
        if ("SUBMITTED".equals(action)) {
            e.scores = new LinkedHashMap<>(review.scores);
            e.comment = review.comment;
        }
        em.persist(e);
    }

    /** Marks a review REMOVED (it no longer counts), with the reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    void remove(Review r, String reason, String by) {
        r.status = ReviewStatus.REMOVED;
        r.score = null;
        r.submittedAt = null;
        r.removedReason = reason;
        r.updatedAt = StoredTime.now();
        record(r, "REMOVED", by, reason);
    }

    /** The steps of these reviews, oldest first, in one query. */
    Map<UUID, List<ReviewView.Step>> of(Collection<UUID> reviewIds) {
        Map<UUID, List<ReviewView.Step>> steps = new HashMap<>();
        if (reviewIds.isEmpty()) {
            return steps;
        }
        em.createQuery("select e from ReviewEvent e where e.reviewId in :ids order by e.at, e.id", ReviewEvent.class)
                .setParameter("ids", reviewIds)
                .getResultList()
                .forEach(e -> steps.computeIfAbsent(e.reviewId, k -> new ArrayList<>())
                        .add(new ReviewView.Step(e.action, e.at, e.by, e.reason, e.scores, e.comment)));
        return steps;
    }
}
