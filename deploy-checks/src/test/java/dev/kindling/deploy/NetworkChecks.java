package dev.kindling.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Services, the Ingress, the URLs services are given and the NetworkPolicies: every selector
 * matches pods, every port is one they listen on, only the gateway is reachable from outside the
 * namespace, services only from the gateway and each other, PostgreSQL only from the services.
 */
final class NetworkChecks {

    private static final Pattern JDBC = Pattern.compile("^jdbc:postgresql://([^:/?]+)(?::(\\d+))?/");

    private NetworkChecks() {}

    static void check(Manifests.Rendered rendered, List<Pods.PodGroup> pods, Problems problems) {
        services(rendered, pods, problems);
        ingresses(rendered, pods, problems);
        urls(rendered, problems);
        policies(rendered, pods, problems);
    }

    private static void services(Manifests.Rendered rendered, List<Pods.PodGroup> pods, Problems problems) {
        for (Service svc : rendered.all(Service.class)) {
            String name = "Service " + svc.getMetadata().getName();
            Map<String, String> selector = svc.getSpec().getSelector();
            List<Pods.PodGroup> selected = pods.stream()
                    .filter(p -> Pods.matches(selector, p.labels()))
                    .toList();
            if (selected.isEmpty()) {
                problems.add("%s: selector %s matches no pods", name, selector);
            }
            for (ServicePort port : svc.getSpec().getPorts()) {
                for (Pods.PodGroup p : selected) {
                    Optional<Integer> target = port.getTargetPort() == null
                            ? Optional.of(port.getPort())
                            : p.resolve(port.getTargetPort());
                    if (target.isEmpty() || !p.listensOn(target.get())) {
                        problems.add(
                                "%s: port %d targets %s, on which %s does not listen",
                                name, port.getPort(), port.getTargetPort(), p.owner());
                    } else if (p.service().isPresent()
                            && target.get() != p.service().get().port()) {
                        problems.add(
                                "%s: targets port %d, but %s listens on %d",
                                name,
                                target.get(),
                                p.service().get().name(),
                                p.service().get().port());
                    }
                }
            }
        }
    }

