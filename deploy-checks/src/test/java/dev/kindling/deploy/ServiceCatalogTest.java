package dev.kindling.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The variables, ports and schemas come from the modules' configuration files at check time. */
class ServiceCatalogTest {

    @Test
    void readsVariablesWithTheirDefaultsAndSkipsDevAndTestProfiles() {
        Map<String, KindlingService.Variable> reads = new TreeMap<>();
        ServiceCatalog.collectVariables(
                """
                # ${KINDLING_COMMENTED:x}
                a.url=${KINDLING_A_URL:http://localhost:8080}
                a.timeout=${KINDLING_A_TIMEOUT:2s}
                a.secret=${KINDLING_A_SECRET}
                %prod.a.json=${KINDLING_A_JSON:true}
                %dev.a.only=${KINDLING_DEV_ONLY:1}
                %test.a.only=${KINDLING_TEST_ONLY:1}
                """,
                "x.properties", reads);

        assertEquals(
                Map.of(
                        "KINDLING_A_URL",
                        true,
                        "KINDLING_A_TIMEOUT",
                        false,
                        "KINDLING_A_SECRET",
                        true,
                        "KINDLING_A_JSON",
                        false),
                Map.of(
                        "KINDLING_A_URL", reads.get("KINDLING_A_URL").mustBeSet(),
                        "KINDLING_A_TIMEOUT", reads.get("KINDLING_A_TIMEOUT").mustBeSet(),
                        "KINDLING_A_SECRET", reads.get("KINDLING_A_SECRET").mustBeSet(),
                        "KINDLING_A_JSON", reads.get("KINDLING_A_JSON").mustBeSet()));
        assertEquals(4, reads.size(), "no comments, no dev- or test-only keys: " + reads.keySet());
    }

    @Test
    void findsTheFourDeployableModulesInTheRepository() {
        ServiceCatalog catalog = ServiceCatalog.load(Repo.root());

        KindlingService hub = catalog.byName("hub-service").orElseThrow();
        assertEquals(8081, hub.port());
        assertEquals("KINDLING_HUB_PORT", hub.portVariable());
        assertEquals(Optional.of("hub"), hub.schema());
        assertTrue(hub.reads("KINDLING_DB_URL"), "hub-service reads common's datasource variables");
        assertTrue(hub.servesHealth());
        KindlingService gateway = catalog.byName("gateway").orElseThrow();
        assertEquals(8080, gateway.port());
        assertFalse(gateway.usesDatabase());
        assertEquals(Optional.of(gateway), catalog.byImage("registry.example.com/kindling/gateway:1.0.0"));
        assertTrue(catalog.byName("common").isEmpty(), "a library is not deployed");
    }
}
