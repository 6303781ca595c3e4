package dev.kindling.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Parses a rendered YAML stream and validates every object twice: a typed fabric8 parse, whose
 * unknown fields are found by walking every model's additionalProperties, and the official
 * Kubernetes client's generated models (OpenAPI of Kubernetes 1.32), which reject unknown fields,
 * missing required fields and values of the wrong JSON type. CloudNativePG Clusters go through
 * {@link CnpgCluster}. An object of any other kind is a problem: the checks must know every kind.
 */
final class Manifests {

    /** One known kind: its fabric8 class and the official client's class. */
    private record Kind(Class<? extends HasMetadata> fabric8, Class<?> official) {}

    private static final Map<String, Kind> KINDS = Map.of(
            "v1/Namespace", new Kind(Namespace.class, V1Namespace.class),
            "v1/ConfigMap", new Kind(ConfigMap.class, V1ConfigMap.class),
            "v1/Secret", new Kind(Secret.class, V1Secret.class),
            "v1/Service", new Kind(Service.class, V1Service.class),
            "apps/v1/Deployment", new Kind(Deployment.class, V1Deployment.class),
            "apps/v1/StatefulSet", new Kind(StatefulSet.class, V1StatefulSet.class),
            "networking.k8s.io/v1/Ingress", new Kind(Ingress.class, V1Ingress.class),
            "networking.k8s.io/v1/NetworkPolicy", new Kind(NetworkPolicy.class, V1NetworkPolicy.class),
            "autoscaling/v2/HorizontalPodAutoscaler",
                    new Kind(HorizontalPodAutoscaler.class, V2HorizontalPodAutoscaler.class),
            "policy/v1/PodDisruptionBudget", new Kind(PodDisruptionBudget.class, V1PodDisruptionBudget.class));

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The objects of one render and the problems found while reading them. */
    record Rendered(List<HasMetadata> objects, List<CnpgCluster> clusters, Problems problems) {

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    private Manifests() {}

    static Rendered read(String yamlStream) {
        Problems problems = new Problems();
        List<HasMetadata> objects = new ArrayList<>();
        List<CnpgCluster> clusters = new ArrayList<>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(yamlStream)) {
            if (!(document instanceof Map<?, ?> map)) {
                continue;
            }
            String apiVersion = String.valueOf(map.get("apiVersion"));
            String kind = String.valueOf(map.get("kind"));
            String name = map.get("metadata") instanceof Map<?, ?> meta ? String.valueOf(meta.get("name")) : "?";
            String label = kind + " " + name;
            if (CnpgCluster.API_VERSION.equals(apiVersion) && "Cluster".equals(kind)) {
                try {
                    clusters.add(CnpgCluster.MAPPER.convertValue(map, CnpgCluster.class));
                } catch (IllegalArgumentException e) {
                    problems.add("%s (CloudNativePG): %s", label, rootMessage(e));
                }
                continue;
            }
            Kind known = KINDS.get(apiVersion + "/" + kind);
            if (known == null) {
                problems.add("%s: %s/%s is not a kind these checks know; add it to Manifests", label, apiVersion, kind);
                continue;
            }
            String json;
            try {
                json = JSON.writeValueAsString(map);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                problems.add("%s: cannot be written as JSON: %s", label, e.getOriginalMessage());
                continue;
            }
            validateOfficial(known.official(), json, label, problems);
            try {
                HasMetadata typed = JSON.readValue(json, known.fabric8());
                List<String> unknown = new ArrayList<>();
                unknownFields(typed, "", unknown);
                unknown.forEach(path -> problems.add("%s: unknown field %s", label, path));
                objects.add(typed);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                problems.add("%s: wrong type: %s", label, e.getOriginalMessage());
            }
        }
        return new Rendered(objects, clusters, problems);
    }

    /** The official client's validateJsonElement (unknown/required fields, JSON shapes), then a typed parse. */
    private static void validateOfficial(Class<?> model, String json, String label, Problems problems) {
        try {
            JsonElement element = JsonParser.parseString(json);
            model.getMethod("validateJsonElement", JsonElement.class).invoke(null, element);
            model.getMethod("fromJson", String.class).invoke(null, json);
        } catch (InvocationTargetException e) {
            problems.add("%s: %s", label, rootMessage(e.getCause()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(model + " has no validateJsonElement/fromJson", e);
        }
    }

    /** Collects the path of every field a fabric8 model did not know (kept in its additionalProperties). */
    static void unknownFields(Object node, String path, List<String> into) {
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                unknownFields(list.get(i), path + "[" + i + "]", into);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> unknownFields(value, path + "." + key, into));
            return;
        }
        if (node == null || !node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Class<?> type = node.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Object value = read(field, node);
                if (field.getName().equals("additionalProperties")) {
                    if (value instanceof Map<?, ?> extra) {
                        extra.keySet().forEach(key -> into.add(join(path, String.valueOf(key))));
                    }
                    continue;
                }
                JsonProperty property = field.getAnnotation(JsonProperty.class);
                String name = property != null && !property.value().isEmpty() ? property.value() : field.getName();
                unknownFields(value, join(path, name), into);
            }
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Object read(Field field, Object node) {
        try {
            field.setAccessible(true);
            return field.get(node);
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
    }

    /** The innermost message, without the (long) JSON document the official client appends. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int json = message.indexOf(". JSON: ");
        return (json > 0 ? message.substring(0, json) : message).replaceAll("\\s+", " ");
    }
}
