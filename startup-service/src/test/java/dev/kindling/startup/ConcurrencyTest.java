package dev.kindling.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.startup.HubStubs.Hub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(HubServiceMock.class)
class ConcurrencyTest {

    @Test
    void twentyConcurrentAcceptsOnFiveSeatsAcceptExactlyFive() throws Exception {
        Hub hub = Hub.active("SG");
        UUID programId = Api.program(hub);
        UUID cohortId = Api.cohort(programId, hub, 5);
        List<UUID> enrollments = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID id = Api.enroll(TestTokens.manager(), Api.startup(), cohortId);
            Api.walk(id, "screen");
            enrollments.add(id);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> answers = new ArrayList<>();
        for (UUID id : enrollments) {
            Callable<Integer> accept = () -> {
                start.await();
                return Api.move(TestTokens.manager(), id, "accept", "race").statusCode();
            };
            answers.add(pool.submit(accept));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        Map<Integer, Long> byStatus =
                statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(Map.of(200, 5L, 409, 15L), byStatus);
        assertEquals(
                5L,
                ((Number) Db.single(
                                "select count(*) from enrollment where cohort_id = ?1 and status = 'ACCEPTED'",
                                cohortId))
                        .longValue());
        assertEquals(5, Db.single("select seats_taken from cohort where id = ?1", cohortId));
        assertEquals(5L, counter(programId, "ACCEPTED"));
        assertEquals(15L, counter(programId, "SCREENING"));
    }

    private static long counter(UUID programId, String metric) {
        return ((Number) Db.single(
                        "select n from program_hub_count where program_id = ?1 and metric = ?2", programId, metric))
                .longValue();
    }
}
