package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One NetworkPolicy per service: who may call it, and where it may go. */
class NetworkPolicyTest {

    static Stream<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void exactlyOnePolicyPerServiceCoveringIngressAndEgress(Scenario scenario) {
        Manifests manifests = Chart.render(scenario);
        List<Workload> workloads = Workload.of(manifests);
        assertEquals(workloads.size(), manifests.ofKind("NetworkPolicy").size());
        for (Workload w : workloads) {
            JsonNode policy = policyOf(manifests, w);
            assertEquals(
                    "[\"Ingress\",\"Egress\"]", policy.at("/spec/policyTypes").toString(), w.service());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void onlyTheGatewayIsReachableFromTheIngressControllerAndServicesOnlyFromCallers(Scenario scenario) {
        Manifests manifests = Chart.render(scenario);
        for (Workload w : Workload.of(manifests)) {
            for (JsonNode rule : policyOf(manifests, w).at("/spec/ingress")) {
                List<JsonNode> from = list(rule.path("from"));
                assertFalse(from.isEmpty(), w.service() + ": an ingress rule without 'from' admits every source");
                for (JsonNode peer : from) {
                    boolean podPeer = peer.has("podSelector") && !peer.has("namespaceSelector");
                    String caller = peer.at("/podSelector/matchLabels/app.kubernetes.io~1name")
                            .asText();
                    if (w.service().equals("gateway")) {
                        assertFalse(podPeer, "gateway admits pods of its own namespace: " + peer);
                    } else if (podPeer) {
                        assertTrue(
                                caller.equals("gateway")
                                        || allowedCallers(scenario, w).contains(caller),
                                w.service() + " admits " + caller);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void egressFollowsWhatEachServiceUses(Scenario scenario) {
        Manifests manifests = Chart.render(scenario);
        for (Workload w : Workload.of(manifests)) {
            JsonNode egress = policyOf(manifests, w).at("/spec/egress");
            Map<String, JsonNode> env = w.env();
            assertTrue(allowsPort(egress, 53, "UDP"), w.service() + " DNS");
            assertEquals(
                    env.containsKey("CRM_KAFKA_BOOTSTRAP_SERVERS"),
                    allowsPort(egress, 9092, "TCP"),
                    w.service() + " Kafka");
            assertEquals(
                    env.containsKey("QUARKUS_DATASOURCE_JDBC_URL"),
                    allowsPort(egress, 5432, "TCP"),
                    w.service() + " PostgreSQL");
            assertEquals(
                    env.containsKey("OTEL_EXPORTER_OTLP_ENDPOINT"),
                    allowsPort(egress, 4317, "TCP"),
                    w.service() + " OTLP");
            assertEquals(env.containsKey("CRM_SMTP_HOST"), allowsPort(egress, 587, "TCP"), w.service() + " SMTP");
            assertTrue(allowsPort(egress, 8080, "TCP") || allowsPort(egress, 8443, "TCP"), w.service() + " Keycloak");
        }
    }

    @Test
    void theGatewayReachesEveryServiceAndServicesReachOnlyWhatTheyCall() {
        Manifests manifests = Chart.render(Scenario.overlay("extras"));
        for (Workload w : Workload.of(manifests)) {
            Set<String> targets = podTargets(policyOf(manifests, w).at("/spec/egress"));
            Set<String> expected =
                    switch (w.service()) {
                        case "gateway" ->
                            Set.of(
                                    "lead-service",
                                    "contact-service",
                                    "opportunity-service",
                                    "campaign-service",
                                    "loyalty-service");
                        case "opportunity-service" -> Set.of("contact-service");
                        default -> Set.of();
                    };
            assertEquals(expected, targets, w.service() + " egress to services");
        }
        JsonNode contactIngress = policyOf(
                        manifests, new Workload(manifests.ofService("Deployment", "contact-service")))
                .at("/spec/ingress/0/from");
        assertEquals(2, contactIngress.size(), "contact-service admits the gateway and opportunity-service");
    }

    @Test
    void theGatewayAdmitsTheConfiguredControllerOnly() {
        Manifests route = Chart.render(Scenario.overlay("httproute"));
        JsonNode from = policyOf(route, new Workload(route.ofService("Deployment", "gateway")))
                .at("/spec/ingress/0/from");
        assertEquals(1, from.size());
        assertEquals(
                "gateway-system",
                from.at("/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name")
                        .asText());
    }

    static JsonNode policyOf(Manifests manifests, Workload w) {
        List<Manifest> policies = manifests.ofKind("NetworkPolicy").stream()
                .filter(p ->
                        Manifest.strings(p.at("/spec/podSelector/matchLabels")).equals(w.selector()))
                .toList();
        assertEquals(1, policies.size(), "NetworkPolicies selecting " + w.service());
        return policies.getFirst().node();
    }

    private static Set<String> allowedCallers(Scenario scenario, Workload w) {
        return scenario.name().equals("extras") && w.service().equals("contact-service")
                ? Set.of("opportunity-service")
                : Set.of();
    }

    private static boolean allowsPort(JsonNode rules, int port, String protocol) {
        return list(rules).stream()
                .flatMap(r -> list(r.path("ports")).stream())
                .anyMatch(p -> p.path("port").asInt() == port
                        && p.path("protocol").asText().equals(protocol));
    }

    private static Set<String> podTargets(JsonNode rules) {
        return list(rules).stream()
                .flatMap(r -> list(r.path("to")).stream())
                .map(p ->
                        p.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText())
                .filter(name -> !name.isEmpty())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
