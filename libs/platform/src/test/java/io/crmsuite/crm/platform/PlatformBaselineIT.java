package io.crmsuite.crm.platform;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.crmsuite.crm.local.Stack;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.crmsuite.crm.testkit.KeycloakTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** A service built on crm-platform alone gets the health groups, metrics and telemetry defaults of docs/architecture.md §10. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = {
            @ResourceArg(name = "database", value = "crm_kit_platform"),
            @ResourceArg(name = "keycloak", value = "true")
        })
class PlatformBaselineIT {

    @Test
    void livenessHasNoDependencyChecks() {
        List<String> checks = given().get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .extract()
                .jsonPath()
                .getList("checks.name");
        checks.forEach(name -> assertFalse(name.contains("PostgreSQL") || name.equals("outbox"), name));
    }

    @Test
    void livenessStaysUpAndReadinessGoesDownWhileDatabaseAndKafkaAreDown() {
        Stack stack = Stack.discover();
        stack.stop(List.of("kafka", "postgres"));
        try {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(503));
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            stack.start(List.of("postgres", "kafka"));
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void readinessCoversTheDatabaseAndTheOutboxBacklog() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem("outbox"))
                .body("checks.name", hasItem(containsString("PostgreSQL")));
    }

    @Test
    void metricsAreExposedForPrometheusWithBusinessCounters() {
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("crm_outbox_published_total"))
                .body(not(containsString("Exception")));
    }

    @Test
    void telemetryIsOffWithoutACollector() {
        assertEquals(
                "true",
                ConfigProvider.getConfig().getValue("quarkus.otel.sdk.disabled", String.class),
                "no OTEL_EXPORTER_OTLP_ENDPOINT in the test environment");
    }

    @Test
    void missingOrInvalidTokensGetAProblemJson401() {
        given().get("/api/v1/platform-test")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        given().auth()
                .oauth2("eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl")
                .get("/api/v1/platform-test")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(KeycloakTokens.forUser("rep.east1"))
                .get("/api/v1/platform-test")
                .then()
                .statusCode(200);
    }

    @Test
    void anEndpointWithoutARoleAnnotationIsRefusedEvenWithAValidToken() {
        given().auth()
                .oauth2(KeycloakTokens.forUser("admin"))
                .get("/api/v1/platform-test/unannotated")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/platform-test/unannotated").then().statusCode(401);
    }

    @Test
    void openApiIsServed() {
        given().get("/q/openapi?format=json").then().statusCode(200).body("openapi", containsString("3.1"));
    }
}
