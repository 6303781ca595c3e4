package dev.kindling.startup.service;

import dev.kindling.common.paging.Page;
import dev.kindling.common.paging.PageRequest;
import dev.kindling.common.persistence.ETags;
import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.Keyset;
import dev.kindling.common.persistence.Outbox;
import dev.kindling.common.persistence.StoredTime;
import dev.kindling.common.problem.ProblemException;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.rest.Versioned;
import dev.kindling.startup.api.AssignmentRequest;
import dev.kindling.startup.api.ReviewRequest;
import dev.kindling.startup.api.ReviewView;
import dev.kindling.startup.domain.Application;
import dev.kindling.startup.domain.ApplicationStatus;
import dev.kindling.startup.domain.Call;
import dev.kindling.startup.domain.Review;
import dev.kindling.startup.domain.ReviewStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reviews: a manager assigns a reviewer to an application (or {@link AutoAssignment} does), the reviewer
 * saves and submits scores, a manager reopens a submitted review or removes an unsubmitted one. A reviewer
 * sees its own reviews and, in a call that is not blind, the submitted reviews of others on the applications
 * assigned to it; staff see all; nobody else any. Every step is kept in the review's history.
 */
@ApplicationScoped
public class ReviewService {
    static final String ASSIGNED = "ASSIGNED";

    private final EntityManager em;
    private final Outbox outbox;
    private final Visibility visibility;
    private final Conflicts conflicts;
    private final ReviewHistory history;

    public ReviewService(
            EntityManager em, Outbox outbox, Visibility visibility, Conflicts conflicts, ReviewHistory history) {
        this.em = em;
        this.outbox = outbox;
        this.visibility = visibility;
        this.conflicts = conflicts;
        this.history = history;
    }

    /** A manager's assignment; a reviewer removed earlier (not for a conflict) is assigned again. */
    @Transactional
    public Versioned<ReviewView> assign(UUID callId, AssignmentRequest request) {
        Call call = lockCall(callId);
        Application a = Application.findById(request.applicationId());
        if (a == null || !a.callId.equals(call.id)) {
            throw ProblemException.invalidReference(
                    "applicationId", "no application " + request.applicationId() + " to call " + call.id);
        }
        if (a.status != ApplicationStatus.SUBMITTED) {
            throw ProblemException.ineligibleReference(
                    "applicationId", "application " + a.id + " is " + a.status + "; only SUBMITTED ones are reviewed");
        }
        conflicts.lock(List.of(request.reviewer()));
        if (conflicts.conflicted(request.reviewer(), a)) {
            throw ProblemException.conflict(
                    ProblemType.REVIEWER_CONFLICT,
                    "Reviewer " + request.reviewer() + " declared a conflict with application " + a.id
                            + "'s startup or partner");
        }
        Review r = Review.find("applicationId = ?1 and reviewer = ?2", a.id, request.reviewer())
                .firstResult();
        if (r != null && r.status != ReviewStatus.REMOVED) {
            throw ProblemException.duplicate(
                    "reviewer", request.reviewer() + " already reviews application " + a.id, "/api/v1/reviews/" + r.id);
        }
        if (r == null) {
            r = newReview(a, request.reviewer(), visibility.subject());
            r.persist();
        } else {
            reassign(r, visibility.subject());
        }
        history.record(r, ASSIGNED, visibility.subject(), null);
        em.flush();
        return changed(r, "review.assigned");
    }

    /** A removed review assigned again: open, with no scores. */
    static void reassign(Review r, String by) {
        r.status = ReviewStatus.ASSIGNED;
        r.scores = new LinkedHashMap<>();
        r.comment = null;
        r.removedReason = null;
        r.assignedAt = StoredTime.now();
        r.assignedBy = by;
        r.updatedAt = r.assignedAt;
    }

    static Review newReview(Application a, String reviewer, String by) {
        Review r = new Review();
        r.id = Ids.newId();
        r.applicationId = a.id;
        r.callId = a.callId;
        r.hubCode = a.hubCode;
        r.reviewer = reviewer;
        r.scores = new LinkedHashMap<>();
        r.assignedAt = StoredTime.now();
        r.assignedBy = by;
        r.updatedAt = r.assignedAt;
        return r;
    }

    /** The reviewer saves scores (possibly partial) and comment while the review is open. */
    @Transactional
    public Versioned<ReviewView> save(UUID id, long expectedVersion, ReviewRequest request) {
        Review r = own(id);
        ETags.check(expectedVersion, r.version);
        requireStatus(r, ReviewStatus.ASSIGNED, "only an open review is edited");
        Rubrics.check(Call.<Call>findById(r.callId).rubric, request.scores(), false);
        r.scores = new LinkedHashMap<>(request.scores());
        r.comment = request.comment();
        r.updatedAt = StoredTime.now();
        em.flush();
        return new Versioned<>(view(r, history.of(List.of(r.id))), r.version);
    }

