package dev.kindling.hub;

import static dev.kindling.hub.Api.addHub;
import static dev.kindling.hub.Api.as;
import static dev.kindling.hub.Api.createHub;
import static dev.kindling.hub.Api.createProgram;
import static dev.kindling.hub.Api.manager;
import static dev.kindling.hub.Api.post;
import static dev.kindling.hub.Api.program;
import static dev.kindling.hub.Api.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
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
class ProgramApiTest {
    private static final String PROGRAMS = "/api/v1/programs";

    @Test
    void createsAProgramAndShowsItsHubsAndTargets() {
        Map<String, Object> body = program();
        String id = post(PROGRAMS, body)
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(body.get("code")))
                .body("kind", equalTo("ACCELERATOR"))
                .body("startsOn", equalTo("2021-01-01"))
                .body("endsOn", equalTo("2023-12-31"))
                .body("hubs", hasSize(0))
                .body("targets", hasSize(0))
                .extract()
                .path("id");
        UUID programId = UUID.fromString(id);
        UUID hubId = createHub();
        String hubCode = manager().get("/api/v1/hubs/" + hubId).path("code");
        manager()
                .body(Map.of("hubId", hubId))
                .post(PROGRAMS + "/" + id + "/hubs")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("hubs", hasSize(1))
                .body("hubs[0].hubId", equalTo(hubId.toString()))
                .body("hubs[0].hubCode", equalTo(hubCode))
                .body("hubs[0].status", equalTo("PLANNED"));
        post(PROGRAMS + "/" + id + "/hubs", Map.of("hubId", hubId)).then().statusCode(409);
        post(PROGRAMS + "/" + id + "/hubs", Map.of("hubId", UUID.randomUUID()))
                .then()
                .statusCode(422);
        String target = post(
                        PROGRAMS + "/" + id + "/targets",
                        Map.of("metric", "STARTUPS_RECRUITED", "value", 1000, "dueOn", "2023-12-31"))
                .then()
                .statusCode(201)
                .body("metric", equalTo("STARTUPS_RECRUITED"))
                .body("value", equalTo(1000))
                .extract()
                .header("Location");
        manager().get(target).then().statusCode(200).body("dueOn", equalTo("2023-12-31"));
        manager()
                .get(PROGRAMS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("hubs.hubCode", contains(hubCode))
                .body("targets.metric", contains("STARTUPS_RECRUITED"))
                .body("targets[0].value", equalTo(1000));
        assertEquals(1, Db.count("select count(*) from program_hub where program_id = ?1", programId));
        assertEquals(
                1, Db.count("select count(*) from program_target where program_id = ?1 and value = 1000", programId));
        assertEquals(1, Db.events(programId, "program.created"));
        assertEquals(1, Db.events(programId, "program.hub_added"));
        assertEquals(1, Db.events(programId, "program.target_added"));

        manager()
                .get(PROGRAMS + "?hubId=" + hubId)
                .then()
                .statusCode(200)
                .body("items.id", contains(id))
                .body("items[0].hubs[0].hubCode", equalTo(hubCode));
    }

    @Test
    void targetsAreUpdatedWithIfMatchAndValidated() {
        UUID id = createProgram();
        String targets = PROGRAMS + "/" + id + "/targets";
        post(targets, Map.of("metric", "SCALEUPS", "value", -5))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("value"));
        post(targets, Map.of("metric", "UNICORNS", "value", 5))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("metric"));
        String location = post(targets, Map.of("metric", "SCALEUPS", "value", 100))
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        post(targets, Map.of("metric", "SCALEUPS", "value", 7))
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/duplicate"));
        manager()
                .header("If-Match", "\"0\"")
                .body(Map.of("metric", "SCALEUPS", "value", 120))
                .put(location)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("value", equalTo(120));
        manager()
                .header("If-Match", "\"0\"")
                .body(Map.of("metric", "SCALEUPS", "value", 130))
                .put(location)
                .then()
                .statusCode(412);
        assertEquals(1, Db.count("select count(*) from program_target where program_id = ?1 and value = 120", id));
        manager().delete(location).then().statusCode(204);
        assertEquals(0, Db.count("select count(*) from program_target where program_id = ?1", id));
    }

    @Test
    void programCannotEndBeforeItStarts() {
        long before = Db.count("select count(*) from program");
        post(PROGRAMS, with(with(program(), "startsOn", "2023-01-01"), "endsOn", "2022-12-31"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("endsOn"));
        post(PROGRAMS, with(program(), "region", "NARNIA"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("region"));
        post(PROGRAMS, with(program(), "budget", 5)).then().statusCode(400).body("errors[0].field", equalTo("budget"));
        Map<String, Object> taken = program();
        post(PROGRAMS, taken).then().statusCode(201);
        post(PROGRAMS, with(program(), "code", taken.get("code")))
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("code"));
        assertEquals(before + 1, Db.count("select count(*) from program"));

        UUID id = createProgram();
        manager()
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "name",
                        "Renamed",
                        "kind",
                        "DEVELOPER",
                        "region",
                        "GLOBAL",
                        "startsOn",
                        "2024-01-01",
                        "endsOn",
                        "2023-01-01"))
                .put(PROGRAMS + "/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("endsOn"));
        manager()
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Renamed", "kind", "DEVELOPER", "region", "GLOBAL", "startsOn", "2024-01-01"))
                .put(PROGRAMS + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("region", equalTo("GLOBAL"));
        assertEquals("Renamed", Db.row("select name from program where id = ?1", id)[0]);
    }

    @Test
    void partnersSeeOnlyTheProgramsOfTheirHubs() {
        UUID hub = Api.create(
                "/api/v1/hubs", with(Api.hub(), "code", "PV-" + Api.code().substring(2)));
        String code = manager().get("/api/v1/hubs/" + hub).path("code");
        UUID theirs = createProgram();
        UUID other = createProgram();
        addHub(theirs, hub);
        as(TestTokens.partner(code)).get(PROGRAMS + "/" + theirs).then().statusCode(200);
        as(TestTokens.partner(code)).get(PROGRAMS + "/" + other).then().statusCode(404);
        as(TestTokens.partner(code))
                .get(PROGRAMS + "?limit=200")
                .then()
                .statusCode(200)
                .body("items.id", contains(theirs.toString()));
        as(TestTokens.partner(code)).body(program()).post(PROGRAMS).then().statusCode(403);
        as(TestTokens.viewer()).get(PROGRAMS + "/" + other).then().statusCode(200);
    }

    @Test
    void programsAreArchivedNotDeletedOnceTheyHaveHistory() {
        UUID fresh = createProgram();
        manager().delete(PROGRAMS + "/" + fresh).then().statusCode(204);
        assertEquals(0, Db.count("select count(*) from program where id = ?1", fresh));

        UUID used = createProgram();
        addHub(used, createHub());
        manager()
                .delete(PROGRAMS + "/" + used)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/archive-instead"));
        manager()
                .post(PROGRAMS + "/" + used + "/archive")
                .then()
                .statusCode(200)
                .body("archived", equalTo(true));
        manager().post(PROGRAMS + "/" + used + "/archive").then().statusCode(409);
        post(PROGRAMS + "/" + used + "/hubs", Map.of("hubId", createHub()))
                .then()
                .statusCode(409);
        manager()
                .get(PROGRAMS + "?limit=200")
                .then()
                .body("items.id", org.hamcrest.Matchers.not(hasItem(used.toString())));
        assertEquals(true, Db.row("select archived from program where id = ?1", used)[0]);
    }
}
