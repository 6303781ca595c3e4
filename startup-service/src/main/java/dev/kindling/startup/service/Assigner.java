package dev.kindling.startup.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

/**
 * Automatic reviewer assignment, as a pure function. Each application is topped up to {@code k} distinct
 * reviewers from the pool, never one with a conflict; the most constrained applications (fewest eligible
 * reviewers) go first, and each takes the least-loaded eligible reviewers (ties by name). Without
 * conflicts this keeps every reviewer's load within one of every other's: whenever loads differ by at most
 * one, giving the k least-loaded one more each keeps them so. When an application has fewer eligible
 * reviewers than it needs, nothing is assigned and the shortfall names each such application.
 */
final class Assigner {

    /** An application to top up: its reviewers so far. */
    record Need(UUID applicationId, Set<String> reviewers) {}

    /** An application that cannot get enough reviewers. */
    record Shortfall(UUID applicationId, int needed, int eligible) {}

    /** The new assignments by application, or the shortfalls (then no assignment). */
    record Plan(Map<UUID, List<String>> assignments, List<Shortfall> shortfalls, Map<String, Integer> loads) {}

    private Assigner() {}

    /**
     * @param pool the reviewers to draw from
     * @param loads each reviewer's current number of (unremoved) reviews in the call
     * @param conflicted whether a reviewer may not review an application
     */
    static Plan plan(
            List<Need> needs,
            List<String> pool,
            Map<String, Integer> loads,
            int k,
            BiPredicate<String, UUID> conflicted) {
        List<String> reviewers = pool.stream().distinct().sorted().toList();
        Map<UUID, List<String>> eligible = new HashMap<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        List<Need> open = new ArrayList<>();
        for (Need need : needs) {
            int missing = k - need.reviewers().size();
            if (missing <= 0) {
                continue;
            }
            List<String> candidates = reviewers.stream()
                    .filter(r -> !need.reviewers().contains(r) && !conflicted.test(r, need.applicationId()))
                    .toList();
            if (candidates.size() < missing) {
                shortfalls.add(new Shortfall(need.applicationId(), missing, candidates.size()));
            }
            eligible.put(need.applicationId(), candidates);
            open.add(need);
        }
        Map<String, Integer> load = new HashMap<>();
        reviewers.forEach(r -> load.put(r, loads.getOrDefault(r, 0)));
        if (!shortfalls.isEmpty()) {
            return new Plan(Map.of(), shortfalls, load);
        }
        open.sort(Comparator.comparingInt(
                        (Need n) -> eligible.get(n.applicationId()).size())
                .thenComparing(Need::applicationId));
        Map<UUID, List<String>> assignments = new LinkedHashMap<>();
        Comparator<String> leastLoaded = Comparator.comparingInt(load::get);
        for (Need need : open) {
            int missing = k - need.reviewers().size();
            List<String> chosen = eligible.get(need.applicationId()).stream()
                    .sorted(leastLoaded.thenComparing(Comparator.naturalOrder()))
                    .limit(missing)
                    .toList();
            chosen.forEach(r -> load.merge(r, 1, Integer::sum));
            assignments.put(need.applicationId(), chosen);
        }
        return new Plan(assignments, List.of(), load);
    }
}
