package io.crmsuite.crm.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.crmsuite.crm.local.Stack;
import io.crmsuite.crm.rest.testapp.WidgetClient;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A database outage is the caller's "retry later", not a server bug (issue 17): with the real PostgreSQL stopped, reads
 * and writes answer 503 {@code urn:crm:problem:dependency-unavailable} naming the database, with {@code Retry-After};
 * once it is back, the same calls succeed again without a restart of the service.
 */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_rest"))
class DatabaseOutageIT {

    @Test
    void aStoppedDatabaseIs503WithRetryAfterAndTheServiceRecovers() {
        String location = WidgetClient.create(WidgetClient.uniqueName("outage"))
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        Stack stack = Stack.discover();
        stack.stop(List.of("postgres"));
        try {
            for (int i = 0; i < 3; i++) {
                given().get(location)
                        .then()
                        .statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", notNullValue())
                        .body("type", equalTo("urn:crm:problem:dependency-unavailable"))
                        .body("dependency", equalTo("database"));
                WidgetClient.create(WidgetClient.uniqueName("outage"))
                        .then()
                        .statusCode(503)
                        .body("dependency", equalTo("database"));
            }
            given().get("/api/v1/widgets/" + UUID.randomUUID()).then().statusCode(503);
        } finally {
            stack.start(List.of("postgres"));
        }
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().get(location).then().statusCode(200));
        WidgetClient.create(WidgetClient.uniqueName("after")).then().statusCode(201);
    }
}
