package dev.kindling.common.problem;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares in the OpenAPI document the headers and answers that the suite's conventions give every
 * operation of a kind, so that generated clients can read them without raw header maps: {@code
 * Location} on every 201, {@code ETag} on reads of one resource and on writes that answer one,
 * {@code Idempotent-Replayed} on POSTs (and 422 for a key reused with another request), {@code If-Match}
 * required where a 428 says so and 412 where it is taken, 406 on reads, 415 on bodies, 414 and 431 for
 * an overlong request line or headers, 429 with {@code Retry-After} and {@code RateLimit-*} (the
 * gateway's limits), and the gateway's 502/503/504 with {@code Retry-After}. {@code Location} and
 * {@code ETag} are required where declared: every such answer carries them. One place, so every new
 * resource of every service is declared the same way.
 */
public final class ContractHeaders {
    /**
     * Put on an operation ({@code @Extension(name = UNVERSIONED, value = "true", parseValue = true)}) about a
     * resource that has no versions (a KPI snapshot, a scale-up mark never changes): its 200 or 201 then
     * carries no ETag.
     */
    public static final String UNVERSIONED = "x-kindling-unversioned";

    private static final String IF_MATCH = "If-Match";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String ETAG = "ETag";
    private static final String REPLAYED = "Idempotent-Replayed";
    private static final String LOCATION = "Location";
    private static final String RETRY_AFTER = "Retry-After";
    private static final String RATE_LIMIT = "RateLimit-Limit";
    private static final String RATE_REMAINING = "RateLimit-Remaining";
    private static final String RATE_RESET = "RateLimit-Reset";
    private static final String CORS_ORIGIN = "Access-Control-Allow-Origin";
    /** The longest request line the suite takes (HttpLimits), so the longest link it can give out. */
    private static final int MAX_URI = 8192;

    private ContractHeaders() {}

    static void declare(String path, PathItem item) {
        item.getOperations().forEach((method, operation) -> {
            if (operation.getResponses() == null) {
                return;
            }
            APIResponses responses = operation.getResponses();
            boolean oneResource = path.endsWith("}");
            // SmallRye files a method's @Extension beside @APIResponse under its responses, and (depending on
            // how it reads the method) under the operation or each answer: looked for, and taken out, in all
            boolean unversioned = marked(operation.getExtensions())
                    || marked(responses.getExtensions())
                    || responses.getAPIResponses().values().stream().anyMatch(r -> marked(r.getExtensions()));
            operation.removeExtension(UNVERSIONED);
            responses.removeExtension(UNVERSIONED);
            responses.getAPIResponses().values().forEach(r -> r.removeExtension(UNVERSIONED));
            switch (method) {
                case GET -> {
                    add(responses, "406", "The Accept header asks for something this operation does not give");
                    if (oneResource && !unversioned) {
                        header(responses.getAPIResponse("200"), ETAG);
                    }
                }
                case POST -> {
                    responses.getAPIResponses().forEach((code, response) -> {
                        if (code.startsWith("2")) {
                            header(response, REPLAYED);
                        }
                    });
                    if (takes(operation, IDEMPOTENCY_KEY)) {
                        add(
                                responses,
                                "409",
                                "Conflicts with the current state, or this Idempotency-Key is still running");
                        add(responses, "422", "Invalid, or the Idempotency-Key was used with a different request");
                    }
                }
                default -> {}
            }
            if (operation.getRequestBody() != null) {
                add(responses, "415", "The body is not application/json");
            }
            for (String code : new String[] {"201", "202"}) {
                APIResponse created = responses.getAPIResponse(code);
                if (created != null) {
                    header(created, LOCATION);
                    if (!unversioned) {
                        header(created, ETAG);
                    }
                }
            }
            ifMatch(operation, responses);
            parameters(operation);
            add(responses, "414", "The path and query are longer than the suite takes (8,192 characters)");
            add(responses, "431", "The request's headers are larger than the suite takes");
            APIResponse limited =
                    add(responses, "429", "Too many requests from this caller (the gateway's rate limit)");
            header(limited, RETRY_AFTER);
            header(add(responses, "502", "The gateway could not reach the service"), RETRY_AFTER);
            APIResponse unavailable =
                    add(responses, "503", "A service this request needs did not answer; nothing was written");
            header(unavailable, RETRY_AFTER);
            add(responses, "504", "The service behind the gateway did not answer in time");
            responses.getAPIResponses().forEach((code, response) -> {
                // the gateway's rate limit runs after its token check: every answer but a 401 has counted
                if (code.startsWith("2") || (code.startsWith("4") && !"401".equals(code))) {
                    header(response, RATE_LIMIT);
                    header(response, RATE_REMAINING);
                    header(response, RATE_RESET);
                }
                header(response, CORS_ORIGIN);
            });
            // in status order, so that every export of the document writes them the same way
            responses.setAPIResponses(new LinkedHashMap<>(new TreeMap<>(responses.getAPIResponses())));
        });
    }

    private static boolean marked(Map<String, Object> extensions) {
        return extensions != null && Boolean.TRUE.equals(extensions.get(UNVERSIONED));
    }

    private static boolean takes(Operation operation, String header) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> p.getIn() == Parameter.In.HEADER && header.equalsIgnoreCase(p.getName()));
    }

    /** If-Match is required where the operation answers 428 without it; 412 wherever it is taken. */
    private static void ifMatch(Operation operation, APIResponses responses) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER && IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                if (responses.getAPIResponse("428") != null) {
                    parameter.setRequired(true);
                }
                add(responses, "412", "If-Match names a version that is no longer current");
            }
        }
    }

    /**
     * Our request headers, as the services check them: an Idempotency-Key of 1–255 visible ASCII
     * characters, an If-Match naming one of our ETags (a version number, quoted, maybe weak), and a
     * cursor as the services give it out.
     */
    private static void parameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (schema == null || schema.getRef() != null) {
                continue;
            }
            if (parameter.getIn() == Parameter.In.HEADER && IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName())) {
                schema.minLength(1).maxLength(255).pattern("^[!-~]{1,255}$");
            } else if (parameter.getIn() == Parameter.In.HEADER && IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                schema.maxLength(25).pattern("^(W/)?(\"[0-9]{1,19}\"|[0-9]{1,19})$");
            } else if (parameter.getIn() == Parameter.In.QUERY && "cursor".equals(parameter.getName())) {
                schema.maxLength(22);
            }
        }
    }

    private static APIResponse add(APIResponses responses, String code, String description) {
        APIResponse response = responses.getAPIResponse(code);
        if (response == null) {
            response = OASFactory.createAPIResponse()
                    .description(description)
                    .content(ProblemResponsesFilter.problemContent());
            responses.addAPIResponse(code, response);
        }
        return response;
    }

    /** The response header, as a reference to its one definition in {@code components/headers}. */
    private static void header(APIResponse response, String name) {
        if (response == null) {
            return;
        }
        Map<String, Header> headers = response.getHeaders();
        if (headers == null || !headers.containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(name));
        }
    }

    /** The definitions the responses refer to, once per document. */
    static void components(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        define(components, ETAG, "The resource's version, for If-Match", etag()).required(true);
        define(
                components,
                REPLAYED,
                "true when the answer is replayed for an Idempotency-Key already used",
                string().addEnumeration("true"));
        define(
                        components,
                        LOCATION,
                        "The address at the gateway of what was created (for a 202, of the request awaiting approval)",
                        string().format("uri").maxLength(MAX_URI))
                .required(true);
        define(components, RETRY_AFTER, "Seconds to wait before trying again", seconds());
        define(components, RATE_LIMIT, "Requests allowed in the window (set by the gateway)", count());
        define(components, RATE_REMAINING, "Requests left in the window (set by the gateway)", count());
        define(components, RATE_RESET, "Seconds until the window resets (set by the gateway)", seconds());
        define(
                components,
                CORS_ORIGIN,
                "Set by the gateway when the request's Origin is one it allows (kindling.cors)",
                string().maxLength(MAX_URI).pattern("^\\S+$"));
    }

    private static Header define(Components components, String name, String description, Schema schema) {
        if (components.getHeaders() == null || !components.getHeaders().containsKey(name)) {
            components.addHeader(
                    name, OASFactory.createHeader().description(description).schema(schema));
        }
        return components.getHeaders().get(name);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    /** Our ETags: a version number in quotes. */
    private static Schema etag() {
        return string().maxLength(22).pattern("^\"[0-9]{1,19}\"$");
    }

    private static Schema count() {
        return nonNegative("int64", Long.MAX_VALUE);
    }

    private static Schema seconds() {
        return nonNegative("int32", Integer.MAX_VALUE);
    }

    private static Schema nonNegative(String format, long maximum) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .format(format)
                .minimum(BigDecimal.ZERO)
                .maximum(BigDecimal.valueOf(maximum));
    }
}
