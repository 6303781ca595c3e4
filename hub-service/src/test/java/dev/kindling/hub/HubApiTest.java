package dev.kindling.hub;

import static dev.kindling.hub.Api.as;
import static dev.kindling.hub.Api.createHub;
import static dev.kindling.hub.Api.hub;
import static dev.kindling.hub.Api.manager;
import static dev.kindling.hub.Api.post;
import static dev.kindling.hub.Api.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
class HubApiTest {
    private static final String HUBS = "/api/v1/hubs";

    @Test
    void createsAPlannedHubAndStoresItWithAnEvent() {
        Map<String, Object> body = hub();
        String id = post(HUBS, body)
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString(HUBS + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(body.get("code")))
                .body("name", equalTo("Test hub"))
                .body("kind", equalTo("STARTUP_HUB"))
                .body("country", equalTo("SG"))
                .body("region", equalTo("ASIA_PACIFIC"))
                .body("status", equalTo("PLANNED"))
                .body("archived", equalTo(false))
                .body("openedOn", nullValue())
                .extract()
                .path("id");
        Object[] row = Db.row("select code, status, country, region from hub where id = ?1", UUID.fromString(id));
        assertEquals(body.get("code"), row[0]);
        assertEquals("PLANNED", row[1]);
        assertEquals("SG", row[2]);
        assertEquals("ASIA_PACIFIC", row[3]);
        assertEquals(1, Db.events(UUID.fromString(id), "hub.created"));

        as(TestTokens.partner("SG"))
                .get(HUBS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("code", equalTo(body.get("code")));
    }

    @Test
    void updatesWithIfMatchAndRefusesStaleOrMissingVersions() {
        UUID id = createHub();
        Map<String, Object> update =
                Map.of("name", "Renamed hub", "kind", "OPEN_LAB", "country", "FR", "city", "Paris", "region", "EUROPE");
        manager()
                .header("If-Match", "\"0\"")
                .body(update)
                .put(HUBS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Renamed hub"))
                .body("country", equalTo("FR"))
                .body("status", equalTo("PLANNED"));
        manager()
                .header("If-Match", "\"0\"")
                .body(with(update, "name", "Lost update"))
                .put(HUBS + "/" + id)
                .then()
                .statusCode(412)
                .body("type", equalTo("https://kindling.dev/problems/stale-version"));
        manager().body(update).put(HUBS + "/" + id).then().statusCode(428);
        assertEquals("Renamed hub", Db.row("select name from hub where id = ?1", id)[0]);
        assertEquals(1, Db.events(id, "hub.updated"));
    }

    @Test
    void writableStatusAndCodeAreRejectedAsUnknownFields() {
        UUID id = createHub();
        manager()
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "x", "kind", "OPEN_LAB", "country", "FR", "region", "EUROPE", "status", "ACTIVE"))
                .put(HUBS + "/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("unknown field"));
        assertEquals("PLANNED", Db.row("select status from hub where id = ?1", id)[0]);
    }

    @Test
    void lifecycleGoesPlannedActiveClosedAndRefusesIllegalActions() {
        UUID id = createHub();
        String hub = HUBS + "/" + id;
        manager()
                .post(hub + "/close")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/illegal-transition"));
        manager()
                .body(Map.of("openedOn", "2021-03-01"))
                .post(hub + "/activate")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("ACTIVE"))
                .body("openedOn", equalTo("2021-03-01"));
        manager().post(hub + "/activate").then().statusCode(409);
        manager()
                .post(hub + "/archive")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/illegal-transition"));
        manager()
                .body(Map.of("closedOn", "2020-01-01"))
                .post(hub + "/close")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("closedOn"));
        manager()
                .body(Map.of("closedOn", "2023-06-30"))
                .post(hub + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedOn", equalTo("2023-06-30"));
        manager().post(hub + "/activate").then().statusCode(409);
        manager().post(hub + "/archive").then().statusCode(200).body("archived", equalTo(true));
        manager()
                .post(hub + "/archive")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/already-archived"));
        Object[] row = Db.row("select status, archived, closed_on::text from hub where id = ?1", id);
        assertEquals("CLOSED", row[0]);
        assertEquals(true, row[1]);
        assertEquals("2023-06-30", row[2]);
        assertEquals(1, Db.events(id, "hub.activated"));
        assertEquals(1, Db.events(id, "hub.closed"));
        assertEquals(1, Db.events(id, "hub.archived"));
    }

