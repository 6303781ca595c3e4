package dev.kindling.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreOrderedByCreationSoKeysetPagesAreStable() {
        List<UUID> ids = IntStream.range(0, 1000).mapToObj(i -> Ids.newId()).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        assertEquals(7, ids.get(0).version());
    }
}
