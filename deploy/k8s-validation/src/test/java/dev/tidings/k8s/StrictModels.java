package dev.tidings.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates rendered objects against maintained Java models: fabric8's Kubernetes model for the built-in kinds and for
 * prometheus-operator's monitors, Strimzi's own model ({@code io.strimzi:api}) for the Kafka resources.
 *
 * <p>Both models keep unknown fields in an "additional properties" map (a Jackson any-setter), so
 * FAIL_ON_UNKNOWN_PROPERTIES alone would reject nothing. The mapper here strips every any-setter, which makes a
 * misspelt or misplaced field a deserialisation error that names its path.
 */
final class StrictModels {

    /** The kinds with a Java model, keyed by "apiVersion kind". Anything else must have a {@link CrdShapes} entry. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1 Namespace", Namespace.class),
            Map.entry("v1 ConfigMap", ConfigMap.class),
            Map.entry("v1 Pod", Pod.class),
            Map.entry("v1 Service", Service.class),
            Map.entry("v1 ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1 Deployment", Deployment.class),
            Map.entry("policy/v1 PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1 Ingress", Ingress.class),
            Map.entry("autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("monitoring.coreos.com/v1 ServiceMonitor", ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1 PodMonitor", PodMonitor.class),
            Map.entry("kafka.strimzi.io/v1beta2 Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2 KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2 KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2 KafkaUser", KafkaUser.class));

    static final ObjectMapper STRICT = JsonMapper.builder()
            // The API server rejects "12" where an integer is due; Jackson would coerce it unless told not to.
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .addModule(
                    new SimpleModule("reject-unknown-fields").setDeserializerModifier(new BeanDeserializerModifier() {
                        @Override
                        public BeanDeserializerBuilder updateBuilder(
                                DeserializationConfig config,
                                BeanDescription description,
                                BeanDeserializerBuilder builder) {
                            builder.setAnySetter(null);
                            builder.setIgnoreUnknownProperties(false);
                            return builder;
                        }
                    }))
            .build();

    private StrictModels() {}

    static Optional<Class<?>> modelFor(RenderedObject object) {
        return Optional.ofNullable(MODELS.get(object.type()));
    }

    /** Deserialises into the model; returns the problems found, empty when the object is valid. */
    static List<String> validate(JsonNode node, Class<?> model) {
        Object value;
        try {
            value = STRICT.treeToValue(node, model);
        } catch (JsonProcessingException e) {
            return List.of(e.getOriginalMessage() + " at " + pathOf(e));
        }
        if (model.getPackageName().startsWith("io.strimzi")) {
            return deprecatedPropertiesIn(value);
        }
        return List.of();
    }

    private static String pathOf(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) {
            StringBuilder path = new StringBuilder();
            for (var reference : mapping.getPath()) {
                path.append(
                        reference.getFieldName() != null
                                ? "." + reference.getFieldName()
                                : "[" + reference.getIndex() + "]");
            }
            return path.length() == 0 ? "(root)" : path.substring(1);
        }
        return "(unknown path)";
    }

    /**
     * Strimzi marks with {@code @Deprecated} what its v1 API drops. Using none of it keeps the move from v1beta2 to
     * v1 (Strimzi 1.0) a change of apiVersion only.
     */
    static List<String> deprecatedPropertiesIn(Object root) {
        List<String> found = new ArrayList<>();
        walk(root, "", found, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        return found;
    }

    private static void walk(Object value, String path, List<String> found, Set<Object> seen) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, path + "[" + index++ + "]", found, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, found, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.strimzi")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))
                    || getter.getName().equals("getAdditionalProperties")) {
                continue;
            }
            Object property;
            try {
                property = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            String propertyPath = path + "." + propertyName(getter);
            if (property != null && getter.isAnnotationPresent(Deprecated.class)) {
                found.add("deprecated Strimzi property " + propertyPath.substring(1) + " is set");
            }
            walk(property, propertyPath, found, seen);
        }
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