    private static void ingresses(Manifests.Rendered rendered, List<Pods.PodGroup> pods, Problems problems) {
        for (Ingress ingress : rendered.all(Ingress.class)) {
            for (IngressRule rule :
                    Optional.ofNullable(ingress.getSpec().getRules()).orElse(List.of())) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    IngressServiceBackend backend = path.getBackend().getService();
                    Optional<Service> svc = rendered.all(Service.class).stream()
                            .filter(s -> s.getMetadata().getName().equals(backend.getName()))
                            .findFirst();
                    if (svc.isEmpty()) {
                        problems.add(
                                "Ingress %s routes to Service %s, which is not in the render",
                                ingress.getMetadata().getName(), backend.getName());
                        continue;
                    }
                    boolean portExists = svc.get().getSpec().getPorts().stream()
                            .anyMatch(p -> backend.getPort().getName() != null
                                    ? backend.getPort().getName().equals(p.getName())
                                    : backend.getPort().getNumber().equals(p.getPort()));
                    if (!portExists) {
                        problems.add(
                                "Ingress %s routes to a port Service %s does not have",
                                ingress.getMetadata().getName(), backend.getName());
                    }
                    pods.stream()
                            .filter(p -> Pods.matches(svc.get().getSpec().getSelector(), p.labels()))
                            .filter(p -> !p.service()
                                    .map(s -> s.name().equals("gateway"))
                                    .orElse(false))
                            .forEach(p -> problems.add(
                                    "Ingress %s reaches %s; only the gateway may be reachable from the Ingress",
                                    ingress.getMetadata().getName(), p.owner()));
                }
            }
        }
    }

    /**
     * Every URL in a ConfigMap names a Service of the render on one of its ports (or the CloudNativePG rw
     * Service), except the public address clients use ({@link ServiceCatalog#PUBLIC_URL}), which is outside.
     */
    private static void urls(Manifests.Rendered rendered, Problems problems) {
        for (ConfigMap cm : rendered.all(ConfigMap.class)) {
            Optional.ofNullable(cm.getData()).orElse(Map.of()).forEach((key, value) -> {
                if (!key.startsWith("KINDLING_") || key.equals(ServiceCatalog.PUBLIC_URL)) {
                    return;
                }
                String host = null;
                int port = -1;
                Matcher jdbc = JDBC.matcher(value);
                if (jdbc.find()) {
                    host = jdbc.group(1);
                    port = jdbc.group(2) == null ? 5432 : Integer.parseInt(jdbc.group(2));
                } else if (value.startsWith("http://")) {
                    URI uri = URI.create(value);
                    host = uri.getHost();
                    port = uri.getPort() < 0 ? 80 : uri.getPort();
                }
                if (host == null) {
                    return;
                }
                String h = host;
                int p = port;
                boolean cnpg = rendered.clusters().stream()
                                .anyMatch(c -> h.equals(c.metadata().name() + "-rw"))
                        && p == 5432;
                boolean service = rendered.all(Service.class).stream()
                        .anyMatch(s -> s.getMetadata().getName().equals(h)
                                && s.getSpec().getPorts().stream().anyMatch(sp -> sp.getPort() == p));
                if (!cnpg && !service) {
                    problems.add(
                            "ConfigMap %s: %s=%s names %s:%d, which is no Service port of the render",
                            cm.getMetadata().getName(), key, value, h, p);
                }
            });
        }
    }

    private static void policies(Manifests.Rendered rendered, List<Pods.PodGroup> pods, Problems problems) {
        List<NetworkPolicy> policies = rendered.all(NetworkPolicy.class);
        boolean defaultDeny = policies.stream()
                .anyMatch(p -> isEmpty(p.getSpec().getPodSelector().getMatchLabels())
                        && p.getSpec().getPodSelector().getMatchExpressions().isEmpty()
                        && p.getSpec().getPolicyTypes().contains("Ingress")
                        && p.getSpec().getIngress().isEmpty());
        if (!defaultDeny) {
            problems.add("no default-deny NetworkPolicy (podSelector {}, policyTypes [Ingress], no rules)");
        }
        for (NetworkPolicy policy : policies) {
            String name = "NetworkPolicy " + policy.getMetadata().getName();
            List<Pods.PodGroup> targets = Pods.selectedBy(policy.getSpec().getPodSelector(), pods);
            if (targets.isEmpty()) {
                problems.add(
                        "%s: podSelector %s matches no pods",
                        name, policy.getSpec().getPodSelector().getMatchLabels());
            }
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                for (NetworkPolicyPort port : rule.getPorts()) {
                    for (Pods.PodGroup t : targets) {
                        Optional<Integer> number = t.resolve(port.getPort());
                        if (number.isEmpty() || !t.listensOn(number.get())) {
                            problems.add(
                                    "%s: allows port %s, on which %s does not listen", name, port.getPort(), t.owner());
                        }
                    }
                }
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    peer(name, peer, rule, targets, pods, problems);
                }
            }
        }
        for (Pods.PodGroup target : pods) {
            boolean admitted = policies.stream()
                    .filter(p -> Pods.matches(p.getSpec().getPodSelector(), target.labels()))
                    .anyMatch(p -> !p.getSpec().getIngress().isEmpty());
            if (!admitted) {
                problems.add("no NetworkPolicy admits any traffic to %s", target.owner());
            }
        }
        for (Pods.PodGroup client : pods) {
            if (client.service().map(KindlingService::usesDatabase).orElse(false)) {
                boolean reaches = policies.stream()
                        .anyMatch(p -> Pods.selectedBy(p.getSpec().getPodSelector(), pods).stream()
                                        .anyMatch(Pods.PodGroup::database)
                                && p.getSpec().getIngress().stream().anyMatch(r -> r.getFrom().stream()
                                        .anyMatch(peer -> peer.getNamespaceSelector() == null
                                                && peer.getPodSelector() != null
                                                && Pods.matches(peer.getPodSelector(), client.labels()))));
                if (!reaches) {
                    problems.add(
                            "%s cannot reach PostgreSQL: no NetworkPolicy of the database admits its pods",
                            client.owner());
                }
            }
        }
    }

    private static void peer(
            String name,
            NetworkPolicyPeer peer,
            NetworkPolicyIngressRule rule,
            List<Pods.PodGroup> targets,
            List<Pods.PodGroup> pods,
            Problems problems) {
        boolean outside = peer.getNamespaceSelector() != null || peer.getIpBlock() != null;
        if (!outside) {
            List<Pods.PodGroup> sources = Pods.selectedBy(peer.getPodSelector(), pods);
            if (sources.isEmpty()) {
                problems.add(
                        "%s: from podSelector %s matches no pods",
                        name, peer.getPodSelector().getMatchLabels());
            }
            for (Pods.PodGroup t : targets) {
                for (Pods.PodGroup s : sources) {
                    boolean allowed = t.service().isPresent()
                            ? s.service().isPresent()
                            : s.service().map(KindlingService::usesDatabase).orElse(false)
                                    || (s.database()
                                            && t.database()
                                            && s.owner().equals(t.owner()));
                    if (!allowed) {
                        problems.add("%s lets %s reach %s", name, s.owner(), t.owner());
                    }
                }
            }
            return;
        }
        for (Pods.PodGroup t : targets) {
            boolean gateway = t.service().map(s -> s.name().equals("gateway")).orElse(false);
            boolean operatorOnly = t.database()
                    && !rule.getPorts().isEmpty()
                    && rule.getPorts().stream()
                            .allMatch(p -> p.getPort() != null
                                    && Integer.valueOf(8000).equals(p.getPort().getIntVal()));
            if (!gateway && !operatorOnly) {
                problems.add(
                        "%s opens %s to other namespaces or addresses; only the gateway may be reachable from outside",
                        name, t.owner());
            }
        }
    }

    private static boolean isEmpty(Map<?, ?> map) {
        return map == null || map.isEmpty();
    }
}
