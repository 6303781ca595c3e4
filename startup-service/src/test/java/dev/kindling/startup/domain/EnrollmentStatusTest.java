package dev.kindling.startup.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole 7 × 7 table of the status machine, including moves into APPLIED (never allowed). */
class EnrollmentStatusTest {
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

    static Stream<Arguments> pairs() {
        return Arrays.stream(EnrollmentStatus.values())
                .flatMap(from -> Arrays.stream(EnrollmentStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("pairs")
    void onlyTheDesignedMovesAreAllowed(EnrollmentStatus from, EnrollmentStatus to) {
        assertEquals(ALLOWED.contains(from + ">" + to), from.canMoveTo(to));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void seatsAreHeldFromAcceptanceOn(EnrollmentStatus status, EnrollmentStatus ignored) {
        assertEquals(
                Set.of(EnrollmentStatus.ACCEPTED, EnrollmentStatus.ACTIVE, EnrollmentStatus.GRADUATED)
                        .contains(status),
                status.holdsSeat());
    }
}
