package dev.kindling.gateway.routing;

import dev.kindling.common.client.Upstreams;
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
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Counts streamed (chunked) request bodies against the cap, and turns a failed exchange with the
 * upstream into a problem response at once: 413 when the body went over the cap, 504 when the
 * upstream was too slow, 502 when it refused, reset or closed the connection.
 */
final class UpstreamGuard implements ProxyInterceptor {
    static final String X_FORWARDED_HOST = "X-Forwarded-Host";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Methods whose repetition has the effect of one request (RFC 9110 §9.2.2: idempotent). */
    static final Set<HttpMethod> IDEMPOTENT_METHODS =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE);

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
        if (replayable(request, body)) {
            HttpServerRequest client = request.proxiedRequest();
            Future<Buffer> whole = client.body();
            client.resume();
            return whole.compose(
                    bytes -> attempt(context, request, bytes, true), failure -> answer(request, failure, false));
        }
        if (bodiless(request) && IDEMPOTENT_METHODS.contains(request.getMethod())) {
            return attempt(context, request, null, true);
        }
        LimitedReadStream limited = null;
        // Only a body of unknown length that is still to come is counted (an ended request has none).
        if (body != null && body.length() < 0 && !request.proxiedRequest().isEnded()) {
            limited = new LimitedReadStream(body.stream(), maxBodyBytes);
            request.setBody(Body.body(limited, -1));
        }
        LimitedReadStream counted = limited;
        return context.sendRequest()
                .recover(failure -> answer(request, failure, counted != null && counted.exceeded()));
    }

    /**
     * Sends the request; when the connection broke before any answer came (a pooled keep-alive
     * connection the service had just closed, a reset), sends it once more on another connection, but
     * only where repeating is harmless: a safe or idempotent method without a body, or a write carrying an
     * Idempotency-Key (the service answers a repeat with the first answer), whose bytes are kept here.
     */
    private Future<ProxyResponse> attempt(ProxyContext context, ProxyRequest request, Buffer bytes, boolean again) {
        // a body is a stream that one send drains: each attempt gets its own (none for a bodiless request)
        request.setBody(bytes == null ? null : Body.body(bytes));
        return context.sendRequest().recover(failure -> {
            if (again && brokenConnection(failure)) {
                Log.debugf(
                        "%s %s -> %s: connection broke (%s); sending once more",
                        request.getMethod(), request.getURI(), service, failure);
                return attempt(context, request, bytes, false);
            }
            return answer(request, failure, false);
        });
    }

    private Future<ProxyResponse> answer(ProxyRequest request, Throwable failure, boolean tooLarge) {
        return Future.succeededFuture(problem(request, failure, tooLarge));
    }

    /** A write with an Idempotency-Key whose declared length is within the cap: its bytes can be kept. */
    private boolean replayable(ProxyRequest request, Body body) {
        String length = request.headers().get(HttpHeaders.CONTENT_LENGTH);
        return request.headers().contains(IDEMPOTENCY_KEY)
                && length != null
                && length.matches("\\d{1,9}")
                && Long.parseLong(length) <= maxBodyBytes
                && body != null
                && !request.proxiedRequest().isEnded();
    }

    /** No body announced: no Content-Length (or 0) and no Transfer-Encoding. */
    private static boolean bodiless(ProxyRequest request) {
        String length = request.headers().get(HttpHeaders.CONTENT_LENGTH);
        return (length == null || "0".equals(length)) && !request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /** The connection was closed or reset under the request (not a timeout: the service may still be working). */
    static boolean brokenConnection(Throwable failure) {
        if (causedBy(failure, TimeoutException.class)) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpClosedException || t instanceof ClosedChannelException) {
                return true;
            }
            String message = String.valueOf(t.getMessage());
            if (t instanceof IOException && (message.contains("reset") || message.contains("closed"))) {
                return true;
            }
        }
        return false;
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
            response.putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(Upstreams.RETRY_AFTER_SECONDS));
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
