package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** values-production.yaml: at least two replicas, a PDB, an HPA, anti-affinity and zone spread per service. */
class ProductionValuesTest {

    private final Manifests production = Chart.render(Scenario.production());

    @Test
    void everyServiceRunsAtLeastTwoReplicasUnderAnHpa() {
        for (Workload w : Workload.of(production)) {
            assertFalse(w.deployment().node().path("spec").has("replicas"), w.service() + ": the HPA owns replicas");
            Manifest hpa =
                    production.get("HorizontalPodAutoscaler", w.deployment().name());
            assertEquals(
                    w.deployment().name(), hpa.at("/spec/scaleTargetRef/name").asText());
            assertEquals("Deployment", hpa.at("/spec/scaleTargetRef/kind").asText());
            assertTrue(hpa.at("/spec/minReplicas").asInt() >= 2, w.service() + " minReplicas");
            assertTrue(
                    hpa.at("/spec/maxReplicas").asInt()
                            > hpa.at("/spec/minReplicas").asInt(),
                    w.service());
        }
    }

    @Test
    void everyServiceKeepsOnePodThroughDisruptions() {
        for (Workload w : Workload.of(production)) {
            Manifest pdb = production.get("PodDisruptionBudget", w.deployment().name());
            assertEquals(1, pdb.at("/spec/minAvailable").asInt(), w.service());
        }
    }

    @Test
    void podsSpreadAcrossNodesAndZones() {
        for (Workload w : Workload.of(production)) {
            JsonNode term = w.pod().at("/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/0");
            assertEquals(
                    "kubernetes.io/hostname",
                    term.at("/podAffinityTerm/topologyKey").asText(),
                    w.service());
            assertEquals(w.selector(), Manifest.strings(term.at("/podAffinityTerm/labelSelector/matchLabels")));
            JsonNode spread = w.pod().at("/topologySpreadConstraints/0");
            assertEquals(
                    "topology.kubernetes.io/zone", spread.path("topologyKey").asText(), w.service());
            assertEquals(w.selector(), Manifest.strings(spread.at("/labelSelector/matchLabels")));
        }
    }

    @Test
    void connectionPoolsFitPostgresqlMaxConnections() {
        int maxConnections = Integer.parseInt(production
                .get("Cluster", "crm-postgresql")
                .at("/spec/postgresql/parameters/max_connections")
                .asText());
        int needed = 0;
        for (Workload w : Workload.of(production)) {
            if (w.env().containsKey("CRM_DB_POOL_SIZE")) {
                int pods = production
                        .get("HorizontalPodAutoscaler", w.deployment().name())
                        .at("/spec/maxReplicas")
                        .asInt();
                needed += pods * (Integer.parseInt(w.envValue("CRM_DB_POOL_SIZE")) + 2);
            }
        }
        assertTrue(needed < maxConnections, needed + " connections needed, max_connections " + maxConnections);
    }

    @Test
    void operatorResourcesAndTlsAreOn() {
        assertEquals(1, production.ofKind("Cluster").size());
        assertEquals(
                3,
                production
                        .get("Cluster", "crm-postgresql")
                        .at("/spec/instances")
                        .asInt());
        assertFalse(production.ofKind("KafkaTopic").isEmpty());
        assertFalse(production.ofKind("KafkaUser").isEmpty());
        assertEquals(1, production.ofKind("KeycloakRealmImport").size());
        assertFalse(production
                .get("Ingress", Chart.RELEASE + "-crm-suite-gateway")
                .at("/spec/tls/0/secretName")
                .asText()
                .isBlank());
    }
}
