package io.crmsuite.crm.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

/**
 * Batch appends write one outbox row per event, in list order (the relay publishes by sequence), in the caller's
 * transaction, with one statement.
 */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_messaging"))
class OutboxBatchIT {

    @org.junit.jupiter.api.Test
    void aBatchBecomesOneRowPerEventInOrderAndIsPublished() {
        UUID id = UUID.randomUUID();
        int count = 2_345;
        given().post("/kit/batches/{id}/{count}/session", id, count).then().statusCode(204);
        List<Long> revisions = KitDatabase.longs(
                "select (payload::jsonb ->> 'version')::bigint from crm_outbox where event_key = ? order by seq",
                id.toString());
        assertEquals(LongStream.rangeClosed(1, count).boxed().toList(), revisions);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertEquals(
                        0,
                        KitDatabase.count(
                                "select count(*) from crm_outbox where sent_at is null and event_key = ?",
                                id.toString())));
    }

    @org.junit.jupiter.api.Test
    void aRolledBackBatchLeavesNoRow() {
        UUID id = UUID.randomUUID();
        given().post("/kit/batches/{id}/{count}/rolled-back", id, 10).then().statusCode(204);
        assertEquals(0, KitDatabase.count("select count(*) from crm_outbox where event_key = ?", id.toString()));
    }
}
