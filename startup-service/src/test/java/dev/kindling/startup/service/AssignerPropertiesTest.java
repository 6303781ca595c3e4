package dev.kindling.startup.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The automatic assignment's promises over random pools, applications and conflicts. */
class AssignerPropertiesTest {

    private static List<String> pool(int size) {
        return IntStream.range(0, size).mapToObj(i -> "reviewer-" + i).toList();
    }

    private static List<Assigner.Need> fresh(int applications, long seed) {
        Random random = new Random(seed);
        return IntStream.range(0, applications)
                .mapToObj(i -> new Assigner.Need(new UUID(random.nextLong(), random.nextLong()), Set.of()))
                .toList();
    }

    @Property(tries = 300)
    void withoutConflictsEveryApplicationGetsKDistinctReviewersAndLoadsDifferByAtMostOne(
            @ForAll @IntRange(min = 0, max = 120) int applications,
            @ForAll @IntRange(min = 1, max = 30) int reviewers,
            @ForAll @IntRange(min = 1, max = 5) int k,
            @ForAll long seed) {
        List<Assigner.Need> needs = fresh(applications, seed);
        Assigner.Plan plan = Assigner.plan(needs, pool(reviewers), Map.of(), k, (r, a) -> false);
        if (reviewers < k) {
            assertEquals(applications, plan.shortfalls().size());
            assertTrue(plan.assignments().isEmpty());
            return;
        }
        assertTrue(plan.shortfalls().isEmpty());
        assertEquals(applications, plan.assignments().size());
        Map<String, Integer> loads = new HashMap<>();
        plan.assignments().values().forEach(chosen -> {
            assertEquals(k, chosen.size());
            assertEquals(k, new HashSet<>(chosen).size(), "distinct reviewers");
            chosen.forEach(r -> loads.merge(r, 1, Integer::sum));
        });
        IntSummaryStatistics stats =
                pool(reviewers).stream().mapToInt(r -> loads.getOrDefault(r, 0)).summaryStatistics();
        assertTrue(stats.getMax() - stats.getMin() <= 1, "loads " + loads);
        assertEquals((long) applications * k, stats.getSum());
    }

    @Property(tries = 300)
    void conflictsAreNeverAssignedAndShortfallsNameExactlyTheApplicationsShortOfReviewers(
            @ForAll @IntRange(min = 1, max = 60) int applications,
            @ForAll @IntRange(min = 1, max = 12) int reviewers,
            @ForAll @IntRange(min = 1, max = 4) int k,
            @ForAll @IntRange(min = 0, max = 70) int conflictPercent,
            @ForAll long seed) {
        Random random = new Random(seed);
        List<Assigner.Need> needs = new ArrayList<>();
        Set<String> conflicts = new HashSet<>();
        List<String> pool = pool(reviewers);
        for (Assigner.Need need : fresh(applications, seed)) {
            Set<String> already = new HashSet<>();
            for (String r : pool) {
                int roll = random.nextInt(100);
                if (roll < conflictPercent) {
                    conflicts.add(r + "|" + need.applicationId());
                } else if (roll < conflictPercent + 5 && already.size() < k) {
                    already.add(r);
                }
            }
            needs.add(new Assigner.Need(need.applicationId(), already));
        }
        Assigner.Plan plan = Assigner.plan(needs, pool, Map.of(), k, (r, a) -> conflicts.contains(r + "|" + a));
        Set<UUID> expectedShort = new HashSet<>();
        for (Assigner.Need need : needs) {
            long eligible = pool.stream()
                    .filter(r -> !need.reviewers().contains(r) && !conflicts.contains(r + "|" + need.applicationId()))
                    .count();
            if (eligible < k - need.reviewers().size()) {
                expectedShort.add(need.applicationId());
            }
        }
        Set<UUID> named = new HashSet<>();
        plan.shortfalls().forEach(s -> named.add(s.applicationId()));
        assertEquals(expectedShort, named);
        if (!expectedShort.isEmpty()) {
            assertTrue(plan.assignments().isEmpty(), "all or nothing");
            return;
        }
        for (Assigner.Need need : needs) {
            List<String> added = plan.assignments().getOrDefault(need.applicationId(), List.of());
            Set<String> all = new HashSet<>(need.reviewers());
            added.forEach(r -> {
                assertFalse(conflicts.contains(r + "|" + need.applicationId()), "a conflicted reviewer assigned");
                assertTrue(all.add(r), "a reviewer twice on one application");
            });
            assertEquals(Math.max(k, need.reviewers().size()), all.size());
        }
    }
}
