package dev.kindling.common.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kindling.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void anETagNamesTheVersionAndIsReadBack() {
        assertEquals("\"7\"", ETags.of(7));
        assertEquals(7, ETags.expectedVersion("\"7\""));
        assertEquals(7, ETags.expectedVersion("W/\"7\""));
        assertDoesNotThrow(() -> ETags.check("\"7\"", 7));
    }

    @Test
    void aStaleVersionIs412() {
        ProblemException e = assertThrows(ProblemException.class, () -> ETags.check("\"6\"", 7));
        assertEquals(412, e.status());
    }

    @Test
    void aMissingIfMatchIs428AndAForeignOneIs400() {
        assertEquals(
                428,
                assertThrows(ProblemException.class, () -> ETags.check(null, 1)).status());
        assertEquals(
                428,
                assertThrows(ProblemException.class, () -> ETags.check(" ", 1)).status());
        assertEquals(
                400,
                assertThrows(ProblemException.class, () -> ETags.check("\"abc\"", 1))
                        .status());
    }
}
