package dev.kindling.startup.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.rest.Versioned;
import dev.kindling.startup.api.ConflictRequest;
import dev.kindling.startup.api.ConflictView;
import dev.kindling.startup.domain.Application;
import dev.kindling.startup.domain.Review;
import dev.kindling.startup.domain.ReviewStatus;
import dev.kindling.startup.domain.ReviewerConflict;
import dev.kindling.startup.domain.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reviewers' conflicts of interest with startups or partner organisations. A declaration keeps the
 * reviewer off every application of that startup or put forward by that partner: assignments made before it
 * (open or submitted) are removed in the same transaction, and no later assignment takes it.
 */
@ApplicationScoped
public class Conflicts {
    private final EntityManager em;
    private final Outbox outbox;
    private final Visibility visibility;
    private final ReviewHistory history;

    public Conflicts(EntityManager em, Outbox outbox, Visibility visibility, ReviewHistory history) {
        this.em = em;
        this.outbox = outbox;
        this.visibility = visibility;
        this.history = history;
    }

    /** A reviewer declares its own conflict; staff may declare one for any reviewer. */
    @Transactional
    public Versioned<ConflictView> declare(ConflictRequest request) {
        String reviewer = request.reviewer() == null ? visibility.subject() : request.reviewer();
        if (visibility.onlyReviewer() && !reviewer.equals(visibility.subject())) {
            throw ProblemException.badRequest("reviewer", "a reviewer declares only its own conflicts");
        }
        if ((request.startupId() == null) == (request.partnerId() == null)) {
            throw ProblemException.badRequest("startupId", "give either startupId or partnerId, not both or neither");
        }
        if (request.startupId() != null && Startup.findById(request.startupId()) == null) {
            throw ProblemException.invalidReference("startupId", "no startup with id " + request.startupId());
        }
        lock(List.of(reviewer));
        List<UUID> existing = em.createQuery(
                        "select c.id from ReviewerConflict c where c.reviewer = :r"
                                + " and (c.startupId = :s or c.partnerId = :p)",
                        UUID.class)
                .setParameter("r", reviewer)
                .setParameter("s", request.startupId())
                .setParameter("p", request.partnerId())
                .getResultList();
        if (!existing.isEmpty()) {
            throw ProblemException.duplicate(
                    request.startupId() != null ? "startupId" : "partnerId",
                    reviewer + " already declared this conflict",
                    "/api/v1/reviewer-conflicts/" + existing.get(0));
        }
        ReviewerConflict c = new ReviewerConflict();
        c.id = Ids.newId();
        c.reviewer = reviewer;
        c.startupId = request.startupId();
        c.partnerId = request.partnerId();
        c.reason = request.reason();
        c.declaredAt = StoredTime.now();
        c.declaredBy = visibility.subject();
        c.persist();
        List<Review> touched = em.createQuery(
                        "select r from Review r join Application a on a.id = r.applicationId"
                                + " where r.reviewer = :r and r.status <> :removed"
                                + " and (a.startupId = :s or a.partnerId = :p) order by r.id",
                        Review.class)
                .setParameter("r", reviewer)
                .setParameter("removed", ReviewStatus.REMOVED)
                .setParameter("s", c.startupId)
                .setParameter("p", c.partnerId)
                .getResultList();
        for (Review r : touched) {
            history.remove(r, "conflict declared: " + c.reason, c.declaredBy);
        }
        em.flush();
        ConflictView view = view(c, touched.stream().map(r -> r.id).toList());
        outbox.record("reviewer_conflict.declared", c.id, List.of(), view);
        return new Versioned<>(view, 0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<ConflictView> get(UUID id) {
        ReviewerConflict c = ReviewerConflict.findById(id);
        if (c == null || (visibility.onlyReviewer() && !c.reviewer.equals(visibility.subject()))) {
            throw ProblemException.notFound("reviewer conflict", id);
        }
        return new Versioned<>(view(c, List.of()), 0);
    }

    /** Staff see every declaration (or one reviewer's), a reviewer its own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ConflictView> list(String reviewer, PageRequest page) {
        String only = visibility.onlyReviewer() ? visibility.subject() : reviewer;
        return Keyset.of(ReviewerConflict.class)
                .where("e.reviewer = :reviewer", "reviewer", only)
                .page(em, ReviewerConflict.class, page, c -> c.id)
                .map(c -> view(c, List.of()));
    }

    /**
     * Serialises declarations and assignments per reviewer (transaction-scoped advisory locks, taken in name
     * order), so a conflict declared while the reviewer is being assigned is never missed by both.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void lock(Collection<String> reviewers) {
        for (String reviewer : reviewers.stream().distinct().sorted().toList()) {
            em.createNativeQuery("select cast(pg_advisory_xact_lock(hashtext('reviewer:' || ?1)) as text)")
                    .setParameter(1, reviewer)
                    .getSingleResult();
        }
    }

    /** Whether the reviewer declared a conflict with the application's startup or partner. */
    boolean conflicted(String reviewer, Application a) {
        return blocks(of(List.of(reviewer)), reviewer, a.startupId, a.partnerId);
    }

    /** Every conflict of these reviewers, as {@link #key} of the reviewer and the startup or partner id. */
    Set<String> of(Collection<String> reviewers) {
        Set<String> keys = new HashSet<>();
        if (reviewers.isEmpty()) {
            return keys;
        }
        em.createQuery("select c from ReviewerConflict c where c.reviewer in :r", ReviewerConflict.class)
                .setParameter("r", reviewers)
                .getResultList()
                .forEach(c -> keys.add(key(c.reviewer, c.startupId != null ? c.startupId : c.partnerId)));
        return keys;
    }

    /** Whether conflict keys (from {@link #of}) keep the reviewer off an application of this startup and partner. */
    static boolean blocks(Set<String> keys, String reviewer, UUID startupId, UUID partnerId) {
        return keys.contains(key(reviewer, startupId))
                || (partnerId != null && keys.contains(key(reviewer, partnerId)));
    }

    /** A reviewer paired with a startup, partner or application id. */
    static String key(String reviewer, UUID id) {
        return reviewer + "|" + id;
    }

    static ConflictView view(ReviewerConflict c, List<UUID> removed) {
        return new ConflictView(
                c.id, c.reviewer, c.startupId, c.partnerId, c.reason, c.declaredAt, c.declaredBy, removed);
    }
}
