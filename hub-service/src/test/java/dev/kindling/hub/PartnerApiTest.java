package dev.kindling.hub;

import static dev.kindling.hub.Api.as;
import static dev.kindling.hub.Api.createHub;
import static dev.kindling.hub.Api.createPartner;
import static dev.kindling.hub.Api.createProgram;
import static dev.kindling.hub.Api.manager;
import static dev.kindling.hub.Api.partner;
import static dev.kindling.hub.Api.post;
import static dev.kindling.hub.Api.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
class PartnerApiTest {
    private static final String PARTNERS = "/api/v1/partners";

    @Test
    void createsReadsUpdatesAndListsPartners() {
        Map<String, Object> body = with(partner(), "country", "EU");
        String id = post(PARTNERS, body)
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(body.get("name")))
                .body("kind", equalTo("INCUBATOR"))
                .body("country", equalTo("EU"))
                .body("website", equalTo("https://example.org"))
                .extract()
                .path("id");
        as(TestTokens.viewer()).get(PARTNERS + "/" + id).then().statusCode(200).body("id", equalTo(id));
        manager()
                .header("If-Match", "\"0\"")
                .body(with(body, "kind", "VC"))
                .put(PARTNERS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("kind", equalTo("VC"));
        manager()
                .header("If-Match", "\"0\"")
                .body(body)
                .put(PARTNERS + "/" + id)
                .then()
                .statusCode(412);
        assertEquals("VC", Db.row("select kind from partner where id = ?1", UUID.fromString(id))[0]);
        manager()
                .get(PARTNERS + "?kind=VC&country=EU&limit=200")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        assertEquals(1, Db.events(UUID.fromString(id), "partner.created"));
    }

    @Test
    void badPartnersAreRefused() {
        long before = Db.count("select count(*) from partner");
        post(PARTNERS, with(partner(), "country", "XX"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("country"));
        post(PARTNERS, with(partner(), "kind", "FRIEND"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        post(PARTNERS, with(partner(), "website", "ftp://x"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("website"));
        post(PARTNERS, with(partner(), "name", "n".repeat(201)))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("name"));
        assertEquals(before, Db.count("select count(*) from partner"));
    }

    @Test
    void linksPartnersToHubsAndProgramsBothWays() {
        UUID partner = createPartner();
        UUID hub = createHub();
        UUID program = createProgram();
        String links = PARTNERS + "/" + partner + "/links";
        String hubLink = post(links, link(hub, null, "HOST", "2021-01-01", null))
                .then()
                .statusCode(201)
                .body("hubId", equalTo(hub.toString()))
                .body("role", equalTo("HOST"))
                .body("sinceOn", equalTo("2021-01-01"))
                .extract()
                .header("Location");
        post(links, link(null, program, "CO_ORGANISER", null, null))
                .then()
                .statusCode(201)
                .body("programId", equalTo(program.toString()));

        manager().get(links).then().statusCode(200).body("items.role", contains("HOST", "CO_ORGANISER"));
        manager()
                .get("/api/v1/hubs/" + hub + "/partners")
                .then()
                .statusCode(200)
                .body("items.partnerId", contains(partner.toString()));
        as(TestTokens.viewer())
                .get("/api/v1/programs/" + program + "/partners")
                .then()
                .statusCode(200)
                .body("items.partnerId", contains(partner.toString()));

        manager()
                .header("If-Match", "\"0\"")
                .body(Map.of("role", "HOST", "sinceOn", "2021-01-01", "untilOn", "2023-12-31"))
                .put(hubLink)
                .then()
                .statusCode(200)
                .body("untilOn", equalTo("2023-12-31"));
        assertEquals(2, Db.count("select count(*) from partner_link where partner_id = ?1", partner));

        manager()
                .delete(PARTNERS + "/" + partner)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://kindling.dev/problems/archive-instead"));
        manager()
                .post(PARTNERS + "/" + partner + "/archive")
                .then()
                .statusCode(200)
                .body("archived", equalTo(true));
        UUID unlinked = createPartner();
        manager().delete(PARTNERS + "/" + unlinked).then().statusCode(204);
        assertEquals(0, Db.count("select count(*) from partner where id = ?1", unlinked));
    }

    @Test
    void badLinksAreRefused() {
        UUID partner = createPartner();
        UUID hub = createHub();
        String links = PARTNERS + "/" + partner + "/links";
        post(links, link(hub, createProgram(), "HOST", null, null))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("hubId"));
        post(links, link(null, null, "HOST", null, null)).then().statusCode(400);
        post(links, link(UUID.randomUUID(), null, "HOST", null, null))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("hubId"));
        post(links, link(hub, null, "HOST", "2022-01-01", "2021-01-01"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("untilOn"));
        post(links, link(hub, null, "HOST", null, null)).then().statusCode(201);
        post(links, link(hub, null, "HOST", null, null))
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("role"));
        as(TestTokens.partner("SG"))
                .body(link(hub, null, "MENTOR", null, null))
                .post(links)
                .then()
                .statusCode(403);
        assertEquals(1, Db.count("select count(*) from partner_link where partner_id = ?1", partner));
    }

    private static Map<String, Object> link(UUID hub, UUID program, String role, String since, String until) {
        Map<String, Object> body = new HashMap<>();
        body.put("hubId", hub);
        body.put("programId", program);
        body.put("role", role);
        body.put("sinceOn", since);
        body.put("untilOn", until);
        return body;
    }
}
