package dev.kindling.hub;

import static dev.kindling.hub.Api.manager;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kindling.common.persistence.Ids;
import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Keyset pagination of hubs over a few hundred rows, with and without filters. */
@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
class HubListTest {
    private static final int ROWS = 260;

    @Test
    void pagingReturnsEveryRowOnceInIdOrderAlsoWithFilters() {
        // Greenland (GL) is used by no other test, so the filtered list holds exactly these rows.
        List<UUID> inserted = insertHubs("GL", ROWS);
        List<UUID> active = inserted.subList(0, ROWS / 2).stream().sorted().toList();
        inserted = inserted.stream().sorted().toList();
        List<UUID> filtered = pageThrough("/api/v1/hubs?country=GL&region=AMERICAS&limit=37");
        assertEquals(inserted, filtered);

        List<UUID> all = pageThrough("/api/v1/hubs?limit=200");
        assertEquals(all.size(), all.stream().distinct().count(), "no row twice");
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).compareTo(all.get(i)) < 0, "ordered by id");
        }
        List<UUID> expected = inserted;
        assertEquals(inserted, all.stream().filter(expected::contains).toList());

        assertEquals(active, pageThrough("/api/v1/hubs?country=GL&status=ACTIVE&limit=50"));
    }

    /** A client finds a hub or a program by its code without paging through everything. */
    @Test
    void hubsAndProgramsAreFoundByCode() {
        String hubCode = Api.code();
        UUID hub = Api.create("/api/v1/hubs", Api.with(Api.hub(), "code", hubCode));
        String programCode = Api.code();
        UUID program = Api.create("/api/v1/programs", Api.with(Api.program(), "code", programCode));
        manager()
                .get("/api/v1/hubs?code=" + hubCode)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(hub.toString()));
        manager()
                .get("/api/v1/programs?code=" + programCode)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(program.toString()));
        manager()
                .get("/api/v1/hubs?code=" + hubCode + "-NONE")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        manager()
                .get("/api/v1/programs?code=" + "X".repeat(33))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void badPagingOrFiltersAreA400NamingTheParameter() {
        manager().get("/api/v1/hubs?limit=201").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        manager().get("/api/v1/hubs?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        manager()
                .get("/api/v1/hubs?cursor=not-a-cursor!")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        manager().get("/api/v1/hubs?region=MOON").then().statusCode(400).body("errors[0].field", equalTo("region"));
        manager().get("/api/v1/hubs?country=ZZ").then().statusCode(400).body("errors[0].field", equalTo("country"));
        manager().get("/api/v1/hubs?status=OPEN").then().statusCode(400).body("errors[0].field", equalTo("status"));
        manager().get("/api/v1/hubs?kind=CAFE").then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void archivedHubsAreListedOnlyOnRequest() {
        UUID id = Api.create("/api/v1/hubs", Api.with(Api.hub(), "country", "AQ"));
        manager().post("/api/v1/hubs/" + id + "/archive").then().statusCode(200);
        assertEquals(List.of(), pageThrough("/api/v1/hubs?country=AQ"));
        assertEquals(List.of(id), pageThrough("/api/v1/hubs?country=AQ&includeArchived=true"));
    }

    /** Inserts hubs straight into the table (fast); the first half ACTIVE, the rest PLANNED. */
    private List<UUID> insertHubs(String country, int count) {
        List<UUID> ids = new ArrayList<>();
        StringJoiner values = new StringJoiner(",");
        for (int i = 0; i < count; i++) {
            UUID id = Ids.newId();
            ids.add(id);
            values.add("('%s', 'PG-%s', 'Paged hub %d', 'STARTUP_HUB', '%s', 'AMERICAS', '%s')"
                    .formatted(
                            id,
                            id.toString().substring(24).toUpperCase(),
                            i,
                            country,
                            i < count / 2 ? "ACTIVE" : "PLANNED"));
        }
        Db.execute("insert into hub (id, code, name, kind, country, region, status) values " + values);
        return ids;
    }

    private static List<UUID> pageThrough(String firstPage) {
        List<UUID> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String url =
                    cursor == null ? firstPage : firstPage + (firstPage.contains("?") ? "&" : "?") + "cursor=" + cursor;
            JsonPath page = manager().get(url).then().statusCode(200).extract().jsonPath();
            page.getList("items.id", String.class).forEach(id -> ids.add(UUID.fromString(id)));
            cursor = page.getString("nextCursor");
            assertTrue(++pages < 1000, "paging ends");
        } while (cursor != null);
        return ids;
    }
}
