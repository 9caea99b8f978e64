package dev.tidings.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand-kept structural checks for the custom resources that have no maintained Java model or JSON Schema reachable
 * from Maven Central: CloudNativePG's Cluster and KEDA's ScaledObject and TriggerAuthentication.
 *
 * <p>Each shape lists the field names of the CRD's OpenAPI schema for the parts the manifests use (so a misspelt field
 * is caught), the required fields, scalar types, and enums. Subtrees not listed are accepted unchecked; where the CRD
 * embeds a core Kubernetes type (ObjectMeta, ResourceRequirements) the fabric8 model checks it strictly. This is
 * narrower than the operators' admission webhooks; README.md, "Validation gaps", says what is not checked.
 */
final class CrdShapes {

    static final Map<String, Shape> SHAPES = Map.of(
            "postgresql.cnpg.io/v1 Cluster", resource(cnpgClusterSpec()),
            "keda.sh/v1alpha1 ScaledObject", resource(kedaScaledObjectSpec()),
            "keda.sh/v1alpha1 TriggerAuthentication", resource(kedaTriggerAuthenticationSpec()));

    private CrdShapes() {}

    /** A node's expected form; {@link #check} appends a message per problem to {@code problems}. */
    interface Shape {
        void check(JsonNode node, String path, List<String> problems);
    }

    static List<String> validate(JsonNode node, Shape shape) {
        List<String> problems = new ArrayList<>();
        shape.check(node, "", problems);
        return problems;
    }

    // --- CloudNativePG, postgresql.cnpg.io/v1 Cluster (CRD of CloudNativePG 1.28) ---

    private static Shape cnpgClusterSpec() {
        Shape secretRef = object(Map.of("name", string()), "name");
        Shape role = object(
                fields(
                        "name", string(),
                        "ensure", oneOf("present", "absent"),
                        "comment", string(),
                        "login", bool(),
                        "superuser", bool(),
                        "createdb", bool(),
                        "createrole", bool(),
                        "inherit", bool(),
                        "replication", bool(),
                        "bypassrls", bool(),
                        "connectionLimit", integer(),
                        "validUntil", string(),
                        "inRoles", arrayOf(string()),
                        "passwordSecret", secretRef,
                        "disablePassword", bool()),
                "name");
        Shape initdb = object(fields(
                "database", string(),
                "owner", string(),
                "secret", secretRef,
                "options", arrayOf(string()),
                "dataChecksums", bool(),
                "encoding", string(),
                "localeCollate", string(),
                "localeCType", string(),
                "locale", string(),
                "localeProvider", string(),
                "icuLocale", string(),
                "icuRules", string(),
                "builtinLocale", string(),
                "walSegmentSize", integer(),
                "postInitSQL", arrayOf(string()),
                "postInitApplicationSQL", arrayOf(string()),
                "postInitTemplateSQL", arrayOf(string()),
                "postInitSQLRefs", any(),
                "postInitApplicationSQLRefs", any(),
                "postInitTemplateSQLRefs", any(),
                "import", any()));
        Shape storage = object(fields(
                "size", string(),
                "storageClass", string(),
                "resizeInUseVolumes", bool(),
                "pvcTemplate", any()));
        Shape postgresql = object(fields(
                // The CRD types every parameter value as a string: an unquoted number is rejected by the API server.
                "parameters", mapOf(string()),
                "pg_hba", arrayOf(string()),
                "pg_ident", arrayOf(string()),
                "synchronous", any(),
                "shared_preload_libraries", arrayOf(string()),
                "ldap", any(),
                "promotionTimeout", integer(),
                "enableAlterSystem", bool(),
                "extensions", any()));
        return object(
                fields(
                        "instances",
                        integer(),
                        "imageName",
                        string(),
                        "imageCatalogRef",
                        any(),
                        "imagePullPolicy",
                        oneOf("Always", "Never", "IfNotPresent"),
                        "imagePullSecrets",
                        any(),
                        "description",
                        string(),
                        "inheritedMetadata",
                        any(),
                        "postgresUID",
                        integer(),
                        "postgresGID",
                        integer(),
                        "minSyncReplicas",
                        integer(),
                        "maxSyncReplicas",
                        integer(),
                        "postgresql",
                        postgresql,
                        "replicationSlots",
                        any(),
                        "bootstrap",
                        object(fields("initdb", initdb, "recovery", any(), "pg_basebackup", any())),
                        "replica",
                        any(),
                        "superuserSecret",
                        secretRef,
                        "enableSuperuserAccess",
                        bool(),
                        "certificates",
                        any(),
                        "storage",
                        storage,
                        "walStorage",
                        storage,
                        "tablespaces",
                        any(),
                        "ephemeralVolumeSource",
                        any(),
                        "ephemeralVolumesSizeLimit",
                        any(),
                        "startDelay",
                        integer(),
                        "stopDelay",
                        integer(),
                        "smartShutdownTimeout",
                        integer(),
                        "switchoverDelay",
                        integer(),
                        "failoverDelay",
                        integer(),
                        "livenessProbeTimeout",
                        integer(),
                        "affinity",
                        any(),
                        "topologySpreadConstraints",
                        any(),
                        "resources",
                        model(ResourceRequirements.class),
                        "priorityClassName",
                        string(),
                        "primaryUpdateStrategy",
                        oneOf("unsupervised", "supervised"),
                        "primaryUpdateMethod",
                        oneOf("switchover", "restart"),
                        "backup",
                        any(),
                        "nodeMaintenanceWindow",
                        any(),
                        "monitoring",
                        any(),
                        "externalClusters",
                        any(),
                        "logLevel",
                        oneOf("error", "warning", "info", "debug", "trace"),
                        "projectedVolumeTemplate",
                        any(),
                        "env",
                        any(),
                        "envFrom",
                        any(),
                        "managed",
                        object(fields("roles", arrayOf(role), "services", any())),
                        "seccompProfile",
                        any(),
                        "serviceAccountTemplate",
                        any(),
                        "schedulerName",
                        string(),
                        "plugins",
                        any(),
                        "probes",
                        any(),
                        "podSecurityContext",
                        any(),
                        "securityContext",
                        any()),
                "instances");
    }

