package io.crmsuite.crm.contact;

import static io.crmsuite.crm.contact.Api.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.events.Topics;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ABC tiers on 1,000 imported customers with Pareto revenue, and purchases from {@code opportunity won}. */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class ValueTierIT {

    @Test
    void onAThousandParetoCustomersTheATierHoldsTenToFifteenPercentAndMostRevenue() {
        String tag = Api.unique("pareto");
        StringJoiner rows = new StringJoiner(",", "[", "]");
        for (int i = 0; i < 1000; i++) {
            rows.add("{\"givenName\":\"Customer\",\"familyName\":\"P" + i + "\",\"tags\":[\"" + tag + "\"]}");
        }
        String job = as("admin")
                .queryParam("onDuplicate", "allow")
                .body(rows.toString())
                .post("/api/v1/imports/contacts")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(120)).until(() -> "COMPLETED"
                .equals(as("admin").get("/api/v1/imports/" + job).path("status")));
        as("admin")
                .get("/api/v1/imports/" + job)
                .then()
                .body("created", equalTo(1000))
                .body("rejected", equalTo(0));

        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = as("admin").queryParam("tag", tag).queryParam("limit", 200);
            Response page = (cursor == null ? request : request.queryParam("cursor", cursor)).get("/api/v1/contacts");
            ids.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(1000, ids.size());

        Random random = new Random(7);
        for (int from = 0; from < ids.size(); from += 250) {
            StringJoiner purchases = new StringJoiner(",", "{\"purchases\":[", "]}");
            for (String id : ids.subList(from, Math.min(ids.size(), from + 250))) {
                long amount = Math.round(1000 / Math.pow(1 - random.nextDouble(), 1 / 1.16));
                purchases.add("{\"contactId\":\"" + id + "\",\"opportunityId\":\"" + UUID.randomUUID()
                        + "\",\"amount\":{\"amount\":" + amount + ",\"currency\":\"CNY\"},\"purchasedAt\":\""
                        + Instant.now().minus(Duration.ofDays(random.nextInt(300))) + "\"}");
            }
            as("admin")
                    .body(purchases.toString())
                    .post("/api/v1/purchases")
                    .then()
                    .statusCode(200)
                    .body("recorded", equalTo(250));
        }

        Response summary = as("admin").post("/api/v1/tiers/recompute");
        summary.then().statusCode(200);
        int customers = summary.path("customers");
        int a = summary.path("a");
        double revenue = ((Number) summary.path("revenue")).doubleValue();
        double aRevenue = ((Number) summary.path("aRevenue")).doubleValue();
        assertTrue(customers >= 1000, "customers " + customers);
        assertTrue(a >= 0.10 * customers && a <= 0.15 * customers, "A tier " + a + " of " + customers);
        assertTrue(aRevenue / revenue >= 0.60, "A revenue share " + aRevenue / revenue);

        Response top = as("admin")
                .queryParam("tag", tag)
                .queryParam("tier", "A")
                .queryParam("limit", 1)
                .get("/api/v1/contacts");
        top.then()
                .body("items[0].value.tier", equalTo("A"))
                .body("items[0].value.purchaseCount", equalTo(1))
                .body("items[0].value.currency", equalTo("CNY"))
                .body("items[0].lifecycleStage", equalTo("PURCHASE"))
                .body("items[0].customerStatus", equalTo("EXISTING"));
        as("admin").body("{\"purchases\":[]}").post("/api/v1/purchases").then().statusCode(400);
        as("rep.east1").post("/api/v1/tiers/recompute").then().statusCode(403);
    }

    @Test
    void opportunityWonCountsAPurchaseOnceAndMovesTheStage() {
        String id = Api.createContact("rep.east1", "{\"givenName\":\"Won\",\"familyName\":\"Deal\"}");
        UUID opportunity = UUID.randomUUID();
        String payload = """
                {"opportunityId":"%s","contactId":"%s","accountId":null,"ownerId":"x","amount":{"amount":12000.50,
                 "currency":"CNY"},"leadId":null,"renewal":false,"wonAt":"%s"}""".formatted(opportunity, id, Instant.now());
        try (KafkaTestClient.Tail contacts = KafkaTestClient.tail(Topics.CONTACTS)) {
            Events.send(
                    Topics.OPPORTUNITIES, opportunity.toString(), Events.newId(), "crm.opportunity.won.v1", payload);
            Events.send(
                    Topics.OPPORTUNITIES, opportunity.toString(), Events.newId(), "crm.opportunity.won.v1", payload);
            Events.await(
                    contacts,
                    "crm.contact.lifecycle-changed.v1",
                    d -> d.path("contactId").asText().equals(id)
                            && d.path("to").asText().equals("PURCHASE"));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestDb.count("select count(*) from crm_inbox where event_type = 'crm.opportunity.won.v1'"
                                + " and received_at > now() - interval '5 minutes'")
                        >= 2);
        as("rep.east1")
                .get("/api/v1/contacts/" + id)
                .then()
                .body("value.purchaseCount", equalTo(1))
                .body("value.trailingRevenue", equalTo(12000.50f))
                .body("customerStatus", equalTo("EXISTING"));
    }

    @Test
    void opportunityWonV2RecordsThePurchaseWithItsProductsOnce() {
        String id = Api.createContact("rep.east1", "{\"givenName\":\"Line\",\"familyName\":\"Items\"}");
        UUID opportunity = UUID.randomUUID();
        UUID printer = UUID.randomUUID();
        UUID ink = UUID.randomUUID();
        String payload = """
                {"opportunityId":"%s","contactId":"%s","accountId":null,"ownerId":"x","team":"east",
                 "amount":{"amount":12500.00,"currency":"CNY"},
                 "lineItems":[
                  {"productId":"%s","sku":"PRN-200","name":"Office printer","family":"Printers","quantity":2,
                   "unitPrice":{"amount":6000.00,"currency":"CNY"},"discountPercent":5,
                   "amount":{"amount":11400.00,"currency":"CNY"}},
                  {"productId":"%s","sku":"INK-9","name":"Ink cartridge","family":null,"quantity":10,
                   "unitPrice":{"amount":110.00,"currency":"CNY"},"discountPercent":null,
                   "amount":{"amount":1100.00,"currency":"CNY"}}],
                 "leadId":null,"renewal":false,"wonAt":"%s"}""".formatted(opportunity, id, printer, ink, Instant.now());
        try (KafkaTestClient.Tail contacts = KafkaTestClient.tail(Topics.CONTACTS)) {
            String eventId = Events.newId();
            Events.send(Topics.OPPORTUNITIES, opportunity.toString(), eventId, "crm.opportunity.won.v2", payload);
            Events.send(Topics.OPPORTUNITIES, opportunity.toString(), eventId, "crm.opportunity.won.v2", payload);
            // the same deal announced again as v1 (a producer publishing both during the transition) counts once too
            Events.send(
                    Topics.OPPORTUNITIES,
                    opportunity.toString(),
                    Events.newId(),
                    "crm.opportunity.won.v1",
                    """
                    {"opportunityId":"%s","contactId":"%s","accountId":null,"ownerId":"x","amount":{"amount":12500.00,
                     "currency":"CNY"},"leadId":null,"renewal":false,"wonAt":"%s"}""".formatted(opportunity, id, Instant.now()));
            Events.await(
                    contacts,
                    "crm.contact.lifecycle-changed.v1",
                    d -> d.path("contactId").asText().equals(id)
                            && d.path("to").asText().equals("PURCHASE"));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestDb.count("select count(*) from crm_inbox where event_type = 'crm.opportunity.won.v1'"
                                + " and received_at > now() - interval '5 minutes'")
                        >= 1);
        as("rep.east1")
                .get("/api/v1/contacts/" + id)
                .then()
                .body("value.purchaseCount", equalTo(1))
                .body("value.trailingRevenue", equalTo(12500.00f));
        assertEquals(
                2,
                TestDb.count(
                        "select count(*) from purchase_item i join purchase p on p.id = i.purchase_id"
                                + " where p.opportunity_id = ?::uuid and p.contact_id = ?::uuid",
                        opportunity.toString(),
                        id));
        as("admin")
                .get("/api/v1/contacts/" + id + "/export")
                .then()
                .statusCode(200)
                .body("purchaseItems.sku", org.hamcrest.Matchers.contains("PRN-200", "INK-9"))
                .body("purchaseItems[0].productId", equalTo(printer.toString()))
                .body("purchaseItems[0].quantity", equalTo(2.0f))
                .body("purchaseItems[0].discountPercent", equalTo(5.0f))
                .body("purchaseItems[1].family", org.hamcrest.Matchers.nullValue());
    }
}
