package io.crmsuite.crm.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the real PostgreSQL, Kafka and (with {@code keycloak=true}) Keycloak of the local
 * stack. Init args: {@code database} (required, e.g. crm_lead), {@code keycloak} (true|false, default false).
 *
 * <pre>
 * &#64;QuarkusTestResource(value = CrmInfraTestResource.class, initArgs = &#64;ResourceArg(name = "database", value = "crm_lead"))
 * </pre>
 */
public class CrmInfraTestResource implements QuarkusTestResourceLifecycleManager {
    private String database;
    private boolean keycloak;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "crm_kit_test");
        keycloak = Boolean.parseBoolean(initArgs.getOrDefault("keycloak", "false"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> env =
                keycloak ? TestInfrastructure.environmentWithKeycloak() : TestInfrastructure.environment();
        TestInfrastructure.ensureDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.reactive.url", TestInfrastructure.reactiveUrl(database));
        config.put("quarkus.datasource.jdbc.url", TestInfrastructure.jdbcUrl(database));
        config.put("quarkus.datasource.username", env.get("CRM_POSTGRES_USER"));
        config.put("quarkus.datasource.password", env.get("CRM_POSTGRES_PASSWORD"));
        config.put("kafka.bootstrap.servers", env.get("CRM_KAFKA_BOOTSTRAP_SERVERS"));
        // a random HTTP port: the default test port (8081) belongs to lead-service in a running local stack
        config.put("quarkus.http.test-port", "0");
        if (keycloak) {
            config.put("quarkus.oidc.auth-server-url", env.get("CRM_OIDC_ISSUER"));
        }
        return config;
    }

    @Override
    public void stop() {
        // the servers are shared by every test class of the run: `make test` stops them at the end
    }
}
