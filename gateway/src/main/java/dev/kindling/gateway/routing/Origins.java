package dev.kindling.gateway.routing;

import io.vertx.core.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The instances of one service the proxy sends requests to: its URL and any replicas, taken in turn
 * (round robin). In Kubernetes one URL (the Service) is enough, as kube-proxy balances; replicas are for
 * running several instances side by side without an orchestrator.
 */
final class Origins {
    record Origin(URI url, SocketAddress address, boolean ssl) {
        static Origin of(URI url) {
            boolean ssl = "https".equals(url.getScheme());
            int port = url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80;
            return new Origin(url, SocketAddress.inetSocketAddress(port, url.getHost()), ssl);
        }
    }

    private final List<Origin> origins = new ArrayList<>();
    private final AtomicInteger turn = new AtomicInteger();

    Origins(URI url, List<URI> replicas) {
        origins.add(Origin.of(url));
        replicas.stream().filter(r -> !r.equals(url)).map(Origin::of).forEach(origins::add);
    }

    Origin next() {
        return origins.size() == 1
                ? origins.get(0)
                : origins.get(Math.floorMod(turn.getAndIncrement(), origins.size()));
    }

    int size() {
        return origins.size();
    }

    @Override
    public String toString() {
        return origins.stream().map(o -> o.url().toString()).collect(Collectors.joining(", "));
    }
}
