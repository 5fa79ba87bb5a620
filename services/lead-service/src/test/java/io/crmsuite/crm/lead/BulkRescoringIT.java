package io.crmsuite.crm.lead;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The set-based re-scoring round: open leads of an older model version are re-scored page by page (the test profile
 * uses pages of 50), each with its 7-day interactions, one history row and one {@code scored} event per lead.
 */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = {
            @ResourceArg(name = "database", value = "crm_lead_test"),
            @ResourceArg(name = "keycloak", value = "true")
        })
class BulkRescoringIT {
    static final int LEADS = 120;

    @BeforeEach
    void defaultModel() {
        Models.ensureDefaults();
    }

    @Test
    void outdatedLeadsAreReScoredInPagesWithHistoryAndEvents() {
        String marker = "bulk-it-" + UUID.randomUUID();
        try (KafkaTestClient.Tail leads = KafkaTestClient.tail("crm.leads")) {
            // fit 75 under the default model (industry, region, size, decision maker): score 45; version 0 is outdated.
            // One statement with the meeting of the first lead (a day ago counts 30 engagement points: 0.6 x 75 +
            // 0.4 x 30 = 57), so that no re-scoring round can take the leads before the meeting exists.
            Db.execute(
                    "with created as (insert into lead (id, name, title, region, industry, size_band, source, status,"
                            + " submitted_by, submitter_kind, created_at, updated_at, model_version, score) select"
                            + " gen_random_uuid(), 'Bulk ' || g, 'VP Sales', 'East China', 'Technology', 'LARGE',"
                            + " 'IMPORT', 'NEW', ?, 'IMPORT', now(), now(), 0, 0 from generate_series(1, ?) g returning id)"
                            + " insert into lead_interaction (id, lead_id, type, occurred_at, recorded_by, created_at)"
                            + " select gen_random_uuid(), id, 'MEETING', now() - interval '1 day', 'it', now()"
                            + " from (select id from created order by id limit 1) first",
                    marker,
                    LEADS);
            UUID engaged = (UUID) Db.single("select id from lead where submitted_by = ? order by id limit 1", marker);

            int version = Models.currentVersion();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> Db.count(
                                    "select count(*) from lead where submitted_by = ? and model_version = ?",
                                    marker,
                                    version)
                            == LEADS);

            assertEquals(
                    LEADS,
                    Db.count(
                            "select count(*) from lead_score_history h join lead l on l.id = h.lead_id"
                                    + " where l.submitted_by = ?",
                            marker));
            assertEquals(
                    LEADS - 1,
                    Db.count(
                            "select count(*) from lead where submitted_by = ? and score = 45 and grade = 'C'", marker));
            assertEquals(
                    1L,
                    Db.count(
                            "select count(*) from lead where id = ? and score = 57 and engagement = 30 and version = 1"
                                    + " and engagement_expires_at > now() + interval '5 days'",
                            engaged));

            Set<String> ids = Api.as("admin")
                    .get("/api/v1/leads/" + engaged)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("score.reasons.code", String.class)
                    .stream()
                    .collect(Collectors.toSet());
            assertTrue(ids.contains("ENGAGEMENT_MEETING"), ids.toString());

            Set<String> seeded = idsOf(marker);
            List<ConsumerRecord<String, String>> seen = leads.awaitRecords(
                    Duration.ofSeconds(60), records -> scored(records, seeded).size() >= LEADS);
            List<ConsumerRecord<String, String>> scored = scored(seen, seeded);
            assertEquals(
                    LEADS, scored.stream().map(ConsumerRecord::key).distinct().count());
            JsonNode engagedEvent = Api.data(scored.stream()
                    .filter(r -> r.key().equals(engaged.toString()))
                    .findFirst()
                    .orElseThrow());
            assertEquals(57, engagedEvent.get("score").asInt());
            assertEquals(version, engagedEvent.get("modelVersion").asInt());
            assertTrue(engagedEvent.get("reasons").toString().contains("ENGAGEMENT_MEETING"));
        }
    }

    private static List<ConsumerRecord<String, String>> scored(
            List<ConsumerRecord<String, String>> records, Set<String> ids) {
        return records.stream()
                .filter(r -> ids.contains(r.key()))
                .filter(r -> "crm.lead.scored.v1"
                        .equals(KafkaTestClient.header(r, io.crmsuite.crm.events.CloudEventHeaders.TYPE)))
                .toList();
    }

    private static Set<String> idsOf(String marker) {
        try (var c = io.crmsuite.crm.testkit.TestInfrastructure.connect("crm_lead_test");
                var s = c.prepareStatement("select id from lead where submitted_by = ?")) {
            s.setString(1, marker);
            try (var rows = s.executeQuery()) {
                Set<String> ids = new java.util.HashSet<>();
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
                return ids;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