    // --- KEDA, keda.sh/v1alpha1 ScaledObject and TriggerAuthentication (KEDA 2.x) ---

    /** Metadata keys of KEDA's `kafka` scaler; all values are strings in the CRD. */
    static final Set<String> KAFKA_TRIGGER_METADATA = Set.of(
            "bootstrapServers",
            "consumerGroup",
            "topic",
            "lagThreshold",
            "activationLagThreshold",
            "offsetResetPolicy",
            "allowIdleConsumers",
            "scaleToZeroOnInvalidOffset",
            "excludePersistentLag",
            "limitToPartitionsWithLag",
            "ensureEvenDistributionOfPartitions",
            "version",
            "partitionLimitation",
            "sasl",
            "tls",
            "unsafeSsl");

    /** Authentication parameters the `kafka` scaler reads from a TriggerAuthentication. */
    static final Set<String> KAFKA_AUTH_PARAMETERS = Set.of(
            "sasl",
            "username",
            "password",
            "tls",
            "ca",
            "cert",
            "key",
            "keyPassword",
            "oauthTokenEndpointUri",
            "scopes",
            "oauthExtensions",
            "awsRegion",
            "awsEndpoint");

    private static Shape kedaScaledObjectSpec() {
        Shape trigger = object(
                fields(
                        "type",
                        string(),
                        "name",
                        string(),
                        "useCachedMetrics",
                        bool(),
                        "metricType",
                        oneOf("AverageValue", "Value", "Utilization"),
                        "metadata",
                        mapOf(string()),
                        "authenticationRef",
                        object(
                                fields(
                                        "name",
                                        string(),
                                        "kind",
                                        oneOf("TriggerAuthentication", "ClusterTriggerAuthentication")),
                                "name")),
                "type",
                "metadata");
        Shape kafkaMetadata = (node, path, problems) -> {
            node.fieldNames().forEachRemaining(key -> {
                if (!KAFKA_TRIGGER_METADATA.contains(key)) {
                    problems.add(path + "." + key + ": not a parameter of KEDA's kafka scaler");
                }
            });
            for (String required : List.of("bootstrapServers", "consumerGroup", "topic")) {
                if (!node.has(required)) {
                    problems.add(path + "." + required + ": required by KEDA's kafka scaler");
                }
            }
        };
        Shape triggerWithScalerChecks = (node, path, problems) -> {
            trigger.check(node, path, problems);
            if ("kafka".equals(node.path("type").asText())) {
                kafkaMetadata.check(node.path("metadata"), path + ".metadata", problems);
            }
        };
        return object(
                fields(
                        "scaleTargetRef",
                        object(
                                fields(
                                        "apiVersion",
                                        string(),
                                        "kind",
                                        string(),
                                        "name",
                                        string(),
                                        "envSourceContainerName",
                                        string()),
                                "name"),
                        "pollingInterval",
                        integer(),
                        "initialCooldownPeriod",
                        integer(),
                        "cooldownPeriod",
                        integer(),
                        "idleReplicaCount",
                        integer(),
                        "minReplicaCount",
                        integer(),
                        "maxReplicaCount",
                        integer(),
                        "fallback",
                        any(),
                        "advanced",
                        any(),
                        "triggers",
                        arrayOf(triggerWithScalerChecks)),
                "scaleTargetRef",
                "triggers");
    }

