package dev.kindling.hub.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.KindlingTestResource;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * Webhook deliveries end to end inside hub-service: events of a (test-served) change feed are queued by
 * the real {@link FeedIngester} and sent by the real {@link Dispatcher} to a real HTTP {@link Receiver}
 * on loopback, which misbehaves as receivers do. The suite test does the same with the real gateway.
 */
@QuarkusTest
@QuarkusTestResource(KindlingTestResource.class)
@QuarkusTestResource(FakeFeed.class)
class WebhookDeliveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = TestTokens.admin();

    @Inject
    FeedIngester ingester;

    @Inject
    Dispatcher dispatcher;

    @Inject
    DeliveryRetention retention;

    /** A hub of this test only, and a webhook for it at the receiver; answers {id, secret, hub}. */
    private static Map<String, String> register(Receiver receiver, String... types) {
        String hub = "W"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF))
                        .toUpperCase();
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code",
                        hub,
                        "name",
                        "Hub " + hub,
                        "kind",
                        "STARTUP_HUB",
                        "country",
                        "SG",
                        "city",
                        "Singapore",
                        "region",
                        "ASIA_PACIFIC"))
                .post("/api/v1/hubs")
                .then()
                .statusCode(201);
        String partner = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Partner " + hub, "kind", "INCUBATOR"))
                .post("/api/v1/partners")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        JsonPath created = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "partnerId",
                        partner,
                        "url",
                        receiver.url("/hooks"),
                        "hubCodes",
                        List.of(hub),
                        "eventTypes",
                        List.of(types)))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return Map.of("id", created.getString("id"), "secret", created.getString("secret"), "hub", hub);
    }

    /** Adds an event about one resource at these hubs to the feed; answers its id. */
    private static String publish(UUID aggregate, String type, String... hubs) throws Exception {
        String id = UUID.randomUUID().toString();
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("id", id);
        event.put("type", type);
        event.put("occurredAt", "2026-12-04T10:00:00Z");
        event.put("publishedAt", "2026-12-04T10:00:01Z");
        event.put("source", "startup");
        event.put("aggregateType", type.substring(0, type.indexOf('.')));
        event.put("aggregateId", aggregate.toString());
        event.put("hubCodes", List.of(hubs));
        event.put("data", Map.of("id", aggregate.toString(), "name", "Ünïcode ✓ \"quoted\""));
        FakeFeed.publish(JSON.writeValueAsString(event));
        return id;
    }

    /** Reads the feed and sends what is due until {@code done} holds (or 20 s pass). */
    private void deliverUntil(BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (!done.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "deliveries did not finish in time");
            ingester.ingestAll();
            dispatcher.deliverDue();
            Thread.sleep(30);
        }
    }

    private static JsonPath delivery(String webhook, String eventId) {
        String id = given().auth()
                .oauth2(ADMIN)
                .queryParam("limit", 200)
                .get("/api/v1/webhooks/" + webhook + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.findAll { it.eventId == '" + eventId + "' }.id", String.class)
                .get(0);
        return given().auth()
                .oauth2(ADMIN)
                .get("/api/v1/webhook-deliveries/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void deliversEachMatchingEventOnceSignedAndInOrder() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Map<String, String> hook = register(receiver);
            ingester.ingestAll();
            UUID startup = UUID.randomUUID();
            List<String> expected = new ArrayList<>();
            expected.add(publish(startup, "startup.created", hook.get("hub")));
            publish(UUID.randomUUID(), "startup.created", "OTHER-HUB");
            publish(UUID.randomUUID(), "review.submitted");
            expected.add(publish(startup, "startup.updated", hook.get("hub"), "OTHER-HUB"));
            expected.add(publish(startup, "startup.kpi_recorded", hook.get("hub")));

            deliverUntil(() -> receiver.received().size() >= expected.size());
            dispatcher.deliverDue();

            List<Receiver.Request> got = receiver.received();
            assertEquals(
                    expected,
                    got.stream().map(r -> r.header("Kindling-Event-Id")).toList());
            long now = Instant.now().getEpochSecond();
            for (Receiver.Request request : got) {
                JsonNode body = JSON.readTree(request.body());
                assertEquals(request.header("Kindling-Event-Id"), body.get("id").asText());
                assertEquals(
                        request.header("Kindling-Event-Type"), body.get("type").asText());
                assertEquals("Ünïcode ✓ \"quoted\"", body.at("/data/name").asText());
                assertEquals("application/json", request.header("Content-Type"));
                assertEquals("1", request.header("Kindling-Delivery-Attempt"));
                String signature = request.header("Kindling-Signature");
                assertTrue(SignatureVerifier.verify(signature, request.body(), hook.get("secret"), now, 300));
                // a receiver refuses a tampered body, another secret, and the same request replayed later
                assertFalse(SignatureVerifier.verify(
                        signature, request.body().replace("startup", "Startup"), hook.get("secret"), now, 300));
                assertFalse(SignatureVerifier.verify(signature, request.body(), "whsec_other", now, 300));
                assertFalse(SignatureVerifier.verify(signature, request.body(), hook.get("secret"), now + 600, 300));
            }

            // read again from an older cursor (as after a crash before the commit): nothing is queued twice
            long queued = Db.count(
                    "select count(*) from webhook_delivery where webhook_id = ?", UUID.fromString(hook.get("id")));
            Db.execute("update webhook_feed_position set cursor = 'c0'");
            ingester.ingestAll();
            dispatcher.deliverDue();
            assertEquals(
                    queued,
                    Db.count(
                            "select count(*) from webhook_delivery where webhook_id = ?",
                            UUID.fromString(hook.get("id"))));
            assertEquals(expected.size(), receiver.received().size());

            // the sender read the feed with a token of its own: a viewer (read only), subject hub-service
            String token = FakeFeed.AUTHORIZATIONS
                    .get(FakeFeed.AUTHORIZATIONS.size() - 1)
                    .substring("Bearer ".length());
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            assertEquals("hub-service", claims.get("sub").asText());
            assertEquals("[\"viewer\"]", claims.get("groups").toString());
            assertEquals(TestTokens.ISSUER, claims.get("iss").asText());
        }
    }

    @Test
    void retriesThroughErrorsTimeoutsAndResetsKeepingEachResourcesOrder() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Map<String, String> hook = register(receiver);
            ingester.ingestAll();
            receiver.then(new Receiver.Answer(500, "down"), new Receiver.Hang(2_500), new Receiver.Reset());
            UUID startup = UUID.randomUUID();
            String first = publish(startup, "startup.created", hook.get("hub"));
            String second = publish(startup, "startup.updated", hook.get("hub"));

            deliverUntil(() -> receiver.received().size() >= 5 && delivered(hook.get("id")) == 2);

            List<String> order = receiver.received().stream()
                    .map(r -> r.header("Kindling-Event-Id"))
                    .toList();
            assertEquals(List.of(first, first, first, first, second), order, "the second waits for the first");
            assertEquals(
                    List.of("1", "2", "3", "4"),
                    receiver.received().subList(0, 4).stream()
                            .map(r -> r.header("Kindling-Delivery-Attempt"))
                            .toList());
            JsonPath log = delivery(hook.get("id"), first);
            assertEquals("DELIVERED", log.getString("status"));
            assertEquals(4, log.getInt("attempts"));
            assertEquals(500, log.getInt("attemptLog[0].statusCode"));
            assertEquals("down", log.getString("attemptLog[0].responseSnippet"));
            assertTrue(log.getString("attemptLog[1].error").startsWith("No answer within"), log.prettify());
            assertTrue(log.getString("attemptLog[2].error").startsWith("Connection"), log.prettify());
            assertEquals(200, log.getInt("attemptLog[3].statusCode"));
            assertEquals(first, log.getString("event.id"));
            JsonPath webhook = given().auth()
                    .oauth2(ADMIN)
                    .get("/api/v1/webhooks/" + hook.get("id"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(0, webhook.getInt("consecutiveFailures"));
            assertNotNull(webhook.getString("lastSuccessAt"));
            assertEquals(null, webhook.getString("secret"), "the secret is shown once only");
        }
    }

    private static long delivered(String webhook) {
        return Db.count(
                "select count(*) from webhook_delivery where webhook_id = ? and status = 'DELIVERED'",
                UUID.fromString(webhook));
    }

    @Test
    void disablesAnEndpointThatKeepsFailingAndResumesWhenEnabled() throws Exception {
        try (Receiver receiver = new Receiver()) {
            receiver.otherwise(new Receiver.Answer(503, "maintenance"));
            Map<String, String> hook = register(receiver);
            ingester.ingestAll();
            publish(UUID.randomUUID(), "startup.created", hook.get("hub"));
            publish(UUID.randomUUID(), "startup.created", hook.get("hub"));

            deliverUntil(() -> "DISABLED".equals(status(hook.get("id"))));
            JsonPath webhook = given().auth()
                    .oauth2(ADMIN)
                    .get("/api/v1/webhooks/" + hook.get("id"))
                    .then()
                    .extract()
                    .jsonPath();
            assertTrue(
                    webhook.getString("disabledReason").contains("attempts in a row failed, the last: HTTP 503"),
                    webhook.getString("disabledReason"));
            assertTrue(webhook.getInt("consecutiveFailures") >= 6);
            int sent = receiver.received().size();
            dispatcher.deliverDue();
            Thread.sleep(200);
            dispatcher.deliverDue();
            assertEquals(sent, receiver.received().size(), "nothing is sent to a disabled endpoint");
            assertEquals(
                    2,
                    Db.count(
                            "select count(*) from webhook_delivery where webhook_id = ? and status = 'PENDING'",
                            UUID.fromString(hook.get("id"))),
                    "its deliveries wait");

            receiver.otherwise(new Receiver.Answer(204, ""));
            given().auth()
                    .oauth2(ADMIN)
                    .contentType(ContentType.JSON)
                    .post("/api/v1/webhooks/" + hook.get("id") + "/enable")
                    .then()
                    .statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("ENABLED"))
                    .body("consecutiveFailures", org.hamcrest.Matchers.equalTo(0));
            deliverUntil(() -> delivered(hook.get("id")) == 2);
        }
    }

    private static String status(String webhook) {
        return given().auth()
                .oauth2(ADMIN)
                .get("/api/v1/webhooks/" + webhook)
                .then()
                .extract()
                .path("status");
    }

    @Test
    void aRotatedSecretSignsAlongsideTheOldOneForTheGracePeriod() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Map<String, String> hook = register(receiver, "startup.updated");
            ingester.ingestAll();
            JsonPath rotated = given().auth()
                    .oauth2(ADMIN)
                    .contentType(ContentType.JSON)
                    .body(Map.of("gracePeriodHours", 24))
                    .post("/api/v1/webhooks/" + hook.get("id") + "/rotate-secret")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String newSecret = rotated.getString("secret");
            assertFalse(newSecret.equals(hook.get("secret")));
            Instant expires = Instant.parse(rotated.getString("previousSecretExpiresAt"));
            assertTrue(Duration.between(Instant.now(), expires).toMinutes() > 23 * 60);

            publish(UUID.randomUUID(), "startup.created", hook.get("hub")); // not subscribed
            publish(UUID.randomUUID(), "startup.updated", hook.get("hub"));
            deliverUntil(() -> receiver.received().size() >= 1);
            Receiver.Request during = receiver.received().get(0);
            assertEquals("startup.updated", during.header("Kindling-Event-Type"));
            long now = Instant.now().getEpochSecond();
            String header = during.header("Kindling-Signature");
            assertEquals(2, header.split("v1=").length - 1, header);
            assertTrue(SignatureVerifier.verify(header, during.body(), hook.get("secret"), now, 300));
            assertTrue(SignatureVerifier.verify(header, during.body(), newSecret, now, 300));

            String last = given().auth()
                    .oauth2(ADMIN)
                    .contentType(ContentType.JSON)
                    .body(Map.of("gracePeriodHours", 0))
                    .post("/api/v1/webhooks/" + hook.get("id") + "/rotate-secret")
                    .then()
                    .statusCode(200)
                    .body("previousSecretExpiresAt", org.hamcrest.Matchers.nullValue())
                    .extract()
                    .path("secret");
            publish(UUID.randomUUID(), "startup.updated", hook.get("hub"));
            deliverUntil(() -> receiver.received().size() >= 2);
            Receiver.Request after = receiver.received().get(1);
            String single = after.header("Kindling-Signature");
            assertEquals(1, single.split("v1=").length - 1, single);
            assertTrue(SignatureVerifier.verify(single, after.body(), last, now, 300));
            assertFalse(SignatureVerifier.verify(single, after.body(), newSecret, now, 300));
        }
    }

    @Test
    void twoSendersAtOnceNeverSendTheSameAttempt() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Map<String, String> hook = register(receiver);
            ingester.ingestAll();
            Set<String> published = new HashSet<>();
            for (int i = 0; i < 80; i++) {
                published.add(publish(UUID.randomUUID(), "startup.created", hook.get("hub")));
            }
            ingester.ingestAll();
            ExecutorService replicas = Executors.newFixedThreadPool(3);
            try {
                List<Future<Integer>> runs = new ArrayList<>();
                for (int r = 0; r < 3; r++) {
                    runs.add(replicas.submit(dispatcher::deliverDue));
                }
                for (Future<Integer> run : runs) {
                    run.get();
                }
            } finally {
                replicas.shutdown();
            }
            // connections the receiver's backlog refused under the burst are retried
            deliverUntil(() -> delivered(hook.get("id")) == 80);
            // an attempt is sent by one sender only: no (event, attempt) twice; every event arrived
            List<String> attempts = receiver.received().stream()
                    .map(r -> r.header("Kindling-Event-Id") + "#" + r.header("Kindling-Delivery-Attempt"))
                    .toList();
            assertEquals(attempts.size(), new HashSet<>(attempts).size(), "an attempt sent twice");
            Set<String> ids = new HashSet<>();
            receiver.received().forEach(r -> ids.add(r.header("Kindling-Event-Id")));
            assertEquals(published, ids);
        }
    }

    @Test
    void aSenderThatDiesMidDeliveryIsReplacedAndItsLateResultIgnored() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Map<String, String> hook = register(receiver);
            ingester.ingestAll();
            String event = publish(UUID.randomUUID(), "startup.created", hook.get("hub"));
            ingester.ingestAll();
            List<Sender.Delivery> claimedByTheDead = dispatcher.claim();
            assertEquals(1, claimedByTheDead.size());
            assertEquals(0, dispatcher.deliverDue(), "a leased delivery is not claimed again");
            Db.execute(
                    "update webhook_delivery set lease_until = now() - interval '1 second' where id = ?",
                    UUID.fromString(claimedByTheDead.get(0).deliveryId()));

            assertEquals(1, dispatcher.deliverDue());
            assertEquals(
                    List.of(event),
                    receiver.received().stream()
                            .map(r -> r.header("Kindling-Event-Id"))
                            .toList());
            assertEquals("2", receiver.received().get(0).header("Kindling-Delivery-Attempt"));

            // the dead sender's result arrives late: it is logged, but the delivery stays as the live one left it
            dispatcher.record(claimedByTheDead.get(0), new Sender.Result(Instant.now(), 5, 500, "HTTP 500", "late"));
            JsonPath log = delivery(hook.get("id"), event);
            assertEquals("DELIVERED", log.getString("status"));
            assertEquals(2, log.getInt("attempts"));

            // redelivered by hand: sent once more, same event, next attempt number
            given().auth()
                    .oauth2(ADMIN)
                    .contentType(ContentType.JSON)
                    .post("/api/v1/webhook-deliveries/" + log.getString("id") + "/redeliver")
                    .then()
                    .statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("PENDING"));
            deliverUntil(() -> receiver.received().size() == 2);
            assertEquals(event, receiver.received().get(1).header("Kindling-Event-Id"));
            assertEquals("3", receiver.received().get(1).header("Kindling-Delivery-Attempt"));
        }
    }

    @Test
    void retentionDeletesFinishedDeliveriesOnlyWithTheirAttempts() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Map<String, String> hook = register(receiver);
            UUID webhook = UUID.fromString(hook.get("id"));
            ingester.ingestAll();
            publish(UUID.randomUUID(), "startup.created", hook.get("hub"));
            deliverUntil(() -> delivered(hook.get("id")) == 1);
            // disabled, so that no later sender takes the pending row this test keeps
            Db.execute("update webhook set status = 'DISABLED' where id = ?", webhook);
            Db.execute(
                    "insert into webhook_delivery (id, webhook_id, event_id, event_type, aggregate_id, body,"
                            + " status, next_attempt_at, give_up_at, created_at) values (uuid_v7(), ?, gen_random_uuid(),"
                            + " 'startup.updated', gen_random_uuid(), '{}', 'PENDING', now(), now() + interval '1 hour',"
                            + " now())",
                    webhook);
            String attempts = "select count(*) from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id"
                    + " where d.webhook_id = ?";
            assertEquals(1, Db.count(attempts, webhook));

            assertTrue(retention.prune(java.time.OffsetDateTime.now().plusDays(1)) >= 1);
            assertEquals(0, delivered(hook.get("id")), "the delivered one is gone");
            assertEquals(0, Db.count(attempts, webhook), "with its attempts");
            assertEquals(
                    1,
                    Db.count(
                            "select count(*) from webhook_delivery where webhook_id = ? and status = 'PENDING'",
                            webhook),
                    "the pending one stays");
        }
    }
}
