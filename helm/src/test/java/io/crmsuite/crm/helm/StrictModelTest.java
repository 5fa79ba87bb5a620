package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The validator itself: it must reject what the API server or the operator would reject, or it proves nothing. */
class StrictModelTest {

    private static final Scenario ALL_OPERATORS = Scenario.production();

    @Test
    void acceptsRenderedObjects() {
        assertDoesNotThrow(() -> StrictModel.validate(deployment()));
        assertDoesNotThrow(() -> StrictModel.validate(first("KafkaTopic")));
        assertDoesNotThrow(() -> StrictModel.validate(first("Cluster")));
    }

    @Test
    void rejectsAMisspeltFieldDeepInADeployment() {
        assertRejected(deployment(), d -> container(d).put("imagePullPolcy", "Always"), "imagePullPolcy");
        assertRejected(
                deployment(), d -> ((ObjectNode) d.at("/spec/template/spec")).put("hostNetwrk", true), "hostNetwrk");
        assertRejected(deployment(), d -> ((ObjectNode) d.path("metadata")).put("label", "x"), "label");
    }

    @Test
    void rejectsWrongTypes() {
        assertRejected(deployment(), d -> ((ObjectNode) d.path("spec")).put("replicas", "two"), "replicas");
        assertRejected(deployment(), d -> ((ObjectNode) d.path("spec")).put("replicas", "2"), "replicas");
        assertRejected(deployment(), d -> ((ObjectNode) container(d).path("env").get(1)).put("value", 8080), "value");
        assertRejected(
                deployment(),
                d -> ((ObjectNode) container(d).path("securityContext")).put("runAsNonRoot", "true"),
                "runAsNonRoot");
    }

    @Test
    void rejectsUnknownFieldsAndValuesInStrimziResources() {
        assertRejected(first("KafkaTopic"), t -> ((ObjectNode) t.path("spec")).put("partition", 3), "partition");
        assertRejected(
                first("KafkaUser"),
                u -> ((ArrayNode) u.at("/spec/authorization/acls/0/operations")).add("Publish"),
                "Publish");
        assertRejected(
                first("KafkaUser"), u -> ((ObjectNode) u.at("/spec/authentication")).put("type", "scram"), "scram");
    }

    @Test
    void rejectsUnknownFieldsInTheDocumentedOperatorSubsets() {
        assertRejected(first("Cluster"), c -> ((ObjectNode) c.path("spec")).put("instance", 3), "instance");
        assertRejected(first("Database"), c -> ((ObjectNode) c.path("spec")).remove("owner"), "owner");
        assertRejected(
                first("KeycloakRealmImport"),
                c -> ((ObjectNode) c.path("spec")).remove("keycloakCRName"),
                "keycloakCRName");
    }

    @Test
    void rejectsAnUnknownKindOrVersion() {
        assertRejected(deployment(), d -> d.put("apiVersion", "apps/v1beta1"), "no model");
        assertRejected(first("KafkaTopic"), t -> t.put("apiVersion", "kafka.strimzi.io/v1beta2"), "no model");
    }

    private static void assertRejected(JsonNode original, Consumer<ObjectNode> change, String expectedInMessage) {
        ObjectNode object = original.deepCopy();
        change.accept(object);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StrictModel.validate(object));
        assertTrue(
                e.getMessage().contains(expectedInMessage),
                () -> "message should name " + expectedInMessage + ": " + e.getMessage());
    }

    private static ObjectNode container(ObjectNode deployment) {
        return (ObjectNode) deployment.at("/spec/template/spec/containers/0");
    }

    private static JsonNode deployment() {
        return Chart.render(Scenario.defaults())
                .ofService("Deployment", "lead-service")
                .node();
    }

    private static JsonNode first(String kind) {
        return Chart.render(ALL_OPERATORS).ofKind(kind).getFirst().node();
    }
}