    private static Shape kedaTriggerAuthenticationSpec() {
        Shape secretTarget = (node, path, problems) -> {
            object(fields("parameter", string(), "name", string(), "key", string()), "parameter", "name", "key")
                    .check(node, path, problems);
            String parameter = node.path("parameter").asText();
            if (!KAFKA_AUTH_PARAMETERS.contains(parameter)) {
                problems.add(
                        path + ".parameter: " + parameter + " is not an authentication parameter of the kafka scaler");
            }
        };
        return object(fields(
                "secretTargetRef", arrayOf(secretTarget),
                "configMapTargetRef", any(),
                "env", any(),
                "podIdentity", any(),
                "hashiCorpVault", any(),
                "azureKeyVault", any(),
                "awsSecretManager", any(),
                "gcpSecretManager", any(),
                "boundServiceAccountToken", any()));
    }

    // --- the shape vocabulary ---

    /** A namespaced custom resource: apiVersion, kind, metadata (checked as ObjectMeta), and the given spec. */
    private static Shape resource(Shape spec) {
        return object(
                fields("apiVersion", string(), "kind", string(), "metadata", model(ObjectMeta.class), "spec", spec),
                "apiVersion",
                "kind",
                "metadata",
                "spec");
    }

    private static Map<String, Shape> fields(Object... namesAndShapes) {
        Map<String, Shape> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndShapes.length; i += 2) {
            fields.put((String) namesAndShapes[i], (Shape) namesAndShapes[i + 1]);
        }
        return fields;
    }

    static Shape object(Map<String, Shape> fields, String... required) {
        return (node, path, problems) -> {
            if (!node.isObject()) {
                problems.add(where(path) + ": expected an object");
                return;
            }
            for (String name : required) {
                if (!node.has(name) || node.get(name).isNull()) {
                    problems.add(where(path + "." + name) + ": required");
                }
            }
            node.fields().forEachRemaining(field -> {
                Shape shape = fields.get(field.getKey());
                if (shape == null) {
                    problems.add(where(path + "." + field.getKey()) + ": unknown field");
                } else {
                    shape.check(field.getValue(), path + "." + field.getKey(), problems);
                }
            });
        };
    }

    static Shape arrayOf(Shape item) {
        return (node, path, problems) -> {
            if (!node.isArray()) {
                problems.add(where(path) + ": expected an array");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                item.check(node.get(i), path + "[" + i + "]", problems);
            }
        };
    }

    static Shape mapOf(Shape value) {
        return (node, path, problems) -> {
            if (!node.isObject()) {
                problems.add(where(path) + ": expected an object");
                return;
            }
            node.fields().forEachRemaining(e -> value.check(e.getValue(), path + "." + e.getKey(), problems));
        };
    }

    static Shape string() {
        return (node, path, problems) -> {
            if (!node.isTextual()) {
                problems.add(where(path) + ": expected a string, found " + node.getNodeType());
            }
        };
    }

    static Shape integer() {
        return (node, path, problems) -> {
            if (!node.isIntegralNumber()) {
                problems.add(where(path) + ": expected an integer, found " + node.getNodeType());
            }
        };
    }

    static Shape bool() {
        return (node, path, problems) -> {
            if (!node.isBoolean()) {
                problems.add(where(path) + ": expected a boolean, found " + node.getNodeType());
            }
        };
    }

    static Shape oneOf(String... values) {
        List<String> allowed = Arrays.asList(values);
        return (node, path, problems) -> {
            if (!node.isTextual() || !allowed.contains(node.asText())) {
                problems.add(where(path) + ": expected one of " + allowed + ", found " + node);
            }
        };
    }

    /** An embedded core type, checked by its fabric8 model with unknown fields rejected. */
    static Shape model(Class<?> type) {
        return (node, path, problems) ->
                StrictModels.validate(node, type).forEach(problem -> problems.add(where(path) + ": " + problem));
    }

    static Shape any() {
        return (node, path, problems) -> {};
    }

    private static String where(String path) {
        return path.isEmpty() ? "(root)" : path.substring(1);
    }
}
