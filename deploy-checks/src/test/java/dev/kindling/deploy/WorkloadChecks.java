package dev.kindling.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each Kindling container against its module: image and tag, the port it listens on, its three
 * probes on the paths smallrye-health serves, every variable its configuration reads, resources
 * and a non-root user.
 */
final class WorkloadChecks {

    private WorkloadChecks() {}

    static void check(Manifests.Rendered rendered, ServiceCatalog catalog, Problems problems) {
        Map<String, ConfigMap> configMaps = new HashMap<>();
        rendered.all(ConfigMap.class)
                .forEach(c -> configMaps.put(c.getMetadata().getName(), c));
        Map<String, Integer> deployed = new HashMap<>();
        for (Deployment d : rendered.all(Deployment.class)) {
            String owner = "Deployment " + d.getMetadata().getName();
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            for (Container c : pod.getContainers()) {
                Optional<KindlingService> service = catalog.byImage(String.valueOf(c.getImage()));
                if (service.isEmpty()) {
                    if (String.valueOf(c.getImage()).contains("kindling/")) {
                        problems.add("%s: image %s is no module of this build", owner, c.getImage());
                    }
                    continue;
                }
                deployed.merge(service.get().name(), 1, Integer::sum);
                container(owner, d, pod, c, service.get(), configMaps, catalog, problems);
            }
        }
        for (KindlingService s : catalog.all()) {
            if (deployed.getOrDefault(s.name(), 0) != 1) {
                problems.add(
                        "%s should run in exactly one Deployment, found %d",
                        s.image(), deployed.getOrDefault(s.name(), 0));
            }
        }
    }

    private static void container(
            String owner,
            Deployment d,
            PodSpec pod,
            Container c,
            KindlingService s,
            Map<String, ConfigMap> configMaps,
            ServiceCatalog catalog,
            Problems problems) {
        String where = owner + " container " + c.getName();
        String portSource = s.name() + "/src/main/resources/application.properties";
        if (!d.getMetadata().getName().equals(s.name())) {
            problems.add("%s runs %s; name the Deployment %s", owner, s.image(), s.name());
        }
        String tag =
                c.getImage().contains(":") ? c.getImage().substring(c.getImage().lastIndexOf(':') + 1) : "";
        if (!tag.equals(Repo.version())) {
            problems.add("%s: image %s, but the build makes version %s", where, c.getImage(), Repo.version());
        }
        List<ContainerPort> ports = Optional.ofNullable(c.getPorts()).orElse(List.of());
        if (ports.stream().noneMatch(p -> Integer.valueOf(s.port()).equals(p.getContainerPort()))) {
            problems.add(
                    "%s: no containerPort %d, the port %s listens on (quarkus.http.port in %s)",
                    where, s.port(), s.name(), portSource);
        }
        for (ContainerPort p : ports) {
            if (p.getContainerPort() == null || p.getContainerPort() != s.port()) {
                problems.add(
                        "%s: containerPort %s, but %s listens on %d (quarkus.http.port in %s)",
                        where, p.getContainerPort(), s.name(), s.port(), portSource);
            }
        }
        Pods.PodGroup self = new Pods.PodGroup(owner, Map.of(), portsByName(ports), Optional.of(s), false);
        probe(where, "startup", c.getStartupProbe(), s, self, problems);
        probe(where, "readiness", c.getReadinessProbe(), s, self, problems);
        probe(where, "liveness", c.getLivenessProbe(), s, self, problems);
        resources(where, c, problems);
        boolean nonRoot = Boolean.TRUE.equals(
                        pod.getSecurityContext() == null
                                ? null
                                : pod.getSecurityContext().getRunAsNonRoot())
                || Boolean.TRUE.equals(
                        c.getSecurityContext() == null
                                ? null
                                : c.getSecurityContext().getRunAsNonRoot());
        if (!nonRoot) {
            problems.add("%s: set securityContext.runAsNonRoot: true", where);
        }
        Map<String, String> env = environment(where, c, configMaps, catalog, problems);
        for (Map.Entry<String, KindlingService.Variable> read : s.reads().entrySet()) {
            if (read.getValue().mustBeSet() && !env.containsKey(read.getKey())) {
                problems.add(
                        "%s does not set %s, which %s reads (%s; its default '%s' only suits a developer's machine)",
                        where,
                        read.getKey(),
                        s.name(),
                        read.getValue().source(),
                        read.getValue().defaultValue());
            }
        }
        for (EnvVar e : Optional.ofNullable(c.getEnv()).orElse(List.of())) {
            if (e.getName().startsWith("KINDLING_") && !s.reads(e.getName())) {
                problems.add(
                        "%s sets %s, which %s does not read (misspelt, or left over?)", where, e.getName(), s.name());
            }
        }
        String portValue = env.get(s.portVariable());
        if (portValue != null && !portValue.equals(String.valueOf(s.port()))) {
            problems.add(
                    "%s sets %s=%s, but the probes, ports and Service use %d",
                    where, s.portVariable(), portValue, s.port());
        }
        if (s.usesDatabase()) {
            for (String var : List.of("KINDLING_DB_USER", "KINDLING_DB_PASSWORD")) {
                if (!env.getOrDefault(var, "").startsWith("secret:")) {
                    problems.add(
                            "%s: %s must come from a Secret (secretKeyRef), never a literal or a ConfigMap",
                            where, var);
                }
            }
        }
    }

