package io.crmsuite.crm.lead;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The funnel of a period with exact numbers, and each caller sees only their scope in it. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = {
            @ResourceArg(name = "database", value = "crm_lead_test"),
            @ResourceArg(name = "keycloak", value = "true")
        })
class FunnelReportIT {

    @Test
    void theFunnelCountsStatusesConversionFirstResponseAndSlaWithinTheCallersScope() {
        KafkaTestClient.ensureTopic("crm.contacts", 3);
        Instant from = Instant.now().minusMillis(5);
        String converted = create("REFERRAL");
        String disqualified = create("REFERRAL");
        create("SOCIAL");
        status(converted, "WORKING", null);
        status(disqualified, "DISQUALIFIED", "no budget");
        String conversionId = Api.as("rep.west1")
                .body(Map.of())
                .post("/api/v1/leads/" + converted + "/convert")
                .then()
                .statusCode(202)
                .extract()
                .path("conversion.conversionId");
        String contactId = UUID.randomUUID().toString();
        Api.sendContactEvent(
                contactId,
                "crm.contact.created.v1",
                "{\"contactId\":\"" + contactId + "\",\"accountId\":null,\"ownerId\":\"x\",\"team\":\"west\","
                        + "\"emails\":[],\"phones\":[],\"leadId\":\"" + converted + "\",\"conversionId\":\""
                        + conversionId + "\",\"matchedExisting\":true,\"source\":\"LEAD_CONVERSION\",\"createdAt\":\""
                        + Instant.now() + "\"}");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as("rep.west1")
                .get("/api/v1/leads/" + converted)
                .then()
                .body("status", equalTo("CONVERTED")));
        String to = Instant.now().plusSeconds(1).toString();
        String west1 = Api.subject("rep.west1");

        for (String viewer : new String[] {"rep.west1", "manager.west"}) {
            Api.as(viewer)
                    .queryParam("from", from.toString())
                    .queryParam("to", to)
                    .get("/api/v1/reports/funnel")
                    .then()
                    .statusCode(200)
                    .body("leads", equalTo(3))
                    .body("byStatus.CONVERTED", equalTo(1))
                    .body("byStatus.DISQUALIFIED", equalTo(1))
                    .body("byStatus.NEW", equalTo(1))
                    .body("conversion.bySource.size()", equalTo(2))
                    .body("conversion.bySource[0].key", equalTo("REFERRAL"))
                    .body("conversion.bySource[0].leads", equalTo(2))
                    .body("conversion.bySource[0].converted", equalTo(1))
                    .body("conversion.bySource[0].rate", equalTo(0.5f))
                    .body("conversion.bySource[1].rate", equalTo(0f))
                    .body("conversion.byOwner[0].key", equalTo(west1))
                    .body("conversion.byOwner[0].rate", equalTo(0.3333f))
                    .body("conversion.byTeam[0].key", equalTo("west"))
                    .body("conversion.byCampaign[0].key", equalTo(null))
                    .body("firstResponse.responded", equalTo(2))
                    .body("firstResponse.medianSeconds", notNullValue())
                    .body("sla.measured", equalTo(2))
                    .body("sla.met", equalTo(2))
                    .body("sla.compliance", equalTo(1.0f));
        }
        Api.as("manager.east")
                .queryParam("from", from.toString())
                .queryParam("to", to)
                .get("/api/v1/reports/funnel")
                .then()
                .statusCode(200)
                .body("leads", equalTo(0));
        Api.as("rep.west1")
                .queryParam("from", "yesterday")
                .get("/api/v1/reports/funnel")
                .then()
                .statusCode(400);
        Api.as("marketer1").get("/api/v1/reports/funnel").then().statusCode(403);
    }

    private static String create(String source) {
        Map<String, Object> body = Api.lead("Nan Guo");
        body.put("region", "West China");
        body.put("source", source);
        return Api.as("rep.west1")
                .body(body)
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void status(String id, String status, String reason) {
        Map<String, Object> body =
                reason == null ? Map.of("status", status) : Map.of("status", status, "reason", reason);
        Api.as("rep.west1")
                .body(body)
                .post("/api/v1/leads/" + id + "/status")
                .then()
                .statusCode(200);
    }
}