    /** The reviewer submits: every criterion scored within its scale; final until a manager reopens it. */
    @Transactional
    public Versioned<ReviewView> submit(UUID id, Long expectedVersion, ReviewRequest request) {
        Review r = own(id);
        ETags.check(expectedVersion, r.version);
        requireStatus(r, ReviewStatus.ASSIGNED, "it was already submitted or removed");
        Call call = Call.findById(r.callId);
        Rubrics.check(call.rubric, request.scores(), true);
        r.scores = new LinkedHashMap<>(request.scores());
        r.comment = request.comment();
        r.score = Rubrics.score(call.rubric, r.scores);
        r.status = ReviewStatus.SUBMITTED;
        r.submittedAt = StoredTime.now();
        r.updatedAt = r.submittedAt;
        history.record(r, "SUBMITTED", visibility.subject(), null);
        em.flush();
        return changed(r, "review.submitted");
    }

    /** A manager reopens a submitted review, with the reason; its submitted scores stay in the history. */
    @Transactional
    public Versioned<ReviewView> reopen(UUID id, Long expectedVersion, String reason) {
        Review r = locked(id);
        ETags.check(expectedVersion, r.version);
        requireStatus(r, ReviewStatus.SUBMITTED, "only a submitted review is reopened");
        r.status = ReviewStatus.ASSIGNED;
        r.score = null;
        r.submittedAt = null;
        r.updatedAt = StoredTime.now();
        history.record(r, "REOPENED", visibility.subject(), reason);
        em.flush();
        return changed(r, "review.reopened");
    }

    /** A manager unassigns an open review (a submitted one is reopened first). */
    @Transactional
    public void remove(UUID id) {
        Review r = locked(id);
        requireStatus(r, ReviewStatus.ASSIGNED, "reopen a submitted review before removing it");
        history.remove(r, "unassigned by " + visibility.subject(), visibility.subject());
        em.flush();
        changed(r, "review.removed");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<ReviewView> get(UUID id) {
        Review r = Review.findById(id);
        if (r == null || !canSee(r)) {
            throw ProblemException.notFound("review", id);
        }
        return new Versioned<>(view(r, history.of(List.of(r.id))), r.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReviewView> list(
            UUID callId, UUID applicationId, String reviewer, ReviewStatus status, PageRequest page) {
        Keyset query = Keyset.of(Review.class)
                .where("e.callId = :callId", "callId", callId)
                .where("e.applicationId = :applicationId", "applicationId", applicationId)
                .where("e.reviewer = :reviewer", "reviewer", reviewer)
                .where("e.status = :status", "status", status);
        if (visibility.onlyReviewer()) {
            query.where(
                    "(e.reviewer = :me or (e.status = :submitted"
                            + " and exists (select 1 from Call c where c.id = e.callId and c.blind = false)"
                            + " and exists (select 1 from Review mine where mine.applicationId = e.applicationId"
                            + " and mine.reviewer = :me and mine.status <> :removed)))",
                    "me",
                    visibility.subject());
            query.bind("submitted", ReviewStatus.SUBMITTED).bind("removed", ReviewStatus.REMOVED);
            visibility.restrictHub(query, "e.hubCode");
        }
        Page<Review> reviews = query.page(em, Review.class, page, r -> r.id);
        Map<UUID, List<ReviewView.Step>> steps =
                history.of(reviews.items().stream().map(r -> r.id).toList());
        return reviews.map(r -> view(r, steps));
    }

    private boolean canSee(Review r) {
        if (!visibility.onlyReviewer()) {
            return true;
        }
        if (!visibility.canSeeHub(r.hubCode)) {
            return false;
        }
        if (r.reviewer.equals(visibility.subject())) {
            return true;
        }
        Call call = Call.findById(r.callId);
        return r.status == ReviewStatus.SUBMITTED && !call.blind && visibility.assigned(r.applicationId);
    }

    /** The caller's own review (a reviewer acts only on its own; anyone else gets 404 or 403). */
    private Review own(UUID id) {
        Review r = Review.findById(id);
        if (r == null || !canSee(r)) {
            throw ProblemException.notFound("review", id);
        }
        if (!r.reviewer.equals(visibility.subject())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Review " + id + " is " + r.reviewer + "'s to score");
        }
        return r;
    }

    private Review locked(UUID id) {
        Review r = Review.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw ProblemException.notFound("review", id);
        }
        return r;
    }

    Call lockCall(UUID callId) {
        Call call = Call.findById(callId, LockModeType.PESSIMISTIC_WRITE);
        if (call == null || !visibility.canSeeHub(call.hubCode)) {
            throw ProblemException.notFound("call", callId);
        }
        return call;
    }

    private static void requireStatus(Review r, ReviewStatus allowed, String why) {
        if (r.status != allowed) {
            throw new ProblemException(
                    ProblemType.ILLEGAL_TRANSITION, "Review " + r.id + " is " + r.status + "; " + why);
        }
    }

    private Versioned<ReviewView> changed(Review r, String event) {
        ReviewView view = view(r, history.of(List.of(r.id)));
        outbox.record(event, r.id, List.of(), view);
        return new Versioned<>(view, r.version);
    }

    static ReviewView view(Review r, Map<UUID, List<ReviewView.Step>> steps) {
        return new ReviewView(
                r.id,
                r.applicationId,
                r.callId,
                r.hubCode,
                r.reviewer,
                r.status,
                r.scores,
                r.comment,
                r.score,
                r.assignedAt,
                r.assignedBy,
                r.submittedAt,
                r.removedReason,
                r.updatedAt,
                steps.getOrDefault(r.id, List.of()));
    }
}
