package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The CloudNativePG Cluster, its roles and Databases, and the services' datasource settings agree. */
class DatabaseResourcesTest {

    @Test
    void oneDatabaseOwnedByItsOwnRolePerServiceAndNoneForTheGateway() {
        // the defaults: the services that exist
        assertDatabasesOfEnabledServices(Scenario.overlay("cnpg"), Set.of("crm_lead", "crm_contact"));
    }

    @Test
    void everyServiceOfTheChartGetsItsDatabaseOnceEnabled() {
        assertDatabasesOfEnabledServices(
                Scenario.overlays("cnpg", "all-services"),
                Set.of("crm_lead", "crm_contact", "crm_opportunity", "crm_ticket", "crm_campaign", "crm_loyalty"));
    }

    private static void assertDatabasesOfEnabledServices(Scenario scenario, Set<String> databases) {
        Manifests manifests = Chart.render(scenario);
        Map<String, String> owners = manifests.ofKind("Database").stream()
                .collect(Collectors.toMap(d -> d.at("/spec/name").asText(), d -> d.at("/spec/owner")
                        .asText()));
        assertEquals(databases, owners.keySet());
        Manifest cluster = manifests.get("Cluster", "crm-postgresql");
        Map<String, String> roleSecrets = new TreeMap<>();
        for (JsonNode role : cluster.at("/spec/managed/roles")) {
            assertTrue(role.path("login").asBoolean(), role.toString());
            roleSecrets.put(
                    role.path("name").asText(), role.at("/passwordSecret/name").asText());
        }
        assertEquals(Set.copyOf(owners.values()), roleSecrets.keySet());
        assertFalse(cluster.at("/spec/enableSuperuserAccess").asBoolean(true));
        manifests
                .ofKind("Database")
                .forEach(d -> assertEquals(
                        "crm-postgresql", d.at("/spec/cluster/name").asText()));

        for (Workload w : Workload.of(manifests)) {
            String jdbc = w.envValue("QUARKUS_DATASOURCE_JDBC_URL");
            if (w.service().equals("gateway")) {
                assertEquals(null, jdbc, "the gateway has no database");
                continue;
            }
            String database = jdbc.substring(jdbc.lastIndexOf('/') + 1);
            assertEquals("jdbc:postgresql://crm-postgresql-rw:5432/" + database, jdbc);
            assertEquals(
                    "postgresql://crm-postgresql-rw:5432/" + database, w.envValue("QUARKUS_DATASOURCE_REACTIVE_URL"));
            String secret = w.env()
                    .get("QUARKUS_DATASOURCE_PASSWORD")
                    .at("/valueFrom/secretKeyRef/name")
                    .asText();
            assertEquals(roleSecrets.get(owners.get(database)), secret, w.service() + " uses its role's secret");
            assertEquals(
                    secret,
                    w.env()
                            .get("QUARKUS_DATASOURCE_USERNAME")
                            .at("/valueFrom/secretKeyRef/name")
                            .asText());
        }
    }

    @Test
    void theDefaultsPointAtTheDefaultClusterWithConventionalSecretNames() {
        Workload lead = new Workload(Chart.render(Scenario.defaults()).ofService("Deployment", "lead-service"));
        assertEquals("jdbc:postgresql://crm-postgresql-rw:5432/crm_lead", lead.envValue("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals(
                "crm-crm-suite-lead-service-db",
                lead.env()
                        .get("QUARKUS_DATASOURCE_PASSWORD")
                        .at("/valueFrom/secretKeyRef/name")
                        .asText());
        assertEquals("20", lead.envValue("CRM_DB_POOL_SIZE"));
    }
}
