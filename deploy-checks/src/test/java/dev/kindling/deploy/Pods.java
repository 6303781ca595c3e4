package dev.kindling.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The pods a render would make (from Deployments, StatefulSets and CloudNativePG Clusters) and label matching. */
final class Pods {

    /**
     * Pods of one owner.
     *
     * @param owner e.g. {@code Deployment hub-service}
     * @param service the Kindling service they run, if any
     * @param ports container ports by name (unnamed ports under their number)
     */
    record PodGroup(
            String owner,
            Map<String, String> labels,
            Map<String, Integer> ports,
            Optional<KindlingService> service,
            boolean database) {

        boolean listensOn(int port) {
            return ports.containsValue(port);
        }

        /** The container port a Service targetPort or probe port (name or number) stands for. */
        Optional<Integer> resolve(IntOrString port) {
            if (port == null) {
                return Optional.empty();
            }
            if (port.getIntVal() != null) {
                return Optional.of(port.getIntVal());
            }
            return Optional.ofNullable(ports.get(port.getStrVal()));
        }
    }

    private Pods() {}

    static List<PodGroup> of(Manifests.Rendered rendered, ServiceCatalog catalog) {
        List<PodGroup> groups = new ArrayList<>();
        for (Deployment d : rendered.all(Deployment.class)) {
            groups.add(
                    group("Deployment " + d.getMetadata().getName(), d.getSpec().getTemplate(), catalog));
        }
        for (StatefulSet s : rendered.all(StatefulSet.class)) {
            groups.add(group(
                    "StatefulSet " + s.getMetadata().getName(), s.getSpec().getTemplate(), catalog));
        }
        for (CnpgCluster c : rendered.clusters()) {
            // CloudNativePG labels each instance pod so, and it listens on 5432 (PostgreSQL), 8000
            // (instance manager) and 9187 (metrics).
            Map<String, String> labels = new HashMap<>();
            if (c.spec().inheritedMetadata() != null
                    && c.spec().inheritedMetadata().labels() != null) {
                labels.putAll(c.spec().inheritedMetadata().labels());
            }
            labels.put("cnpg.io/cluster", c.metadata().name());
            labels.put("cnpg.io/podRole", "instance");
            groups.add(new PodGroup(
                    "Cluster " + c.metadata().name(),
                    labels,
                    Map.of("postgresql", 5432, "status", 8000, "metrics", 9187),
                    Optional.empty(),
                    true));
        }
        return groups;
    }

    private static PodGroup group(String owner, PodTemplateSpec template, ServiceCatalog catalog) {
        Map<String, String> labels =
                Optional.ofNullable(template.getMetadata().getLabels()).orElse(Map.of());
        Map<String, Integer> ports = new HashMap<>();
        Optional<KindlingService> service = Optional.empty();
        boolean database = false;
        for (Container c : template.getSpec().getContainers()) {
            for (ContainerPort p : Optional.ofNullable(c.getPorts()).orElse(List.of())) {
                if (p.getContainerPort() == null) {
                    continue;
                }
                ports.put(
                        p.getName() != null ? p.getName() : String.valueOf(p.getContainerPort()), p.getContainerPort());
            }
            Optional<KindlingService> runs = catalog.byImage(Objects.toString(c.getImage(), ""));
            if (runs.isPresent()) {
                service = runs;
            }
            database |= Objects.toString(c.getImage(), "").matches("^(.*/)?postgres(ql)?(:.*)?$");
        }
        return new PodGroup(owner, labels, ports, service, database);
    }

    static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return selector != null
                && selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    /** Kubernetes label selector semantics; an empty selector matches every pod. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null && !matches(selector.getMatchLabels(), labels)) {
            return false;
        }
        for (LabelSelectorRequirement r :
                Optional.ofNullable(selector.getMatchExpressions()).orElse(List.of())) {
            String value = labels.get(r.getKey());
            List<String> values = Optional.ofNullable(r.getValues()).orElse(List.of());
            boolean ok =
                    switch (r.getOperator()) {
                        case "In" -> value != null && values.contains(value);
                        case "NotIn" -> value == null || !values.contains(value);
                        case "Exists" -> value != null;
                        case "DoesNotExist" -> value == null;
                        default -> false;
                    };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static List<PodGroup> selectedBy(LabelSelector selector, List<PodGroup> pods) {
        return pods.stream().filter(p -> matches(selector, p.labels())).toList();
    }
}
