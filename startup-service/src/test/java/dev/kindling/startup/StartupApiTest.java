package dev.kindling.startup;

import static dev.kindling.startup.Api.as;
import static dev.kindling.startup.Api.startupJson;
import static dev.kindling.startup.Api.unique;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.startup.HubStubs.Hub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(HubServiceMock.class)
class StartupApiTest {

    @Test
    void createsReadsAndStoresAStartup() {
        String name = unique("Acme Robotics");
        Response created = as(TestTokens.manager())
                .body(startupJson(name, "SG", "ROBOTICS", "https://" + UUID.randomUUID() + ".example/"))
                .post("/api/v1/startups");
        created.then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("country", equalTo("SG"))
                .body("sector", equalTo("ROBOTICS"))
                .body("foundedOn", equalTo("2020-01-15"))
                .body("teamSize", equalTo(7))
                .body("illustrative", equalTo(false));
        String id = created.jsonPath().getString("id");
        created.then().header("Location", endsWith("/api/v1/startups/" + id));
        as(TestTokens.viewer())
                .get("/api/v1/startups/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name));
        UUID uuid = UUID.fromString(id);
        assertEquals(1L, Db.count("select count(*) from startup where id = ?1", uuid));
        assertEquals(
                1L,
                Db.count(
                        "select count(*) from outbox where aggregate_id = ?1 and event_type = 'startup.created'",
                        uuid));
    }

    @Test
    void sameNormalisedWebsiteIsADuplicatePointingAtTheFirst() {
        String host = UUID.randomUUID() + ".example";
        UUID first = UUID.fromString(as(TestTokens.manager())
                .body(startupJson(unique("First"), "SG", "AI", "https://www." + host + "/"))
                .post("/api/v1/startups")
                .jsonPath()
                .getString("id"));
        long before = Db.count("select count(*) from startup");
        as(TestTokens.manager())
                .body(startupJson(unique("Second"), "HK", "AI", "HTTP://" + host.toUpperCase()))
                .post("/api/v1/startups")
                .then()
                .statusCode(409)
                .header("Location", endsWith("/api/v1/startups/" + first))
                .body("type", equalTo("https://kindling.dev/problems/duplicate"))
                .body("errors[0].field", equalTo("website"));
        assertEquals(before, Db.count("select count(*) from startup"));
    }

    @Test
    void sameNormalisedNameInTheSameCountryIsADuplicate() {
        String base = "Zeta " + UUID.randomUUID().toString().substring(0, 8);
        UUID first = Api.startup(TestTokens.manager(), base + " Pte. Ltd.", "MY", "AI");
        as(TestTokens.manager())
                .body(startupJson(base.toUpperCase() + "!", "MY", "AI", null))
                .post("/api/v1/startups")
                .then()
                .statusCode(409)
                .header("Location", endsWith(first.toString()))
                .body("errors[0].field", equalTo("name"));
        as(TestTokens.manager())
                .body(startupJson(base, "TH", "AI", null))
                .post("/api/v1/startups")
                .then()
                .statusCode(201);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "foundedOn | \"foundedOn\":\"2999-01-01\"",
                "teamSize  | \"teamSize\":-1",
                "country   | \"country\":\"XX\"",
                "country   | \"country\":\"sg\"",
                "website   | \"website\":\"not a site\"",
                "name      | \"name\":\"  \"",
            })
    void badInputIsA400NamingTheField(String field, String override) {
        String name = field.equals("name") ? "" : "\"name\":\"" + unique("Bad") + "\",";
        String country = field.equals("country") ? "" : "\"country\":\"SG\",";
        String body = "{" + name + country + override + "}";
        long before = Db.count("select count(*) from startup");
        as(TestTokens.manager())
                .body(body)
                .post("/api/v1/startups")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertEquals(before, Db.count("select count(*) from startup"));
    }

    @Test
    void foundedTodayIsFine() {
        as(TestTokens.manager())
                .body("{\"name\":\"" + unique("Today") + "\",\"country\":\"SG\",\"foundedOn\":\"" + LocalDate.now()
                        + "\"}")
                .post("/api/v1/startups")
                .then()
                .statusCode(201);
    }

    @Test
    void updatesWithIfMatchOnly() {
        UUID id = Api.startup();
        String renamed = unique("Renamed");
        as(TestTokens.manager())
                .body(startupJson(renamed, "SG", "AI", null))
                .put("/api/v1/startups/" + id)
                .then()
                .statusCode(428);
        as(TestTokens.manager())
                .header("If-Match", "\"0\"")
                .body(startupJson(renamed, "SG", "AI", null))
                .put("/api/v1/startups/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo(renamed));
        as(TestTokens.manager())
                .header("If-Match", "\"0\"")
                .body(startupJson(unique("Lost"), "SG", "AI", null))
                .put("/api/v1/startups/" + id)
                .then()
                .statusCode(412);
        assertEquals(renamed, Db.single("select name from startup where id = ?1", id));
        assertEquals(
                1L,
                Db.count("select count(*) from outbox where aggregate_id = ?1 and event_type = 'startup.updated'", id));
    }

    @Test
    void idempotentReplayCreatesOnce() {
        String key = UUID.randomUUID().toString();
        String body = startupJson(unique("Once"), "SG", "AI", null);
        Response first = as(TestTokens.manager())
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/startups");
        Response again = as(TestTokens.manager())
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/startups");
        first.then().statusCode(201);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.asString(), again.asString());
        assertEquals(
                1L,
                Db.count(
                        "select count(*) from startup where name = ?1",
                        first.jsonPath().getString("name")));
    }

    @Test
    void partnersSeeWhatTheyCreatedOrWhatIsEnrolledAtTheirHubs() {
        String sgPartner = TestTokens.partner("SG");
        UUID own = Api.startup(sgPartner, unique("Own"), "SG", "AI");
        UUID other = Api.startup();
        as(sgPartner).get("/api/v1/startups/" + own).then().statusCode(200);
        as(TestTokens.partner("HK")).get("/api/v1/startups/" + own).then().statusCode(404);
        as(sgPartner).get("/api/v1/startups/" + other).then().statusCode(404);
        as(sgPartner)
                .header("If-Match", "\"0\"")
                .body(startupJson(unique("Hijack"), "SG", "AI", null))
                .put("/api/v1/startups/" + other)
                .then()
                .statusCode(404);

        Hub sg = Hub.active("SG");
        Api.enroll(TestTokens.manager(), other, Api.cohort(sg, 5));
        as(sgPartner).get("/api/v1/startups/" + other).then().statusCode(200);
        as(TestTokens.viewer())
                .body(startupJson(unique("Viewer"), "SG", "AI", null))
                .post("/api/v1/startups")
                .then()
                .statusCode(403);
    }
}