    @Test
    void supersedesLinksAHubToTheOneItReplaces() {
        UUID old = createHub();
        UUID successor = Api.create(HUBS, with(hub(), "supersedesId", old));
        manager().get(HUBS + "/" + successor).then().body("supersedesId", equalTo(old.toString()));
        post(HUBS, with(hub(), "supersedesId", old))
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("supersedesId"));
        post(HUBS, with(hub(), "supersedesId", UUID.randomUUID()))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("supersedesId"));
        manager()
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "name",
                        "Old",
                        "kind",
                        "OPEN_LAB",
                        "country",
                        "FR",
                        "region",
                        "EUROPE",
                        "supersedesId",
                        successor))
                .put(HUBS + "/" + old)
                .then()
                .statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("loop"));
        assertEquals(0, Db.count("select count(*) from hub where id = ?1 and supersedes_id is not null", old));
    }

    @Test
    void deleteRemovesOnlyUnreferencedPlannedHubs() {
        UUID lonely = createHub();
        manager().delete(HUBS + "/" + lonely).then().statusCode(204);
        assertEquals(0, Db.count("select count(*) from hub where id = ?1", lonely));
        assertEquals(1, Db.events(lonely, "hub.deleted"));

        UUID running = createHub();
        Api.addHub(Api.createProgram(), running);
        manager()
                .delete(HUBS + "/" + running)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/archive-instead"))
                .body("detail", org.hamcrest.Matchers.containsString("archive"));
        assertEquals(1, Db.count("select count(*) from hub where id = ?1", running));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        long before = Db.count("select count(*) from hub");
        expect400(with(hub(), "country", "XX"), "country");
        expect400(with(hub(), "country", "sg"), "country");
        expect400(with(hub(), "region", "ATLANTIS"), "region");
        expect400(with(hub(), "name", "x".repeat(201)), "name");
        expect400(with(hub(), "code", "lower"), "code");
        expect400(with(hub(), "colour", "red"), "colour");
        Map<String, Object> first = hub();
        post(HUBS, first).then().statusCode(201);
        post(HUBS, with(hub(), "code", first.get("code")))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/duplicate"))
                .body("errors[0].field", equalTo("code"));
        assertEquals(before + 1, Db.count("select count(*) from hub"));
    }

    @Test
    void onlyAdminsAndManagersWrite() {
        as(TestTokens.viewer()).body(hub()).post(HUBS).then().statusCode(403);
        as(TestTokens.partner("SG")).body(hub()).post(HUBS).then().statusCode(403);
        as(TestTokens.admin()).body(hub()).post(HUBS).then().statusCode(201);
        io.restassured.RestAssured.given().get(HUBS).then().statusCode(401);
        manager().get(HUBS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static void expect400(Map<String, Object> body, String field) {
        post(HUBS, body).then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem(field));
    }

    @Test
    void actionsTakeAnOptionalIfMatchAndRefuseAStaleOne() {
        UUID id = createHub();
        String read = Api.etag(HUBS + "/" + id);
        long stale = Long.parseLong(read.replace("\"", "")) + 1;
        manager()
                .header("If-Match", "\"" + stale + "\"")
                .post(HUBS + "/" + id + "/activate")
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kindling.dev/problems/stale-version"));
        assertEquals("PLANNED", Db.single("select status from hub where id = ?1", id));
        assertEquals(0, Db.events(id, "hub.activated"));
        String activated = manager()
                .header("If-Match", read)
                .post(HUBS + "/" + id + "/activate")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .extract()
                .header("ETag");
        manager().post(HUBS + "/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        manager().header("If-Match", activated).delete(HUBS + "/" + id).then().statusCode(412);
        assertEquals(1, Db.count("select count(*) from hub where id = ?1", id));
    }

    @Test
    void anIdempotencyKeyIsScopedToTheOperationSoAnotherHubIsAReuse() {
        UUID first = createHub();
        UUID second = createHub();
        String key = UUID.randomUUID().toString();
        String archived = manager()
                .header("Idempotency-Key", key)
                .post(HUBS + "/" + first + "/archive")
                .then()
                .statusCode(200)
                .body("archived", equalTo(true))
                .extract()
                .asString();
        manager()
                .header("Idempotency-Key", key)
                .post(HUBS + "/" + first + "/archive")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body(equalTo(archived));
        manager()
                .header("Idempotency-Key", key)
                .post(HUBS + "/" + second + "/archive")
                .then()
                .statusCode(422)
                .body("type", equalTo("https://kindling.dev/problems/idempotency-key-reused"));
        assertEquals(false, Db.single("select archived from hub where id = ?1", second));
        assertEquals(1, Db.events(first, "hub.archived"));
    }
}
