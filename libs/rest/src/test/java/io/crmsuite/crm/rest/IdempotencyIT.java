package io.crmsuite.crm.rest;

import static io.crmsuite.crm.rest.testapp.ProblemAssertions.assertProblem;
import static io.crmsuite.crm.rest.testapp.WidgetClient.WIDGETS;
import static io.crmsuite.crm.rest.testapp.WidgetClient.body;
import static io.crmsuite.crm.rest.testapp.WidgetClient.countByName;
import static io.crmsuite.crm.rest.testapp.WidgetClient.json;
import static io.crmsuite.crm.rest.testapp.WidgetClient.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on creates, against the real PostgreSQL: replay, 422, scope, invalid keys, failed effects. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_rest"))
class IdempotencyIT {

    @Inject
    Pool pool;

    @Test
    void theSameKeyAndBodyReplaysTheFirstResponseAndCreatesOneRow() {
        String name = uniqueName("idem");
        String key = UUID.randomUUID().toString();

        Response first = post(key, body(name, "RED"));
        Response second = post(key, body(name, "RED"));

        first.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        second.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(second.asString()).isEqualTo(first.asString());
        // the replay points at the one widget the first request created
        String createdId = first.jsonPath().getString("id");
        assertThat(first.header("Location")).endsWith("/api/v1/widgets/" + createdId);
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag")).isEqualTo("\"0\"");
        assertThat(second.contentType()).isEqualTo(first.contentType());
        assertThat(countByName(pool, name)).isEqualTo(1);
    }

    @Test
    void theSameContentInAnotherPropertyOrderIsTheSameRequest() {
        String name = uniqueName("idem-order");
        String key = UUID.randomUUID().toString();
        String reordered = "{\"address\":{\"country\":\"CN\",\"city\":\"Hangzhou\"},\"email\":\"w@example.com\","
                + "\"color\":\"RED\",\"name\":\"" + name + "\"}";

        post(key, body(name, "RED")).then().statusCode(201);
        post(key, reordered).then().statusCode(201).header("Idempotent-Replayed", "true");

        assertThat(countByName(pool, name)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String name = uniqueName("idem-other");
        String key = UUID.randomUUID().toString();
        post(key, body(name, "RED")).then().statusCode(201);

        assertProblem(post(key, body(name, "BLUE")), 422, "idempotency-key-reused");

        assertThat(countByName(pool, name)).isEqualTo(1);
    }

    @Test
    void keysAreScopedToTheCaller() {
        String name = uniqueName("idem-callers");
        String key = UUID.randomUUID().toString();

        json().header("Idempotency-Key", key)
                .header("X-Test-Caller", "rep.east1")
                .body(body(name, "RED"))
                .post(WIDGETS)
                .then()
                .statusCode(201);
        json().header("Idempotency-Key", key)
                .header("X-Test-Caller", "rep.west1")
                .body(body(name, "RED"))
                .post(WIDGETS)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", (String) null);

        assertThat(countByName(pool, name)).isEqualTo(2);
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        String name = uniqueName("idem-none");

        json().body(body(name, "RED")).post(WIDGETS).then().statusCode(201);
        json().body(body(name, "RED")).post(WIDGETS).then().statusCode(201);

        assertThat(countByName(pool, name)).isEqualTo(2);
    }

    @Test
    void anInvalidKeyIs400() {
        String name = uniqueName("idem-invalid");

        assertProblem(post("has space", body(name, "RED")), 400, "validation")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertProblem(post("k".repeat(256), body(name, "RED")), 400, "validation");
        String longest = UUID.randomUUID() + "k".repeat(255 - 36);
        post(longest, body(name, "RED")).then().statusCode(201);

        assertThat(countByName(pool, name)).isEqualTo(1);
    }

    @Test
    void aFailedEffectForgetsTheKeySoARetryCreates() {
        String name = uniqueName("idem-retry");
        String key = UUID.randomUUID().toString();

        assertProblem(
                json().header("Idempotency-Key", key)
                        .header("X-Test-Fail-After-Insert", "true")
                        .body(body(name, "RED"))
                        .post(WIDGETS),
                500,
                "internal");
        assertThat(countByName(pool, name)).isZero();

        post(key, body(name, "RED")).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(countByName(pool, name)).isEqualTo(1);
    }

    private static Response post(String key, String body) {
        return json().header("Idempotency-Key", key).body(body).post(WIDGETS);
    }
}
