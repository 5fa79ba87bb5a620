package io.crmsuite.crm.helm;

import static java.util.Map.entry;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.Map;

/**
 * Strict validation of one rendered object against its model: the fabric8 Kubernetes model for built-in kinds and
 * the Gateway API, the Strimzi api model (kafka.strimzi.io/v1) for Strimzi resources, and, where no published model
 * or CRD schema exists in a reachable registry (CloudNativePG, Keycloak Operator), a JSON schema written here from the
 * operators' documented API that covers the fields the chart sets (see {@link CrdSubsetSchemas}). Unknown fields,
 * wrong types and unknown kinds fail.
 */
final class StrictModel {

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            entry("v1/Service", Service.class),
            entry("v1/ServiceAccount", ServiceAccount.class),
            entry("apps/v1/Deployment", Deployment.class),
            entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            entry("networking.k8s.io/v1/Ingress", Ingress.class),
            entry("gateway.networking.k8s.io/v1/HTTPRoute", HTTPRoute.class),
            entry("gateway.networking.k8s.io/v1/Gateway", Gateway.class),
            entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
            entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class),
            entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class));

    static final ObjectMapper MAPPER = strictMapper();

    private StrictModel() {}

    /** Whether a kind is checked by a published model (true) or by a documented-API subset schema (false). */
    static boolean hasPublishedModel(String apiVersion, String kind) {
        return MODELS.containsKey(apiVersion + "/" + kind);
    }

    /** Validates one object; throws IllegalArgumentException naming the object and the problem. */
    static void validate(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        String id = apiVersion + "/" + kind + " "
                + object.path("metadata").path("name").asText("<no name>");
        Class<?> model = MODELS.get(apiVersion + "/" + kind);
        if (model != null) {
            Object parsed;
            try {
                parsed = MAPPER.treeToValue(object, model);
            } catch (Exception e) {
                throw new IllegalArgumentException(id + ": " + e.getMessage(), e);
            }
            // some models map an unknown enum value to null instead of failing (Strimzi's forValue): every value
            // of the input must survive the round trip through the model
            String lost = RoundTrip.firstLostValue(object, MAPPER.valueToTree(parsed));
            if (lost != null) {
                throw new IllegalArgumentException(
                        id + ": value " + object.at(lost) + " at " + lost + " is not valid for the model");
            }
        } else if (CrdSubsetSchemas.covers(apiVersion, kind)) {
            CrdSubsetSchemas.validate(apiVersion, kind, object, id);
        } else {
            throw new IllegalArgumentException(id + ": no model or schema for this apiVersion and kind");
        }
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .annotationIntrospector(new StrictIntrospector())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // like the API server: a number or boolean is not a string, a string is not a number or boolean
        for (CoercionInputShape shape : new CoercionInputShape[] {
            CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        return mapper;
    }
}
