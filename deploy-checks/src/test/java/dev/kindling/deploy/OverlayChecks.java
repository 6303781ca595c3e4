package dev.kindling.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What each overlay promises: secrets only by name, and dev's or prod's own shape. */
final class OverlayChecks {

    private OverlayChecks() {}

    /** Runs every Kubernetes check on one render. */
    static Problems all(String overlay, Manifests.Rendered rendered, ServiceCatalog catalog, String deployDoc) {
        Problems problems = new Problems();
        problems.addAll(rendered.problems());
        List<Pods.PodGroup> pods = Pods.of(rendered, catalog);
        WorkloadChecks.check(rendered, catalog, problems);
        NetworkChecks.check(rendered, pods, problems);
        secrets(rendered, deployDoc, problems);
        switch (overlay) {
            case "dev" -> dev(rendered, catalog, problems);
            case "prod" -> prod(rendered, catalog, pods, problems);
            default -> problems.add("unknown overlay %s: say what it must hold in OverlayChecks", overlay);
        }
        return problems;
    }

    /** No Secret value is committed: Secrets are referenced by name and made out of band, as docs/DEPLOY.md says. */
    static void secrets(Manifests.Rendered rendered, String deployDoc, Problems problems) {
        for (Secret s : rendered.all(Secret.class)) {
            if (!isEmpty(s.getData()) || !isEmpty(s.getStringData())) {
                problems.add(
                        "Secret %s carries values in the manifests; create it out of band instead",
                        s.getMetadata().getName());
            }
        }
        TreeSet<String> external = new TreeSet<>();
        for (Deployment d : rendered.all(Deployment.class)) {
            collect(
                    d.getSpec().getTemplate().getSpec().getContainers(),
                    d.getSpec().getTemplate().getSpec().getVolumes(),
                    rendered,
                    external);
        }
        for (StatefulSet s : rendered.all(StatefulSet.class)) {
            collect(
                    s.getSpec().getTemplate().getSpec().getContainers(),
                    s.getSpec().getTemplate().getSpec().getVolumes(),
                    rendered,
                    external);
        }
        for (CnpgCluster c : rendered.clusters()) {
            if (c.spec().managed() != null) {
                c.spec().managed().roles().stream()
                        .filter(r -> r.passwordSecret() != null)
                        .forEach(r -> external.add(r.passwordSecret().name()));
            }
        }
        for (String name : external) {
            if (!deployDoc.contains(name)) {
                problems.add("%s is made out of band, but docs/DEPLOY.md does not say how to create it", name);
            }
        }
    }

    private static void collect(
            List<Container> containers, List<Volume> volumes, Manifests.Rendered rendered, TreeSet<String> external) {
        for (Container c : containers) {
            for (EnvVar e : Optional.ofNullable(c.getEnv()).orElse(List.of())) {
                if (e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null) {
                    external.add(e.getValueFrom().getSecretKeyRef().getName());
                }
            }
        }
        for (Volume v : Optional.ofNullable(volumes).orElse(List.of())) {
            if (v.getSecret() != null) {
                external.add(v.getSecret().getSecretName());
            }
            if (v.getConfigMap() != null
                    && rendered.all(ConfigMap.class).stream().noneMatch(cm -> cm.getMetadata()
                            .getName()
                            .equals(v.getConfigMap().getName()))) {
                external.add(v.getConfigMap().getName());
            }
        }
    }

