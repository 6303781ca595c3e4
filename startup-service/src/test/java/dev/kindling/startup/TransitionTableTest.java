package dev.kindling.startup;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.startup.HubStubs.Hub;
import dev.kindling.startup.domain.EnrollmentStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every (from, to) pair through the API: the move is made by the action for {@code to}, on an
 * enrollment first walked to {@code from}; allowed pairs answer 200, the others 409 and change nothing.
 * (APPLIED has no action: an enrollment only starts there; the domain test covers that column.)
 */
@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(HubServiceMock.class)
class TransitionTableTest {
    private static final Map<EnrollmentStatus, String> ACTION = Map.of(
            EnrollmentStatus.SCREENING, "screen",
            EnrollmentStatus.ACCEPTED, "accept",
            EnrollmentStatus.ACTIVE, "activate",
            EnrollmentStatus.GRADUATED, "graduate",
            EnrollmentStatus.REJECTED, "reject",
            EnrollmentStatus.WITHDRAWN, "withdraw");
    private static final Map<EnrollmentStatus, String[]> PATH = Map.of(
            EnrollmentStatus.APPLIED,
            new String[] {},
            EnrollmentStatus.SCREENING,
            new String[] {"screen"},
            EnrollmentStatus.ACCEPTED,
            new String[] {"screen", "accept"},
            EnrollmentStatus.ACTIVE,
            new String[] {"screen", "accept", "activate"},
            EnrollmentStatus.GRADUATED,
            new String[] {"screen", "accept", "activate", "graduate"},
            EnrollmentStatus.REJECTED,
            new String[] {"reject"},
            EnrollmentStatus.WITHDRAWN,
            new String[] {"withdraw"});
    private static final Set<String> ALLOWED = Set.of(
            "APPLIED>SCREENING",
            "APPLIED>REJECTED",
            "APPLIED>WITHDRAWN",
            "SCREENING>ACCEPTED",
            "SCREENING>REJECTED",
            "SCREENING>WITHDRAWN",
            "ACCEPTED>ACTIVE",
            "ACCEPTED>WITHDRAWN",
            "ACTIVE>GRADUATED",
            "ACTIVE>WITHDRAWN");

    private static UUID cohortId;

    static Stream<Arguments> pairs() {
        return Arrays.stream(EnrollmentStatus.values())
                .flatMap(from -> ACTION.keySet().stream().sorted().map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("pairs")
    void everyPairIsAllowedOrA409(EnrollmentStatus from, EnrollmentStatus to) {
        if (cohortId == null) {
            cohortId = Api.cohort(Hub.active("SG"), 1000);
        }
        UUID id = Api.enroll(TestTokens.manager(), Api.startup(), cohortId);
        Api.walk(id, PATH.get(from));
        boolean allowed = ALLOWED.contains(from + ">" + to);
        var then = Api.move(TestTokens.manager(), id, ACTION.get(to), "table").then();
        if (allowed) {
            then.statusCode(200).body("status", equalTo(to.name()));
        } else {
            then.statusCode(409).body("type", equalTo("https://kindling.dev/problems/illegal-transition"));
        }
        assertEquals((allowed ? to : from).name(), Db.single("select status from enrollment where id = ?1", id));
        assertEquals(
                PATH.get(from).length + (allowed ? 2L : 1L),
                Db.count("select count(*) from enrollment_transition where enrollment_id = ?1", id));
    }
}
