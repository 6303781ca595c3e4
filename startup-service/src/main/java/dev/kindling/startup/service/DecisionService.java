package dev.kindling.startup.service;

import dev.kindling.common.problem.ProblemException;
import dev.kindling.startup.api.DecisionRequest;
import dev.kindling.startup.api.DecisionView;
import dev.kindling.startup.api.RankingView;
import dev.kindling.startup.domain.EnrollmentStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;

/**
 * Bulk decisions on a call's applications: each application's enrollment moves to the status asked through
 * the enrollment machine's own transitions (APPLIED → SCREENING → ACCEPTED takes both steps, each kept in
 * history), with their seat and counter rules, one application per transaction: an item is applied whole
 * or not at all, and one item's failure (the cohort full, a move the machine forbids) does not touch the
 * others. Items run in the order given (for a ranking cut: best first, so the seats go to the best ranked).
 * Asking again is harmless: an enrollment already at its target is UNCHANGED.
 */
@ApplicationScoped
public class DecisionService {
    private final CallService calls;
    private final RankingService rankings;
    private final DecisionItems items;

    public DecisionService(CallService calls, RankingService rankings, DecisionItems items) {
        this.calls = calls;
        this.rankings = rankings;
        this.items = items;
    }

    public DecisionView decide(UUID callId, DecisionRequest request) {
        if ((request.items() == null) == (request.fromRanking() == null)) {
            throw ProblemException.badRequest("items", "give either items or fromRanking, not both or neither");
        }
        QuarkusTransaction.requiringNew().run(() -> calls.visible(callId));
        List<DecisionRequest.Item> wanted =
                request.items() != null ? request.items() : cut(callId, request.fromRanking());
        Set<UUID> seen = new HashSet<>();
        for (DecisionRequest.Item item : wanted) {
            if (!seen.add(item.applicationId())) {
                throw ProblemException.badRequest("items", "application " + item.applicationId() + " appears twice");
            }
        }
        List<DecisionView.Result> results = new ArrayList<>(wanted.size());
        for (DecisionRequest.Item item : wanted) {
            results.add(items.apply(callId, item));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        return new DecisionView(
                counts.getOrDefault(DecisionItems.CHANGED, 0),
                counts.getOrDefault(DecisionItems.UNCHANGED, 0),
                counts.getOrDefault(DecisionItems.FAILED, 0),
                results);
    }

    private List<DecisionRequest.Item> cut(UUID callId, DecisionRequest.FromRanking from) {
        RankingView ranking = QuarkusTransaction.requiringNew().call(() -> rankings.ranking(callId));
        List<DecisionRequest.Item> wanted = new ArrayList<>();
        int taken = 0;
        for (RankingView.Entry e : ranking.applications()) {
            if (e.rank() != null && taken < from.top()) {
                taken++;
                wanted.add(new DecisionRequest.Item(e.applicationId(), from.status(), from.reason()));
            } else if (from.restStatus() != null) {
                wanted.add(new DecisionRequest.Item(e.applicationId(), from.restStatus(), from.reason()));
            }
        }
        return wanted;
    }

    /** The shortest way through the enrollment machine from one status to another; empty when there is none. */
    static List<EnrollmentStatus> path(EnrollmentStatus from, EnrollmentStatus to) {
        Map<EnrollmentStatus, EnrollmentStatus> previous = new EnumMap<>(EnrollmentStatus.class);
        Queue<EnrollmentStatus> queue = new ArrayDeque<>(List.of(from));
        previous.put(from, from);
        while (!queue.isEmpty()) {
            EnrollmentStatus at = queue.remove();
            if (at == to) {
                List<EnrollmentStatus> steps = new ArrayList<>();
                for (EnrollmentStatus s = to; s != from; s = previous.get(s)) {
                    steps.add(0, s);
                }
                return steps;
            }
            for (EnrollmentStatus next : at.next()) {
                if (previous.putIfAbsent(next, at) == null) {
                    queue.add(next);
                }
            }
        }
        return List.of();
    }
}
