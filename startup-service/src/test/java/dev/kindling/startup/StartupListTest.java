package dev.kindling.startup;

import static dev.kindling.startup.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.startup.HubStubs.Hub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** 260 startups of one sector (unique to this class), half in SG; 40 of them enrolled in one program. */
@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(HubServiceMock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartupListTest {
    private final String sector = "SECTOR-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<UUID> all = new ArrayList<>();
    private final List<UUID> sg = new ArrayList<>();
    private final List<UUID> enrolled = new ArrayList<>();
    private UUID programId;
    private UUID hubId;

    @BeforeEach
    void createRowsOnce() {
        if (!all.isEmpty()) {
            return;
        }
        for (int i = 0; i < 260; i++) {
            String country = i % 2 == 0 ? "SG" : "HK";
            UUID id = Api.startup(TestTokens.manager(), "Listed " + sector + " " + i, country, sector);
            all.add(id);
            if (country.equals("SG")) {
                sg.add(id);
            }
        }
        Hub hub = Hub.active("HK");
        hubId = hub.id();
        programId = Api.program(hub);
        UUID cohortId = Api.cohort(programId, hub, 100);
        for (int i = 0; i < 260; i += 13) {
            UUID enrollment = Api.enroll(TestTokens.manager(), all.get(i), cohortId);
            if (i % 2 == 0) {
                Api.walk(enrollment, "screen");
            }
            enrolled.add(all.get(i));
        }
    }

    @Test
    void pagesThroughAFilteredListInIdOrderWithoutGapsOrRepeats() {
        List<UUID> seen = collect(50, q -> q.put("sector", sector));
        assertEquals(all, seen);
        assertEquals(sg, collect(37, q -> {
            q.put("sector", sector);
            q.put("country", "SG");
        }));
    }

    @Test
    void filtersByEnrollmentProgramHubAndStatus() {
        assertEquals(enrolled, collect(7, q -> q.put("programId", programId.toString())));
        assertEquals(enrolled, collect(200, q -> q.put("hubId", hubId.toString())));
        List<UUID> screening = collect(3, q -> {
            q.put("programId", programId.toString());
            q.put("status", "SCREENING");
        });
        assertEquals(enrolled.stream().filter(id -> all.indexOf(id) % 2 == 0).toList(), screening);
        assertEquals(enrolled.stream().filter(id -> sg.contains(id)).toList(), collect(5, q -> {
            q.put("programId", programId.toString());
            q.put("country", "SG");
        }));
    }

    @Test
    void searchesByNamePrefix() {
        List<UUID> expected = new ArrayList<>(List.of(all.get(25)));
        expected.addAll(all.subList(250, 260));
        assertEquals(expected, collect(4, q -> q.put("q", "LISTED " + sector + " 25")));
        assertEquals(
                List.of(all.get(3)),
                collect(10, q -> q.put("q", "listed " + sector + " 3")).subList(0, 1));
    }

    @Test
    void partnersListOnlyStartupsVisibleToThem() {
        List<UUID> hkView = collect(100, "partner", TestTokens.partner("HK"), q -> q.put("sector", sector));
        assertEquals(enrolled, hkView);
        assertTrue(collect(100, "partner", TestTokens.partner("SG"), q -> q.put("sector", sector))
                .isEmpty());
    }

    @Test
    void badParametersAre400() {
        as(TestTokens.viewer())
                .queryParam("limit", 201)
                .get("/api/v1/startups")
                .then()
                .statusCode(400);
        as(TestTokens.viewer())
                .queryParam("cursor", "%%%")
                .get("/api/v1/startups")
                .then()
                .statusCode(400);
        as(TestTokens.viewer())
                .queryParam("programId", "nope")
                .get("/api/v1/startups")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("programId"));
        as(TestTokens.viewer())
                .queryParam("sector", sector)
                .queryParam("scaleup", "true")
                .get("/api/v1/startups")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    private List<UUID> collect(int limit, Consumer<Map<String, Object>> filters) {
        return collect(limit, "viewer", TestTokens.viewer(), filters);
    }

    private List<UUID> collect(int limit, String who, String token, Consumer<Map<String, Object>> filters) {
        Map<String, Object> query = new HashMap<>();
        filters.accept(query);
        query.put("limit", limit);
        Set<UUID> seen = new LinkedHashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(token).queryParams(query);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/startups")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            List<String> ids = page.getList("items.id");
            assertTrue(ids.size() <= limit);
            for (String id : ids) {
                assertTrue(seen.add(UUID.fromString(id)), who + " saw " + id + " twice");
            }
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 1000);
        assertNull(cursor);
        return new ArrayList<>(seen);
    }
}
