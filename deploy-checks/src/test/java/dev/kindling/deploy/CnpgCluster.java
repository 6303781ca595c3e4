package dev.kindling.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A typed model of the CloudNativePG {@code postgresql.cnpg.io/v1} {@code Cluster}, limited to the
 * fields Kindling uses, with the field names and enums of the CloudNativePG API reference. Parsing
 * rejects an unknown (e.g. misspelled) field, a missing required one and a value of the wrong JSON
 * type, as the CRD's OpenAPI schema would on the API server.
 */
record CnpgCluster(String apiVersion, String kind, Metadata metadata, Spec spec) {

    static final String API_VERSION = "postgresql.cnpg.io/v1";

    CnpgCluster {
        require(apiVersion, "apiVersion");
        require(metadata, "metadata");
        require(spec, "spec");
    }

    record Metadata(String name, String namespace, Map<String, String> labels, Map<String, String> annotations) {
        Metadata {
            require(name, "metadata.name");
        }
    }

    record Spec(
            Integer instances,
            String description,
            String imageName,
            String primaryUpdateStrategy,
            Boolean enableSuperuserAccess,
            Storage storage,
            Resources resources,
            Affinity affinity,
            Bootstrap bootstrap,
            Managed managed,
            InheritedMetadata inheritedMetadata) {
        Spec {
            require(instances, "spec.instances");
            require(storage, "spec.storage");
            oneOf(primaryUpdateStrategy, "spec.primaryUpdateStrategy", Set.of("unsupervised", "supervised"));
            if (instances < 1) {
                throw new IllegalArgumentException("spec.instances must be at least 1");
            }
        }
    }

    record Storage(String size, String storageClass) {
        Storage {
            require(size, "spec.storage.size");
        }
    }

    record Resources(Map<String, String> requests, Map<String, String> limits) {}

    record Affinity(Boolean enablePodAntiAffinity, String podAntiAffinityType, String topologyKey) {
        Affinity {
            oneOf(podAntiAffinityType, "spec.affinity.podAntiAffinityType", Set.of("preferred", "required"));
        }
    }

    record Bootstrap(InitDb initdb) {}

    record InitDb(
            String database,
            String owner,
            LocalReference secret,
            List<String> postInitSQL,
            List<String> postInitApplicationSQL,
            List<String> postInitTemplateSQL) {}

    record Managed(List<Role> roles) {}

    record Role(
            String name,
            String comment,
            String ensure,
            Boolean login,
            Boolean superuser,
            Boolean createdb,
            Boolean createrole,
            Boolean inherit,
            Boolean replication,
            Boolean bypassrls,
            Integer connectionLimit,
            Boolean disablePassword,
            LocalReference passwordSecret,
            List<String> inRoles) {
        Role {
            require(name, "spec.managed.roles[].name");
            oneOf(ensure, "spec.managed.roles[].ensure", Set.of("present", "absent"));
        }
    }

    record LocalReference(String name) {
        LocalReference {
            require(name, "a secret reference's name");
        }
    }

    record InheritedMetadata(Map<String, String> labels, Map<String, String> annotations) {}

    /** Strict: unknown fields, nulls for required fields and cross-type coercions all fail. */
    static final ObjectMapper MAPPER = strictMapper();

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    private static void require(Object value, String field) {
        Objects.requireNonNull(value, () -> "required field " + field + " is missing");
    }

    private static void oneOf(String value, String field, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new IllegalArgumentException(field + " must be one of " + allowed + ", not '" + value + "'");
        }
    }
}