    private static Map<String, Integer> portsByName(List<ContainerPort> ports) {
        Map<String, Integer> byName = new HashMap<>();
        ports.stream()
                .filter(p -> p.getContainerPort() != null)
                .forEach(p -> byName.put(
                        p.getName() != null ? p.getName() : String.valueOf(p.getContainerPort()),
                        p.getContainerPort()));
        return byName;
    }

    private static void probe(
            String where, String kind, Probe probe, KindlingService s, Pods.PodGroup self, Problems problems) {
        String expected = KindlingService.HEALTH_PATHS.get(kind);
        if (probe == null || probe.getHttpGet() == null) {
            problems.add("%s: no %sProbe with httpGet %s", where, kind, expected);
            return;
        }
        String path = probe.getHttpGet().getPath();
        if (!s.servesHealth()) {
            problems.add("%s: %s/pom.xml lacks quarkus-smallrye-health, so %s is not served", where, s.name(), path);
        }
        if (!KindlingService.SERVED_HEALTH_PATHS.contains(path)) {
            problems.add(
                    "%s: %sProbe path %s is not served by %s (it serves %s); use %s",
                    where, kind, path, s.name(), KindlingService.SERVED_HEALTH_PATHS, expected);
        } else if (!expected.equals(path)) {
            problems.add("%s: %sProbe should use %s, not %s", where, kind, expected, path);
        }
        Optional<Integer> port = self.resolve(probe.getHttpGet().getPort());
        if (port.isEmpty() || port.get() != s.port()) {
            problems.add(
                    "%s: %sProbe port %s, but %s listens on %d",
                    where,
                    kind,
                    port.map(String::valueOf)
                            .orElse(String.valueOf(probe.getHttpGet().getPort())),
                    s.name(),
                    s.port());
        }
    }

    private static void resources(String where, Container c, Problems problems) {
        Map<String, Quantity> requests =
                c.getResources() == null ? null : c.getResources().getRequests();
        Map<String, Quantity> limits =
                c.getResources() == null ? null : c.getResources().getLimits();
        if (requests == null || !requests.containsKey("cpu") || !requests.containsKey("memory")) {
            problems.add("%s: set resources.requests cpu and memory", where);
        }
        if (limits == null || !limits.containsKey("memory")) {
            problems.add("%s: set resources.limits.memory", where);
        }
    }

    /**
     * Every variable the container gets, with its value: literals as they are, ConfigMap values
     * looked up, Secret values as {@code secret:<name>/<key>}.
     */
    static Map<String, String> environment(
            String where, Container c, Map<String, ConfigMap> configMaps, ServiceCatalog catalog, Problems problems) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : Optional.ofNullable(c.getEnvFrom()).orElse(List.of())) {
            if (from.getSecretRef() != null) {
                problems.add(
                        "%s: envFrom secretRef %s hides which variables are set; use env with secretKeyRef",
                        where, from.getSecretRef().getName());
            }
            if (from.getConfigMapRef() != null) {
                ConfigMap cm = configMaps.get(from.getConfigMapRef().getName());
                if (cm == null) {
                    problems.add(
                            "%s: envFrom ConfigMap %s is not in the render",
                            where, from.getConfigMapRef().getName());
                    continue;
                }
                String prefix = Optional.ofNullable(from.getPrefix()).orElse("");
                Optional.ofNullable(cm.getData()).orElse(Map.of()).forEach((k, v) -> {
                    env.put(prefix + k, v);
                    if ((prefix + k).startsWith("KINDLING_") && !catalog.anyReads(prefix + k)) {
                        problems.add(
                                "ConfigMap %s: key %s is read by no service (misspelt, or left over?)",
                                cm.getMetadata().getName(), prefix + k);
                    }
                });
            }
        }
        for (EnvVar e : Optional.ofNullable(c.getEnv()).orElse(List.of())) {
            if (e.getValueFrom() == null) {
                env.put(e.getName(), Optional.ofNullable(e.getValue()).orElse(""));
            } else if (e.getValueFrom().getSecretKeyRef() != null) {
                env.put(
                        e.getName(),
                        "secret:" + e.getValueFrom().getSecretKeyRef().getName() + "/"
                                + e.getValueFrom().getSecretKeyRef().getKey());
            } else if (e.getValueFrom().getConfigMapKeyRef() != null) {
                String name = e.getValueFrom().getConfigMapKeyRef().getName();
                String key = e.getValueFrom().getConfigMapKeyRef().getKey();
                ConfigMap cm = configMaps.get(name);
                String value =
                        cm == null || cm.getData() == null ? null : cm.getData().get(key);
                if (value == null) {
                    problems.add(
                            "%s: %s refers to ConfigMap %s key %s, which the render does not have",
                            where, e.getName(), name, key);
                } else {
                    env.put(e.getName(), value);
                }
            } else {
                env.put(e.getName(), "");
            }
        }
        return env;
    }
}