    private static void dev(Manifests.Rendered rendered, ServiceCatalog catalog, Problems problems) {
        for (Deployment d : rendered.all(Deployment.class)) {
            if (!Integer.valueOf(1).equals(d.getSpec().getReplicas())) {
                problems.add(
                        "dev: Deployment %s has %s replicas; dev runs one of each",
                        d.getMetadata().getName(), d.getSpec().getReplicas());
            }
        }
        List<StatefulSet> postgres = rendered.all(StatefulSet.class).stream()
                .filter(s -> s.getSpec().getTemplate().getSpec().getContainers().stream()
                        .anyMatch(c -> postgresMajor(c.getImage()) > 0))
                .toList();
        if (postgres.size() != 1) {
            problems.add("dev: expected one PostgreSQL StatefulSet, found %d", postgres.size());
            return;
        }
        Container db = postgres.get(0)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0);
        if (postgresMajor(db.getImage()) < 16) {
            problems.add("dev: %s is older than PostgreSQL 16", db.getImage());
        }
        if (!rendered.all(PodDisruptionBudget.class).isEmpty()) {
            problems.add("dev: a PodDisruptionBudget over one replica would block node drains");
        }
        for (KindlingService s : catalog.all()) {
            if (s.schema().isEmpty()) {
                continue;
            }
            String secret = secretOf(rendered, s).orElse("?");
            String variable = "KINDLING_" + s.schema().get().toUpperCase() + "_DB_PASSWORD";
            boolean same = Optional.ofNullable(db.getEnv()).orElse(List.of()).stream()
                    .anyMatch(e -> e.getName().equals(variable)
                            && e.getValueFrom() != null
                            && e.getValueFrom().getSecretKeyRef() != null
                            && e.getValueFrom().getSecretKeyRef().getName().equals(secret));
            if (!same) {
                problems.add(
                        "dev: PostgreSQL's %s must come from Secret %s, the one %s logs in with",
                        variable, secret, s.name());
            }
        }
    }

    private static void prod(
            Manifests.Rendered rendered, ServiceCatalog catalog, List<Pods.PodGroup> pods, Problems problems) {
        if (rendered.clusters().size() != 1) {
            problems.add(
                    "prod: expected one CloudNativePG Cluster, found %d",
                    rendered.clusters().size());
        } else {
            CnpgCluster cluster = rendered.clusters().get(0);
            if (cluster.spec().instances() != 3) {
                problems.add(
                        "prod: Cluster %s has %d instances, not 3",
                        cluster.metadata().name(), cluster.spec().instances());
            }
            String sql = cluster.spec().bootstrap() == null
                            || cluster.spec().bootstrap().initdb() == null
                    ? ""
                    : String.join(
                            "\n",
                            Optional.ofNullable(
                                            cluster.spec().bootstrap().initdb().postInitApplicationSQL())
                                    .orElse(List.of()));
            List<CnpgCluster.Role> roles = cluster.spec().managed() == null
                    ? List.of()
                    : cluster.spec().managed().roles();
            for (KindlingService s : catalog.all()) {
                if (s.schema().isEmpty()) {
                    continue;
                }
                String secret = secretOf(rendered, s).orElse("?");
                Optional<CnpgCluster.Role> role = roles.stream()
                        .filter(r -> r.passwordSecret() != null
                                && r.passwordSecret().name().equals(secret))
                        .findFirst();
                if (role.isEmpty()) {
                    problems.add(
                            "prod: no managed role of Cluster %s uses Secret %s, which %s logs in with",
                            cluster.metadata().name(), secret, s.name());
                    continue;
                }
                CnpgCluster.Role r = role.get();
                if (!Boolean.TRUE.equals(r.login())
                        || Boolean.TRUE.equals(r.superuser())
                        || "absent".equals(r.ensure())) {
                    problems.add("prod: role %s must be a present, login, non-superuser role", r.name());
                }
                Pattern owns = Pattern.compile("(?i)CREATE SCHEMA\\s+(IF NOT EXISTS\\s+)?"
                        + s.schema().get() + "\\s+AUTHORIZATION\\s+" + r.name() + "\\b");
                if (!owns.matcher(sql).find()) {
                    problems.add(
                            "prod: postInitApplicationSQL must create schema %s owned by %s (CREATE SCHEMA %s AUTHORIZATION %s)",
                            s.schema().get(), r.name(), s.schema().get(), r.name());
                }
            }
        }
        for (Deployment d : rendered.all(Deployment.class)) {
            String name = d.getMetadata().getName();
            Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
            List<HorizontalPodAutoscaler> hpas = rendered.all(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> "Deployment"
                                    .equals(h.getSpec().getScaleTargetRef().getKind())
                            && name.equals(h.getSpec().getScaleTargetRef().getName()))
                    .toList();
            if (hpas.size() != 1) {
                problems.add("prod: Deployment %s needs one HorizontalPodAutoscaler, found %d", name, hpas.size());
            } else if (hpas.get(0).getSpec().getMinReplicas() == null
                    || hpas.get(0).getSpec().getMinReplicas() < 2) {
                problems.add(
                        "prod: HorizontalPodAutoscaler %s must keep at least 2 replicas",
                        hpas.get(0).getMetadata().getName());
            }
            List<PodDisruptionBudget> pdbs = rendered.all(PodDisruptionBudget.class).stream()
                    .filter(p -> Pods.matches(p.getSpec().getSelector(), labels))
                    .toList();
            if (pdbs.size() != 1) {
                problems.add("prod: Deployment %s needs one PodDisruptionBudget, found %d", name, pdbs.size());
            }
            List<TopologySpreadConstraint> spread = Optional.ofNullable(
                            d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
                    .orElse(List.of());
            if (spread.isEmpty() || spread.stream().anyMatch(t -> !Pods.matches(t.getLabelSelector(), labels))) {
                problems.add(
                        "prod: Deployment %s needs topologySpreadConstraints whose labelSelector matches its pods",
                        name);
            }
        }
        for (HorizontalPodAutoscaler h : rendered.all(HorizontalPodAutoscaler.class)) {
            boolean target = rendered.all(Deployment.class).stream().anyMatch(d -> d.getMetadata()
                    .getName()
                    .equals(h.getSpec().getScaleTargetRef().getName()));
            if (!target) {
                problems.add(
                        "prod: HorizontalPodAutoscaler %s scales %s, which is not in the render",
                        h.getMetadata().getName(),
                        h.getSpec().getScaleTargetRef().getName());
            }
        }
        for (PodDisruptionBudget p : rendered.all(PodDisruptionBudget.class)) {
            neverBlocksDrain(p, pods, problems);
        }
    }

    /** minAvailable can block a drain (e.g. one pod left); maxUnavailable >= 1 and AlwaysAllow never do. */
    private static void neverBlocksDrain(PodDisruptionBudget p, List<Pods.PodGroup> pods, Problems problems) {
        String name = "PodDisruptionBudget " + p.getMetadata().getName();
        LabelSelector selector = p.getSpec().getSelector();
        if (Pods.selectedBy(selector, pods).isEmpty()) {
            problems.add("%s: selector matches no pods", name);
        }
        if (p.getSpec().getMinAvailable() != null) {
            problems.add("%s: minAvailable can block a node drain; use maxUnavailable", name);
        }
        var max = p.getSpec().getMaxUnavailable();
        boolean atLeastOne = max != null
                && (max.getIntVal() != null
                        ? max.getIntVal() >= 1
                        : !max.getStrVal().matches("0+%?"));
        if (!atLeastOne) {
            problems.add("%s: maxUnavailable must allow at least one pod", name);
        }
        if (!"AlwaysAllow".equals(p.getSpec().getUnhealthyPodEvictionPolicy())) {
            problems.add("%s: set unhealthyPodEvictionPolicy: AlwaysAllow so unhealthy pods never hold a drain", name);
        }
    }

    /** The Secret a database service logs in with (its KINDLING_DB_PASSWORD secretKeyRef). */
    private static Optional<String> secretOf(Manifests.Rendered rendered, KindlingService s) {
        List<String> names = new ArrayList<>();
        for (Deployment d : rendered.all(Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                if (String.valueOf(c.getImage()).contains(s.image())) {
                    Optional.ofNullable(c.getEnv()).orElse(List.of()).stream()
                            .filter(e -> e.getName().equals("KINDLING_DB_PASSWORD")
                                    && e.getValueFrom() != null
                                    && e.getValueFrom().getSecretKeyRef() != null)
                            .forEach(e ->
                                    names.add(e.getValueFrom().getSecretKeyRef().getName()));
                }
            }
        }
        return names.stream().findFirst();
    }

    static int postgresMajor(String image) {
        var m = Pattern.compile("^(?:.*/)?postgres(?:ql)?:(\\d+)").matcher(String.valueOf(image));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static boolean isEmpty(Map<?, ?> map) {
        return map == null || map.isEmpty();
    }
}
