package dev.kindling.gateway.routing;

import dev.kindling.common.problem.Problem;
import dev.kindling.common.problem.ProblemJson;
import dev.kindling.common.problem.ProblemType;
import dev.kindling.common.web.RequestIdFilter;
import dev.kindling.gateway.limits.BodyLimitRoute;
import dev.kindling.gateway.limits.LimitedReadStream;
import dev.kindling.gateway.web.TraceContext;
import io.netty.channel.ConnectTimeoutException;
import io.quarkus.logging.Log;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.concurrent.TimeoutException;

/**
 * Counts streamed (chunked) request bodies against the cap, and turns a failed exchange with the
 * upstream into a problem response at once: 413 when the body went over the cap, 504 when the
 * upstream was too slow, 502 when it refused, reset or closed the connection.
 */
final class UpstreamGuard implements ProxyInterceptor {
    static final int RETRY_AFTER_SECONDS = 5;
    static final String X_FORWARDED_HOST = "X-Forwarded-Host";
    static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    private final String service;
    private final long maxBodyBytes;
    private final boolean tracing;

    /**
     * With tracing on, the call to the service is a client span whose context the HTTP client adds as
     * traceparent; the caller's (copied with the other headers) is dropped so the service sees only that
     * one, as a child of the gateway's span. With tracing off the caller's traceparent goes on as it is.
     */
    UpstreamGuard(String service, long maxBodyBytes, boolean tracing) {
        this.service = service;
        this.maxBodyBytes = maxBodyBytes;
        this.tracing = tracing;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        if (tracing) {
            request.headers().remove(TraceContext.TRACEPARENT).remove("tracestate");
        }
        forwarded(request);
        Body body = request.getBody();
        LimitedReadStream limited = null;
        // Only a body of unknown length that is still to come is counted (an ended request has none).
        if (body != null && body.length() < 0 && !request.proxiedRequest().isEnded()) {
            limited = new LimitedReadStream(body.stream(), maxBodyBytes);
            request.setBody(Body.body(limited, -1));
        }
        LimitedReadStream counted = limited;
        return context.sendRequest()
                .recover(failure ->
                        Future.succeededFuture(problem(request, failure, counted != null && counted.exceeded())));
    }

    /**
     * Tells the service the address the client used (the gateway's public one), so that the Locations
     * and links it builds name the gateway, never the service itself. A proxy in front of the gateway
     * (an Ingress) has already said it; its word is passed on.
     */
    static void forwarded(ProxyRequest request) {
        HttpServerRequest client = request.proxiedRequest();
        MultiMap headers = request.headers();
        if (!headers.contains(X_FORWARDED_HOST) && client.authority() != null) {
            headers.set(X_FORWARDED_HOST, client.authority().toString());
        }
        if (!headers.contains(X_FORWARDED_PROTO)) {
            headers.set(X_FORWARDED_PROTO, client.scheme());
        }
    }

    /** The gateway already put the request's id on the answer; the service's echo would double it. */
    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        context.response().headers().remove(RequestIdFilter.HEADER);
        return context.sendResponse();
    }

    private ProxyResponse problem(ProxyRequest request, Throwable failure, boolean tooLarge) {
        ProblemType type;
        String detail;
        if (tooLarge) {
            type = ProblemType.BODY_TOO_LARGE;
            detail = BodyLimitRoute.tooLarge(maxBodyBytes);
        } else if (causedBy(failure, TimeoutException.class) && !causedBy(failure, ConnectTimeoutException.class)) {
            type = ProblemType.UPSTREAM_TIMEOUT;
            detail = service + " did not answer in time";
        } else {
            type = ProblemType.UPSTREAM_UNAVAILABLE;
            detail = service + " could not be reached or broke the connection";
        }
        int status = type.status();
        Log.warnf("%s %s -> %s failed (%s): %s", request.getMethod(), request.getURI(), service, status, failure);
        request.release();
        ProxyResponse response = request.response()
                .setStatusCode(status)
                .setStatusMessage(type.title())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(ProblemJson.body(request.proxiedRequest(), type, detail)));
        if (status == 502) {
            response.putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        }
        if (status == 413) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        return response;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
