package dev.kindling.startup.service;

import dev.kindling.common.persistence.Ids;
import dev.kindling.common.persistence.StoredTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * New ASSIGNED reviews of one call written set-based, with their ASSIGNED steps: two INSERT … SELECT FROM
 * unnest(arrays) statements however many reviews (an automatic assignment of 10,000 applications makes
 * 30,000), instead of one entity insert each.
 */
@ApplicationScoped
public class ReviewRows {
    private final EntityManager em;

    public ReviewRows(EntityManager em) {
        this.em = em;
    }

    /** One new review to write. */
    record NewReview(UUID applicationId, String hubCode, String reviewer) {}

    @Transactional(Transactional.TxType.MANDATORY)
    void insert(UUID callId, List<NewReview> reviews, String by, String reason) {
        if (reviews.isEmpty()) {
            return;
        }
        UUID[] ids = new UUID[reviews.size()];
        UUID[] applications = new UUID[reviews.size()];
        String[] hubs = new String[reviews.size()];
        String[] reviewers = new String[reviews.size()];
        UUID[] steps = new UUID[reviews.size()];
        for (int i = 0; i < reviews.size(); i++) {
            ids[i] = Ids.newId();
            applications[i] = reviews.get(i).applicationId();
            hubs[i] = reviews.get(i).hubCode();
            reviewers[i] = reviews.get(i).reviewer();
            steps[i] = Ids.newId();
        }
        OffsetDateTime now = StoredTime.now();
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into review (id, application_id, call_id, hub_code, reviewer, status, scores, assigned_at,"
                            + " assigned_by, updated_at)"
                            + " select r.id, r.application_id, ?, r.hub_code, r.reviewer, 'ASSIGNED', '{}', ?, ?, ?"
                            + " from unnest(?, ?, ?, ?) as r(id, application_id, hub_code, reviewer)")) {
                insert.setObject(1, callId);
                insert.setObject(2, now);
                insert.setString(3, by);
                insert.setObject(4, now);
                insert.setArray(5, connection.createArrayOf("uuid", ids));
                insert.setArray(6, connection.createArrayOf("uuid", applications));
                insert.setArray(7, connection.createArrayOf("text", hubs));
                insert.setArray(8, connection.createArrayOf("text", reviewers));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into review_event (id, review_id, action, at, by_subject, reason)"
                            + " select e.id, e.review_id, 'ASSIGNED', ?, ?, ? from unnest(?, ?) as e(id, review_id)")) {
                insert.setObject(1, now);
                insert.setString(2, by);
                insert.setString(3, reason);
                insert.setArray(4, connection.createArrayOf("uuid", steps));
                insert.setArray(5, connection.createArrayOf("uuid", ids));
                insert.executeUpdate();
            }
        });
    }
}
