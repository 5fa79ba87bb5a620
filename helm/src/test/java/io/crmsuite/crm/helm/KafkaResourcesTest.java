package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Strimzi KafkaTopic and KafkaUser resources against the event contract: every channel and every consumer of
 * api-specs/asyncapi/asyncapi.yaml has its topic, retry topics, dead-letter topic and ACLs.
 */
class KafkaResourcesTest {

    private static final JsonNode ASYNCAPI = Yaml.read(Path.of("../api-specs/asyncapi/asyncapi.yaml"));

    @Test
    void everyChannelAndEveryConsumersRetryAndDeadLetterTopicExists() {
        Set<String> topics = topicNames(Chart.render(Scenario.overlay("kafka-topics")));
        ASYNCAPI.path("channels")
                .properties()
                .forEach(c ->
                        assertTrue(topics.contains(c.getValue().path("address").asText()), c.getKey()));
        for (String[] consumer : consumers()) {
            String topic = consumer[0];
            String group = consumer[1];
            assertTrue(topics.contains(topic + "." + group + ".dlq"), topic + " " + group + " dead letters");
            assertTrue(topics.contains(topic + "." + group + "_retry_10000"), topic + " " + group + " retry 10 s");
            assertTrue(topics.contains(topic + "." + group + "_retry_60000"), topic + " " + group + " retry 60 s");
        }
        // the example of the naming rule in the contract (and in libs/events Topics)
        assertTrue(topics.contains("crm.leads.contact-service_retry_10000"));
    }

    @Test
    void topicsAreReplicatedAndBelongToTheStrimziCluster() {
        for (Manifest topic : Chart.render(Scenario.overlay("kafka-topics")).ofKind("KafkaTopic")) {
            assertEquals("crm-kafka", topic.labels().get("strimzi.io/cluster"), topic.id());
            assertEquals(3, topic.at("/spec/replicas").asInt(), topic.id());
            assertEquals(
                    "keep",
                    topic.at("/metadata/annotations/helm.sh~1resource-policy").asText(),
                    topic.id());
            assertEquals("2", topic.at("/spec/config/min.insync.replicas").asText(), topic.id());
            String retention = topic.at("/spec/config/retention.ms").asText();
            assertTrue(retention.matches("\\d+"), topic.id() + " retention.ms is not a plain number: " + retention);
        }
    }

    @Test
    void everyKafkaServiceHasAUserWithTheAclsOfItsFlows() {
        Manifests manifests = Chart.render(Scenario.overlay("kafka-users"));
        for (String[] consumer : consumers()) {
            Set<String> acls = acls(user(manifests, consumer[1]));
            assertTrue(acls.contains("topic:" + consumer[0] + ":literal:Read"), consumer[1] + " reads " + consumer[0]);
            assertTrue(
                    acls.contains("topic:" + consumer[0] + "." + consumer[1] + ":prefix:Write"),
                    consumer[1] + " retries");
            assertTrue(acls.contains("group:" + consumer[1] + ":prefix:Read"), consumer[1] + " group");
        }
        for (Map.Entry<String, JsonNode> op : ASYNCAPI.path("operations").properties()) {
            if (op.getValue().path("action").asText().equals("send")) {
                String service = op.getKey().substring(0, op.getKey().indexOf(".send."));
                String topic = op.getKey().substring(op.getKey().indexOf(".send.") + ".send.".length());
                assertTrue(acls(user(manifests, service)).contains("topic:" + topic + ":literal:Write"), op.getKey());
            }
        }
        assertFalse(
                manifests.ofKind("KafkaUser").stream().anyMatch(u -> u.name().endsWith("-gateway")), "gateway user");
    }

    @Test
    void servicesAuthenticateWithTheirUsersSecretOverTls() {
        Manifests manifests = Chart.render(Scenario.overlay("kafka-users"));
        for (Workload w : Workload.of(manifests)) {
            if (w.env().containsKey("CRM_KAFKA_BOOTSTRAP_SERVERS")) {
                JsonNode jaas = w.env().get("KAFKA_SASL_JAAS_CONFIG");
                assertEquals(
                        user(manifests, w.service()).name(),
                        jaas.at("/valueFrom/secretKeyRef/name").asText());
                assertEquals(
                        "sasl.jaas.config",
                        jaas.at("/valueFrom/secretKeyRef/key").asText());
                assertEquals("SASL_SSL", w.envValue("KAFKA_SECURITY_PROTOCOL"));
                assertEquals("SCRAM-SHA-512", w.envValue("KAFKA_SASL_MECHANISM"));
                assertEquals("PEM", w.envValue("KAFKA_SSL_TRUSTSTORE_TYPE"));
                assertEquals(
                        "crm-kafka-cluster-ca-cert",
                        w.env()
                                .get("KAFKA_SSL_TRUSTSTORE_CERTIFICATES")
                                .at("/valueFrom/secretKeyRef/name")
                                .asText());
            }
        }
    }

    /** (topic, consumer group) of every receive operation of the AsyncAPI document. */
    static Set<String[]> consumers() {
        Set<String[]> consumers = new HashSet<>();
        for (JsonNode op : ASYNCAPI.path("operations")) {
            if (op.path("action").asText().equals("receive")) {
                String channel = op.at("/channel/$ref").asText().replace("#/channels/", "");
                String topic =
                        ASYNCAPI.path("channels").path(channel).path("address").asText();
                consumers.add(new String[] {
                    topic, op.at("/bindings/kafka/groupId/const").asText()
                });
            }
        }
        assertFalse(consumers.isEmpty());
        return consumers;
    }

    private static Manifest user(Manifests manifests, String service) {
        return manifests.get("KafkaUser", Chart.RELEASE + "-crm-suite-" + service);
    }

    private static Set<String> topicNames(Manifests manifests) {
        return manifests.ofKind("KafkaTopic").stream()
                .map(t -> t.at("/spec/topicName").asText())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** "type:name:patternType:Operation" for every operation of every ACL of a user. */
    private static Set<String> acls(Manifest user) {
        Set<String> acls = new TreeSet<>();
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
            JsonNode r = acl.path("resource");
            String prefix = r.path("type").asText() + ":" + r.path("name").asText() + ":"
                    + r.path("patternType").asText();
            acl.path("operations").forEach(o -> acls.add(prefix + ":" + o.asText()));
        }
        return acls;
    }
}
