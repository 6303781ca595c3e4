package dev.kindling.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.kindling.common.testing.TestTokens;
import dev.kindling.suite.Gateway.Answer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Webhooks with the real services: a partner registers through the gateway, the real changes of
 * startup-service reach its receiver signed, as the change feed shows them, and hub-service's sender
 * picks up where it was after being killed (its feed cursor and queued deliveries are in the database).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebhookSuiteTest extends AgainstTheSuite {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SPARK_APAC = "00000000-0000-7000-8000-000000000201";
    private static final String SG = "00000000-0000-7000-8000-000000000101";
    private static final String VC_FIRM = "00000000-0000-7000-8000-000000000312";
    private static final String ADMIN = TestTokens.admin();
    private static final String SG_PARTNER = TestTokens.uniquePartner("SG");
    private static final Duration WITHIN = Duration.ofSeconds(60);

    /** The bodies of the requests the receiver got, with their signature headers. */
    private static final List<String[]> received = Collections.synchronizedList(new ArrayList<>());

    private static HttpServer receiver;
    private static String webhook;
    private static String secret;
    private static UUID cohort;

    @BeforeAll
    static void startTheReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new String[] {body, exchange.getRequestHeaders().getFirst("Kindling-Signature")});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopTheReceiver() {
        receiver.stop(0);
    }

    @Test
    @Order(1)
    void aPartnersEndpointGetsItsHubsChangesSignedAsTheFeedShowsThem() throws Exception {
        Answer created = gateway.post(
                SG_PARTNER,
                "/api/v1/webhooks",
                "{\"partnerId\":\"" + VC_FIRM + "\",\"url\":\"http://127.0.0.1:"
                        + receiver.getAddress().getPort()
                        + "/hooks\",\"hubCodes\":[\"SG\"],\"eventTypes\":[\"cohort.created\",\"enrollment.applied\","
                        + "\"enrollment.screening\"]}");
        assertEquals(201, created.status(), created.raw().body());
        assertEquals(
                suite.gateway() + "/api/v1/webhooks/" + created.id(),
                created.raw().headers().firstValue("Location").orElseThrow(),
                "Location names the gateway");
        webhook = created.id().toString();
        secret = created.text("secret");
        Thread.sleep(1_500); // the sender reads the feed at least once with the endpoint registered

        Answer cohortCreated = gateway.post(
                ADMIN,
                "/api/v1/cohorts",
                "{\"programId\":\"" + SPARK_APAC + "\",\"hubId\":\"" + SG + "\",\"name\":\"Webhook cohort\","
                        + "\"startsOn\":\"2026-12-01\",\"endsOn\":\"2027-05-31\",\"capacity\":20}");
        assertEquals(201, cohortCreated.status(), cohortCreated.raw().body());
        cohort = cohortCreated.id();
        UUID enrollment = enroll();
        Answer screened =
                gateway.post(ADMIN, "/api/v1/enrollments/" + enrollment + "/screen", "{\"reason\":\"webhook\"}");
        assertEquals(200, screened.status(), screened.raw().body());

        List<JsonNode> events = awaitEvents(seen -> types(seen, enrollment).contains("enrollment.screening")
                && types(seen, cohort).contains("cohort.created"));
        assertEquals(List.of("enrollment.applied", "enrollment.screening"), types(events, enrollment));
        for (JsonNode event : events) {
            assertTrue(event.path("hubCodes").toString().contains("\"SG\""), event.toString());
        }
        JsonNode screening = events.stream()
                .filter(e -> e.path("type").asText().equals("enrollment.screening"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                gateway.get(ADMIN, "/api/v1/enrollments/" + enrollment).body(),
                screening.path("data"),
                "the same JSON as the API's GET");

        Answer log = gateway.get(SG_PARTNER, "/api/v1/webhooks/" + webhook + "/deliveries?status=DELIVERED&limit=200");
        assertEquals(200, log.status(), log.raw().body());
        List<String> delivered = new ArrayList<>();
        log.body().path("items").forEach(d -> delivered.add(d.path("eventId").asText()));
        assertTrue(delivered.contains(screening.path("id").asText()), log.raw().body());
        assertEquals(
                404,
                gateway.get(TestTokens.uniquePartner("HK"), "/api/v1/webhooks/" + webhook)
                        .status());
    }

    @Test
    @Order(2)
    void theSenderPicksUpWhereItWasAfterBeingKilled() throws Exception {
        suite.stop("hub-service", true);
        UUID whileDown = enroll();
        suite.start("hub-service", Map.of());
        List<JsonNode> events = awaitEvents(seen -> types(seen, whileDown).contains("enrollment.applied"));
        assertEquals(List.of("enrollment.applied"), types(events, whileDown));
    }

    private static UUID enroll() {
        Answer startup = gateway.post(
                ADMIN,
                "/api/v1/startups",
                "{\"name\":\"Hook Robotics " + UUID.randomUUID() + " (illustrative)\",\"country\":\"SG\","
                        + "\"sector\":\"ROBOTICS\"}");
        assertEquals(201, startup.status(), startup.raw().body());
        Answer enrolled = gateway.post(
                ADMIN,
                "/api/v1/enrollments",
                "{\"startupId\":\"" + startup.id() + "\",\"cohortId\":\"" + cohort + "\"}");
        assertEquals(201, enrolled.status(), enrolled.raw().body());
        return enrolled.id();
    }

    /** The events received so far, each signature checked, once {@code done} holds of them. */
    private static List<JsonNode> awaitEvents(Predicate<List<JsonNode>> done) throws Exception {
        Instant deadline = Instant.now().plus(WITHIN);
        while (true) {
            List<JsonNode> events = new ArrayList<>();
            List<String[]> requests;
            synchronized (received) {
                requests = List.copyOf(received);
            }
            for (String[] request : requests) {
                assertTrue(signedWith(secret, request[1], request[0]), "signature of " + request[0]);
                events.add(JSON.readTree(request[0]));
            }
            if (done.test(events)) {
                return events;
            }
            assertTrue(Instant.now().isBefore(deadline), "not delivered within " + WITHIN + ": " + events);
            Thread.sleep(200);
        }
    }

    private static List<String> types(List<JsonNode> events, UUID aggregate) {
        return events.stream()
                .filter(e -> e.path("aggregateId").asText().equals(aggregate.toString()))
                .map(e -> e.path("type").asText())
                .distinct()
                .toList();
    }

    /** The README's check: some v1 is the HMAC-SHA256 of "t.body", and t is within five minutes. */
    private static boolean signedWith(String secret, String header, String body) throws Exception {
        long t = -1;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv[0].equals("t")) {
                t = Long.parseLong(kv[1]);
            } else if (kv[0].equals("v1")) {
                signatures.add(kv[1]);
            }
        }
        if (Math.abs(Instant.now().getEpochSecond() - t) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
        return signatures.stream()
                .anyMatch(s -> MessageDigest.isEqual(expected, HexFormat.of().parseHex(s)));
    }
}
