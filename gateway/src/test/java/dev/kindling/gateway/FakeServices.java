package dev.kindling.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.kindling.common.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * The three services as WireMock servers, plus a "dead" upstream on a port nobody listens on. Short
 * timeouts, a small body cap and a small rate limit make the failure paths quick to test.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {
    public static final WireMockServer HUB = server();
    public static final WireMockServer STARTUP = server();
    public static final WireMockServer FUNDING = server();
    /** Two instances of one service ("twins"), for spreading requests over replicas. */
    public static final WireMockServer TWIN_A = server();

    public static final WireMockServer TWIN_B = server();
    public static final int MAX_BODY = 4096;
    public static final int RATE_CAPACITY = 40;

    @Override
    public Map<String, String> start() {
        HUB.start();
        STARTUP.start();
        FUNDING.start();
        TWIN_A.start();
        TWIN_B.start();
        Map<String, String> config = new HashMap<>(TestTokens.config());
        config.put("kindling.gateway.upstreams.hub.url", HUB.baseUrl());
        config.put("kindling.gateway.upstreams.startup.url", STARTUP.baseUrl());
        config.put("kindling.gateway.upstreams.funding.url", FUNDING.baseUrl());
        config.put("kindling.gateway.upstreams.twin.url", TWIN_A.baseUrl());
        config.put("kindling.gateway.upstreams.twin.replicas", TWIN_A.baseUrl() + "," + TWIN_B.baseUrl());
        config.put("kindling.gateway.upstreams.twin.collections", "twins");
        config.put("kindling.gateway.upstreams.dead.url", "http://127.0.0.1:" + closedPort());
        config.put("kindling.gateway.upstreams.dead.collections", "graveyard");
        config.put("kindling.gateway.upstream-timeout", "2s");
        config.put("kindling.gateway.connect-timeout", "1s");
        config.put("kindling.gateway.read-models.part-timeout", "2s");
        config.put("kindling.gateway.openapi.cache-ttl", "0s");
        config.put("kindling.gateway.max-body-size", Integer.toString(MAX_BODY));
        config.put("kindling.gateway.rate-limit.capacity", Integer.toString(RATE_CAPACITY));
        config.put("kindling.gateway.rate-limit.refill-tokens", Integer.toString(RATE_CAPACITY));
        config.put("kindling.gateway.rate-limit.refill-period", "10m");
        config.put("quarkus.http.cors.origins", "https://dashboard.example");
        return config;
    }

    @Override
    public void stop() {
        HUB.stop();
        STARTUP.stop();
        FUNDING.stop();
        TWIN_A.stop();
        TWIN_B.stop();
    }

    public static void resetAll() {
        HUB.resetAll();
        STARTUP.resetAll();
        FUNDING.resetAll();
        TWIN_A.resetAll();
        TWIN_B.resetAll();
    }

    private static WireMockServer server() {
        return new WireMockServer(WireMockConfiguration.options().dynamicPort().gzipDisabled(true));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
