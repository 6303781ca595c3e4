package dev.kindling.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kindling.common.problem.ProblemException;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorsTest {

    @Test
    void aCursorGivesBackTheIdItWasMadeFrom() {
        UUID id = UUID.randomUUID();
        assertEquals(id, Cursors.decode(Cursors.encode(id)));
        assertNull(Cursors.decode(null));
        assertNull(Cursors.decode(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a cursor", "AAAA", "%%%", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=="})
    void aCursorWeDidNotGiveOutIsA400NamingTheField(String cursor) {
        ProblemException e = assertThrows(ProblemException.class, () -> Cursors.decode(cursor));
        assertEquals(400, e.status());
        assertEquals("cursor", e.errors().get(0).field());
    }

    @Test
    void aPageKnowsWhetherThereIsMore() {
        List<UUID> ids = IntStream.range(0, 4).mapToObj(i -> UUID.randomUUID()).toList();
        Page<UUID> first = Page.of(ids, 3, id -> id);
        assertEquals(ids.subList(0, 3), first.items());
        assertEquals(ids.get(2), Cursors.decode(first.nextCursor()));
        Page<UUID> last = Page.of(ids.subList(3, 4), 3, id -> id);
        assertEquals(List.of(ids.get(3)), last.items());
        assertNull(last.nextCursor());
    }
}
