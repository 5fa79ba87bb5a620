package io.crmsuite.crm.rest;

import static io.crmsuite.crm.rest.testapp.WidgetClient.WIDGETS;
import static io.crmsuite.crm.rest.testapp.WidgetClient.body;
import static io.crmsuite.crm.rest.testapp.WidgetClient.countByName;
import static io.crmsuite.crm.rest.testapp.WidgetClient.json;
import static io.crmsuite.crm.rest.testapp.WidgetClient.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmsuite.crm.rest.idempotency.IdempotencyKeyPruner;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Idempotency-Key under concurrency, and the 24 h expiry with its pruning job. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_rest"))
class IdempotencyConcurrencyIT {

    @Inject
    Pool pool;

    @Inject
    IdempotencyKeyPruner pruner;

    @TestHTTPResource(WIDGETS)
    URI widgets;

    @Test
    void concurrentRequestsWithOneKeyCreateOneRow() throws Exception {
        String name = uniqueName("idem-race");
        String key = UUID.randomUUID().toString();
        int requests = 6;

        List<HttpResponse<String>> responses;
        try (HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            List<CompletableFuture<HttpResponse<String>>> futures = IntStream.range(0, requests)
                    .mapToObj(i -> client.sendAsync(racingRequest(key, name), HttpResponse.BodyHandlers.ofString()))
                    .toList();
            responses = futures.stream().map(CompletableFuture::join).toList();
        }

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
        assertThat(responses.stream()
                        .filter(r ->
                                r.headers().firstValue("Idempotent-Replayed").isEmpty()))
                .hasSize(1);
        assertThat(responses.stream()
                        .map(r -> r.headers().firstValue("Location").orElseThrow())
                        .distinct())
                .hasSize(1);
        assertThat(responses.stream().map(HttpResponse::body).distinct()).hasSize(1);
        assertThat(countByName(pool, name)).isEqualTo(1);
    }

    @Test
    void anExpiredKeyIsForgottenAndPruned() {
        String name = uniqueName("idem-expired");
        String key = UUID.randomUUID().toString();
        post(key, body(name, "RED")).then().statusCode(201);

        expire(key);
        post(key, body(name, "BLUE")).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(countByName(pool, name)).isEqualTo(2);

        expire(key);
        assertThat(pruner.prune().await().atMost(Duration.ofSeconds(10))).isPositive();
        assertThat(keyRows(key)).isZero();
    }

    private HttpRequest racingRequest(String key, String name) {
        return HttpRequest.newBuilder(widgets)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                // holds the first transaction open, so the others really wait on the key's primary key
                .header("X-Test-Delay-Ms", "300")
                .POST(HttpRequest.BodyPublishers.ofString(body(name, "RED")))
                .build();
    }

    private static Response post(String key, String body) {
        return json().header("Idempotency-Key", key).body(body).post(WIDGETS);
    }

    private void expire(String key) {
        pool.preparedQuery("update crm_idempotency_keys set expires_at = now() - interval '1 second'"
                        + " where idempotency_key = $1")
                .execute(Tuple.of(key))
                .await()
                .indefinitely();
    }

    private long keyRows(String key) {
        return pool.preparedQuery("select count(*) from crm_idempotency_keys where idempotency_key = $1")
                .execute(Tuple.of(key))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }
}
