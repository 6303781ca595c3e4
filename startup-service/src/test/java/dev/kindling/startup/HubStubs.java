package dev.kindling.startup;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** hub-service answers for programs and hubs, as its contract describes them. */
public final class HubStubs {
    private HubStubs() {}

    /** A hub as the program lists it and as GET /hubs/{id} answers it. */
    public record Hub(UUID id, String code, String status) {
        public static Hub active(String code) {
            return new Hub(UUID.randomUUID(), code, "ACTIVE");
        }
    }

    public static void program(UUID programId, String code, boolean archived, Hub... hubs) {
        String runs = Arrays.stream(hubs)
                .map(h -> "{\"hubId\":\"" + h.id() + "\",\"hubCode\":\"" + h.code() + "\",\"status\":\"" + h.status()
                        + "\"}")
                .collect(Collectors.joining(","));
        respond(
                "/api/v1/programs/" + programId,
                json("{\"id\":\"" + programId + "\",\"code\":\"" + code + "\",\"name\":\"Program " + code
                        + "\",\"kind\":\"ACCELERATOR\",\"archived\":" + archived + ",\"hubs\":[" + runs
                        + "],\"targets\":[]}"));
        for (Hub hub : hubs) {
            hub(hub);
        }
    }

    public static void hub(Hub hub) {
        respond(
                "/api/v1/hubs/" + hub.id(),
                json("{\"id\":\"" + hub.id() + "\",\"code\":\"" + hub.code() + "\",\"name\":\"Hub " + hub.code()
                        + "\",\"kind\":\"STARTUP_HUB\",\"country\":\"SG\",\"status\":\"" + hub.status()
                        + "\",\"archived\":false}"));
    }

    public static void respond(String path, ResponseDefinitionBuilder response) {
        HubServiceMock.server().stubFor(get(urlPathEqualTo(path)).willReturn(response));
    }

    public static ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    public static ResponseDefinitionBuilder notFound() {
        return aResponse()
                .withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(
                        "{\"type\":\"https://kindling.dev/problems/not-found\",\"title\":\"Not Found\",\"status\":404}");
    }
}
