package dev.kindling.funding;

import static dev.kindling.funding.Api.budget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.kindling.common.testing.Db;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The 360Giving export, held against the standard's own schema (vendored in src/test/resources/360giving). */
@QuarkusTest
class OpenDataApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PREFIX = "360G-kindling-";
    /** The package schema refers to the grant schema by this (published) address. */
    static final String GRANT_SCHEMA =
            "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json";

    static final Schema PACKAGE = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build())
                            .schemas(Map.of(GRANT_SCHEMA, resource("360-giving-schema.json"))))
            .getSchema(resource("360-giving-package-schema.json"), InputFormat.JSON);

    private static String resource(String name) {
        try (InputStream in = OpenDataApiTest.class.getResourceAsStream("/360giving/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSchemaCatchesWhatTheStandardForbids() {
        assertFalse(PACKAGE.validate("{\"grants\":[]}", InputFormat.JSON).isEmpty(), "no grants");
        assertFalse(
                PACKAGE.validate(
                                "{\"grants\":[{\"id\":\"x\",\"title\":\"t\",\"description\":\"d\",\"currency\":\"USD\","
                                        + "\"amountAwarded\":\"10\",\"awardDate\":\"2024-01-01\","
                                        + "\"recipientOrganization\":[{\"id\":\"r\",\"name\":\"n\"}],"
                                        + "\"fundingOrganization\":[{\"id\":\"f\",\"name\":\"n\"}]}]}",
                                InputFormat.JSON)
                        .isEmpty(),
                "an amount as a string");
    }

    @Test
    void grantsAreA360GivingPackageWhoseFiguresAreTheAllocations() throws Exception {
        String source = "Open data test " + UUID.randomUUID();
        UUID b = budget("USD", "100000").set("source", source).create();
        UUID toStartup = allocate(b, "STARTUP", Fixtures.STARTUP_OK, "1234.56");
        UUID toDemoCohort = allocate(b, "COHORT", Fixtures.COHORT_SG, "500");
        UUID toHub = allocate(b, "HUB", Fixtures.HUB_SG, "100");
        UUID cancelled = allocate(b, "STARTUP", Fixtures.STARTUP_OK, "7");
        Api.action("/api/v1/allocations/" + cancelled + "/cancel", "Entered twice")
                .then()
                .statusCode(200);
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        String body = export(Map.of("programId", Fixtures.PROGRAM, "from", today, "to", today));
        JsonNode pack = JSON.readTree(body);
        assertEquals(List.of(), PACKAGE.validate(body, InputFormat.JSON), "valid 360Giving");
        Map<String, JsonNode> grants = byId(pack);
        assertTrue(grants.containsKey(PREFIX + toStartup));
        assertFalse(grants.containsKey(PREFIX + toDemoCohort), "illustrative left out by default");
        assertFalse(grants.containsKey(PREFIX + toHub), "hubs run programs, they are not grantees");
        assertFalse(grants.containsKey(PREFIX + cancelled), "never granted");
        JsonNode grant = grants.get(PREFIX + toStartup);
        assertEquals(
                "Gecko Robotics, \"Pte\" Ltd",
                grant.at("/recipientOrganization/0/name").asText());
        assertEquals(source, grant.at("/fundingOrganization/0/name").asText());
        assertEquals("TEST", grant.at("/grantProgramme/0/code").asText());
        assertEquals(today, grant.path("awardDate").asText());
        // every grant is an allocation of the program awarded today, for its amount, in its currency
        for (JsonNode g : grants.values()) {
            UUID allocation = UUID.fromString(g.path("id").asText().substring(PREFIX.length()));
            Object[] row =
                    Db.row("select amount, currency, status, recipient_type from allocation where id = ?1", allocation);
            assertEquals(
                    0, ((BigDecimal) row[0]).compareTo(g.path("amountAwarded").decimalValue()), g.toString());
            assertEquals(((String) row[1]).trim(), g.path("currency").asText());
            assertFalse("CANCELLED".equals(row[2]) || "HUB".equals(row[3]), g.toString());
        }
        long expected = Db.count(
                "select count(*) from allocation a join budget b on b.id = a.budget_id where b.program_id = ?1"
                        + " and a.recipient_type = 'STARTUP' and a.status <> 'CANCELLED'"
                        + " and a.created_at >= current_date and a.created_at < current_date + 1",
                Fixtures.PROGRAM);
        assertEquals(expected, grants.size(), "every startup grant of the day (the cohort ones are demo cohorts)");

        String withDemo = export(Map.of("programId", Fixtures.PROGRAM, "from", today, "includeIllustrative", "true"));
        assertEquals(List.of(), PACKAGE.validate(withDemo, InputFormat.JSON));
        JsonNode demo = byId(JSON.readTree(withDemo)).get(PREFIX + toDemoCohort);
        assertTrue(demo.path("illustrative").asBoolean());
        assertEquals(
                0, new BigDecimal("500").compareTo(demo.path("amountAwarded").decimalValue()));
    }

    @Test
    void theCsvHasTheStandardsColumnTitles() {
        UUID b = budget("USD", "1000").set("source", "CSV test").create();
        UUID a = allocate(b, "STARTUP", Fixtures.STARTUP_OK, "42.50");
        String csv = Api.as(TestTokens.viewer())
                .accept("text/csv")
                .queryParam("programId", Fixtures.PROGRAM.toString())
                .get("/api/v1/open-data/360giving")
                .then()
                .statusCode(200)
                .contentType("text/csv; charset=UTF-8")
                .extract()
                .asString();
        assertEquals(
                "Identifier,Title,Description,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,"
                        + "Recipient Org:Name,Funding Org:Identifier,Funding Org:Name,Grant Programme:Code,"
                        + "Grant Programme:Title,Last Modified,Illustrative",
                csv.lines().findFirst().orElseThrow());
        String line =
                csv.lines().filter(l -> l.startsWith(PREFIX + a)).findFirst().orElseThrow();
        assertTrue(line.contains(",USD,42.50,"), line);
        assertTrue(line.contains(",\"Gecko Robotics, \"\"Pte\"\" Ltd\","), line);
        assertTrue(line.contains(",360G-kindling-funder-csv-test,CSV test,TEST,TEST program,"), line);
    }

    @Test
    void badQueriesAreProblems() {
        Api.manager()
                .queryParam("from", "2025-02-01")
                .queryParam("to", "2025-01-01")
                .get("/api/v1/open-data/360giving")
                .then()
                .statusCode(400);
        Api.manager()
                .queryParam("from", "soon")
                .get("/api/v1/open-data/360giving")
                .then()
                .statusCode(400);
        Api.as(TestTokens.partner("SG"))
                .get("/api/v1/open-data/360giving")
                .then()
                .statusCode(403);
    }

    private static UUID allocate(UUID budget, String type, UUID recipient, String amount) {
        return UUID.fromString(Api.manager()
                .body(Api.allocation(budget, null, type, recipient, amount, "USD"))
                .post("/api/v1/allocations")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    private static String export(Map<String, Object> query) {
        return Api.manager()
                .queryParams(query)
                .get("/api/v1/open-data/360giving")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static Map<String, JsonNode> byId(JsonNode pack) {
        Map<String, JsonNode> grants = new HashMap<>();
        pack.path("grants").forEach(g -> grants.put(g.path("id").asText(), g));
        return grants;
    }
}
