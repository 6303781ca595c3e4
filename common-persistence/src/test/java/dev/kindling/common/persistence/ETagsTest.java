package dev.kindling.common.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kindling.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void anETagNamesTheVersionAndIsReadBack() {
        assertEquals("\"7\"", ETags.of(7));
        assertEquals(7, ETags.required("\"7\""));
        assertEquals(7L, ETags.optional("W/\"7\""));
        assertDoesNotThrow(() -> ETags.check(ETags.required(ETags.of(7)), 7));
    }

    @Test
    void aStaleVersionIs412AndNoVersionChecksNothing() {
        ProblemException e = assertThrows(ProblemException.class, () -> ETags.check(6L, 7));
        assertEquals(412, e.status());
        assertEquals("stale-version", e.slug());
        assertDoesNotThrow(() -> ETags.check(null, 7));
    }

    @Test
    void requiredIs428WhenMissingOptionalIsNullAndAForeignOneIs400Either() {
        assertEquals(
                428,
                assertThrows(ProblemException.class, () -> ETags.required(null)).status());
        assertEquals(
                428,
                assertThrows(ProblemException.class, () -> ETags.required(" ")).status());
        assertNull(ETags.optional(null));
        assertNull(ETags.optional(""));
        ProblemException foreign = assertThrows(ProblemException.class, () -> ETags.optional("\"abc\""));
        assertEquals(400, foreign.status());
        assertEquals("If-Match", foreign.errors().get(0).field());
        assertEquals(
                400,
                assertThrows(ProblemException.class, () -> ETags.required("\"abc\""))
                        .status());
    }
}
