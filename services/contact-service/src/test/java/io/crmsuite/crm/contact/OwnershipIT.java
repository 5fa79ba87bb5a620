package io.crmsuite.crm.contact;

import static io.crmsuite.crm.contact.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.events.Topics;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Reassignment by managers, announced with owner-changed; the new owner sees the record, the old one no longer. */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class OwnershipIT {

    @Test
    void aManagerReassignsWithinTheTeam() {
        String id = Api.createContact("rep.east1", "{\"givenName\":\"Reassigned\",\"familyName\":\"Customer\"}");
        String east2 = as("rep.east2")
                .get("/api/v1/contacts/"
                        + Api.createContact("rep.east2", "{\"givenName\":\"Probe\",\"familyName\":\"East2\"}"))
                .path("ownerId");
        as("rep.east1")
                .body("{\"ownerId\":\"" + east2 + "\"}")
                .post("/api/v1/contacts/" + id + "/owner")
                .then()
                .statusCode(403);
        as("manager.west")
                .body("{\"ownerId\":\"" + east2 + "\"}")
                .post("/api/v1/contacts/" + id + "/owner")
                .then()
                .statusCode(404);
        try (KafkaTestClient.Tail contacts = KafkaTestClient.tail(Topics.CONTACTS)) {
            as("manager.east")
                    .body("{\"ownerId\":\"" + east2 + "\"}")
                    .post("/api/v1/contacts/" + id + "/owner")
                    .then()
                    .statusCode(200)
                    .body("ownerId", equalTo(east2));
            JsonNode changed = Events.await(contacts, "crm.contact.owner-changed.v1", d -> d.path("contactId")
                    .asText()
                    .equals(id));
            assertEquals(east2, changed.path("ownerId").asText());
            assertEquals("manager.east", changed.path("changedBy").asText());
        }
        as("rep.east1").get("/api/v1/contacts/" + id).then().statusCode(404);
        as("rep.east2").get("/api/v1/contacts/" + id).then().statusCode(200);
        as("auditor1")
                .get("/api/v1/contacts/" + id + "/audit")
                .then()
                .statusCode(200)
                .body("find { it.field == 'ownerId' }.newValue", equalTo(east2));
    }

    @Test
    void accountsAreOwnedAndLinkedOnlyWhenVisible() {
        String survivorName = Api.unique("Hangzhou Tea");
        String account = as("rep.east1")
                .body("{\"name\":\"" + survivorName + "\",\"country\":\"cn\","
                        + "\"sizeBand\":\"SMALL\",\"industry\":\"Retail\"}")
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .body("country", equalTo("CN"))
                .extract()
                .path("id");
        as("rep.east2").get("/api/v1/accounts/" + account).then().statusCode(404);
        as("rep.east2")
                .body("{\"givenName\":\"Link\",\"familyName\":\"Try\",\"accountId\":\"" + account + "\"}")
                .post("/api/v1/contacts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("accountId"));
        String contact = Api.createContact(
                "rep.east1", "{\"givenName\":\"Tea\",\"familyName\":\"Buyer\",\"accountId\":\"" + account + "\"}");
        as("rep.east1")
                .queryParam("industry", "Retail")
                .queryParam("q", "hangzhou tea")
                .get("/api/v1/contacts")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(contact));
        String duplicate = as("rep.east1")
                .body("{\"name\":\"Hangzhou Tea Co\",\"website\":\"tea.example.cn\",\"tags\":[\"wholesale\"]}")
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String second = Api.createContact(
                "rep.east1", "{\"givenName\":\"Second\",\"familyName\":\"Buyer\",\"accountId\":\"" + duplicate + "\"}");
        try (KafkaTestClient.Tail contacts = KafkaTestClient.tail(Topics.CONTACTS)) {
            as("rep.east1")
                    .body("{\"mergeId\":\"" + duplicate + "\"}")
                    .post("/api/v1/accounts/" + account + "/merge")
                    .then()
                    .statusCode(200)
                    .body("website", equalTo("tea.example.cn"))
                    .body("tags", org.hamcrest.Matchers.contains("wholesale"));
            // other services learn of it through the outbox, to re-point their account references
            JsonNode merged = Events.await(contacts, "crm.contact.account-merged.v1", d -> d.path("mergedId")
                    .asText()
                    .equals(duplicate));
            assertEquals(account, merged.path("survivorId").asText());
            assertEquals("rep.east1", merged.path("mergedBy").asText());
        }
        as("rep.east1").get("/api/v1/accounts/" + duplicate).then().statusCode(404);
        as("rep.east1").get("/api/v1/contacts/" + second).then().body("accountId", equalTo(account));
        // the moved contact is found by the survivor's name now (its search text followed the account)
        as("rep.east1")
                .queryParam("q", survivorName.toLowerCase())
                .get("/api/v1/contacts")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItems(contact, second));
        as("rep.east1")
                .body("{\"name\":\"x\",\"sizeBand\":\"GIGANTIC\"}")
                .post("/api/v1/accounts")
                .then()
                .statusCode(400);
    }
}
