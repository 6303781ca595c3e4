package dev.kindling.hub;

import static dev.kindling.hub.Api.as;
import static dev.kindling.hub.Api.createPartner;
import static dev.kindling.hub.Api.hub;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Registering webhook endpoints: validation, the SSRF guard, the secret shown once, partner scoping. */
@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
class WebhookApiTest {
    private static final String WEBHOOKS = "/api/v1/webhooks";
    private static final String RECEIVER = "http://127.0.0.1:9/hooks";

    private static String newHub() {
        Map<String, Object> body = hub();
        Api.create("/api/v1/hubs", body);
        return (String) body.get("code");
    }

    private static Map<String, Object> webhook(UUID partner, String url, List<String> hubs, List<String> types) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnerId", partner);
        body.put("url", url);
        body.put("hubCodes", hubs);
        body.put("eventTypes", types);
        return body;
    }

    @Test
    void aPartnerRegistersForItsHubsAndSeesOnlyItsEndpoints() {
        String sg = newHub();
        String hk = newHub();
        UUID partner = createPartner();
        String sgPartner = TestTokens.uniquePartner(sg);
        String hkPartner = TestTokens.uniquePartner(hk);

        io.restassured.response.Response created = as(sgPartner)
                .body(webhook(partner, RECEIVER, List.of(sg), List.of("enrollment.accepted", "allocation.created")))
                .post(WEBHOOKS);
        String id = created.then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(WEBHOOKS + "/" + created.path("id")))
                .header("ETag", equalTo("\"0\""))
                .body("secret", startsWith("whsec_"))
                .body("status", equalTo("ENABLED"))
                .body("hubCodes", equalTo(List.of(sg)))
                .body("eventTypes", equalTo(List.of("enrollment.accepted", "allocation.created")))
                .body("consecutiveFailures", equalTo(0))
                .extract()
                .path("id");

        as(sgPartner).get(WEBHOOKS + "/" + id).then().statusCode(200).body("secret", nullValue());
        as(hkPartner).get(WEBHOOKS + "/" + id).then().statusCode(404);
        as(hkPartner).get(WEBHOOKS).then().statusCode(200).body("items.id", not(hasItem(id)));
        as(hkPartner).post(WEBHOOKS + "/" + id + "/disable").then().statusCode(400);
        as(hkPartner)
                .body(Map.of("reason", "not mine"))
                .post(WEBHOOKS + "/" + id + "/disable")
                .then()
                .statusCode(404);
        as(TestTokens.viewer()).get(WEBHOOKS + "/" + id).then().statusCode(200);
        as(TestTokens.viewer())
                .body(webhook(partner, RECEIVER, List.of(sg), List.of()))
                .post(WEBHOOKS)
                .then()
                .statusCode(403);
        // a partner cannot name a hub outside its token
        as(hkPartner)
                .body(webhook(partner, RECEIVER, List.of(hk, sg), List.of()))
                .post(WEBHOOKS)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("hubCodes[1]"));

        as(sgPartner)
                .body(Map.of("reason", "migrating"))
                .post(WEBHOOKS + "/" + id + "/disable")
                .then()
                .statusCode(200)
                .body("status", equalTo("DISABLED"))
                .body("disabledReason", equalTo("Disabled by " + subject(sgPartner) + ": migrating"));
        as(sgPartner).delete(WEBHOOKS + "/" + id).then().statusCode(204);
        as(sgPartner).get(WEBHOOKS + "/" + id).then().statusCode(404);
    }

    private static String subject(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        int start = payload.indexOf("\"sub\":\"") + 7;
        return payload.substring(start, payload.indexOf('"', start));
    }

    @Test
    void badRegistrationsAreProblemsAndWriteNothing() {
        String hub = newHub();
        UUID partner = createPartner();
        String admin = TestTokens.admin();
        long before = Db.count("select count(*) from webhook");
        Object[][] bad = {
            {webhook(partner, "https://10.0.0.8/hooks", List.of(hub), List.of()), 400, "url"},
            {webhook(partner, "https://169.254.169.254/latest/meta-data", List.of(hub), List.of()), 400, "url"},
            {webhook(partner, "https://[::ffff:192.168.0.1]/hooks", List.of(hub), List.of()), 400, "url"},
            {webhook(partner, "http://93.184.216.34/hooks", List.of(hub), List.of()), 400, "url"},
            {webhook(partner, "not a url", List.of(hub), List.of()), 400, "url"},
            {webhook(partner, RECEIVER, List.of(hub), List.of("enrollment.teleported")), 400, "eventTypes[0]"},
            {webhook(partner, RECEIVER, List.of(), List.of()), 400, "hubCodes"},
            {webhook(partner, RECEIVER, List.of("NO-SUCH-HUB"), List.of()), 422, "hubCodes[0]"},
            {webhook(UUID.randomUUID(), RECEIVER, List.of(hub), List.of()), 422, "partnerId"},
        };
        for (Object[] c : bad) {
            as(admin)
                    .body(c[0])
                    .post(WEBHOOKS)
                    .then()
                    .statusCode((Integer) c[1])
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(c[2]));
        }
        assertEquals(before, Db.count("select count(*) from webhook"), "nothing was written");
    }

    @Test
    void anUpdateNeedsTheVersionReadAndKeepsTheSecret() {
        String hub = newHub();
        UUID partner = createPartner();
        String admin = TestTokens.admin();
        String id = as(admin)
                .body(webhook(partner, RECEIVER, List.of(hub), List.of()))
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String secret = (String) Db.single("select secret from webhook where id = ?", UUID.fromString(id));
        Map<String, Object> change = Map.of(
                "url", "http://127.0.0.1:10/new", "hubCodes", List.of(hub), "eventTypes", List.of("hub.activated"));
        as(admin).body(change).put(WEBHOOKS + "/" + id).then().statusCode(428);
        as(admin)
                .header("If-Match", "\"7\"")
                .body(change)
                .put(WEBHOOKS + "/" + id)
                .then()
                .statusCode(412);
        as(admin)
                .header("If-Match", "\"0\"")
                .body(change)
                .put(WEBHOOKS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("url", equalTo("http://127.0.0.1:10/new"))
                .body("eventTypes", equalTo(List.of("hub.activated")))
                .body("secret", nullValue());
        assertEquals(secret, Db.single("select secret from webhook where id = ?", UUID.fromString(id)));
    }
}
