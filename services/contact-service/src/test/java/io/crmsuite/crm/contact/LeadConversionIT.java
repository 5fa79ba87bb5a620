package io.crmsuite.crm.contact;

import static io.crmsuite.crm.contact.Api.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.events.Topics;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code lead converted} from Kafka → account and contact, idempotently, answered by {@code contact created}. */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class LeadConversionIT {

    private static String converted(
            UUID leadId, UUID conversionId, String owner, String email, String phone, String company) {
        return """
                {"leadId":"%s","conversionId":"%s","existingContactId":null,"existingAccountId":null,
                 "contact":{"givenName":"Hui","familyName":"Zhou","email":"%s","phone":"%s","title":"Buyer",
                            "region":"East China","country":"CN"},
                 "account":{"name":"%s","industry":"Manufacturing","region":"East China","country":"CN","sizeBand":"MEDIUM"},
                 "ownerId":"%s","team":"east","opportunity":null,"source":"WEB_FORM","campaignId":null,
                 "convertedBy":"rep.east1","convertedAt":"%s"}""".formatted(leadId, conversionId, email, phone, company, owner, Instant.now());
    }

    private static String ownerOf(String user) {
        String id = Api.createContact(user, "{\"givenName\":\"Owner\",\"familyName\":\"Probe\"}");
        return as(user).get("/api/v1/contacts/" + id).path("ownerId");
    }

    @Test
    void theSameConversionDeliveredTwiceYieldsOneContactAndOneAnswer() {
        String owner = ownerOf("rep.east1");
        UUID leadId = UUID.randomUUID();
        UUID conversionId = UUID.randomUUID();
        String email = Api.unique("zhou.hui") + "@factory.cn";
        String company = Api.unique("Suzhou Precision");
        String payload = converted(leadId, conversionId, owner, email, Api.e164(Api.randomMobile()), company);
        String eventId = Events.newId();
        String resent = Events.newId();
        try (KafkaTestClient.Tail contacts = KafkaTestClient.tail(Topics.CONTACTS)) {
            Events.send(Topics.LEADS, leadId.toString(), eventId, "crm.lead.converted.v1", payload);
            Events.send(Topics.LEADS, leadId.toString(), eventId, "crm.lead.converted.v1", payload); // redelivery
            Events.send(Topics.LEADS, leadId.toString(), resent, "crm.lead.converted.v1", payload); // re-sent
            JsonNode created = Events.await(contacts, "crm.contact.created.v2", d -> d.path("leadId")
                    .asText()
                    .equals(leadId.toString()));
            assertEquals(conversionId.toString(), created.path("conversionId").asText());
            assertFalse(created.path("matchedExisting").asBoolean());
            assertEquals("LEAD_CONVERSION", created.path("source").asText());
            assertEquals(owner, created.path("contact").path("ownerId").asText());
            // v2 carries the contact's whole state: what marketing and loyalty keep without calling back
            assertEquals(email, created.path("contact").path("emails").path(0).asText());
            assertTrue(created.path("contact").path("lifecycleStage").isTextual());
            assertTrue(created.path("contact").path("consents").isArray());
        }
        // all three deliveries were consumed (same partition, in order): one inbox row per event id, one contact
        await().atMost(Duration.ofSeconds(30))
                .until(() -> TestDb.count(
                                "select count(*) from crm_inbox where consumer = 'contact-service' and event_id in (?, ?)",
                                eventId,
                                resent)
                        == 2);
        assertEquals(1, TestDb.count("select count(*) from contact where lead_id = ?", leadId));
        assertEquals(1, TestDb.count("select count(*) from account where name = ?", company));
        as("rep.east1")
                .queryParam("email", email)
                .get("/api/v1/contacts")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].source", equalTo("LEAD_CONVERSION"))
                .body("items[0].lifecycleStage", equalTo("POTENTIAL"))
                .body("items[0].leadId", equalTo(leadId.toString()));
        as("rep.east2")
                .queryParam("email", email)
                .get("/api/v1/contacts")
                .then()
                .body("items", hasSize(0));
    }

    @Test
    void aConversionMatchingAnExistingContactAttachesToIt() {
        String owner = ownerOf("rep.east1");
        String mobile = Api.randomMobile();
        String existing = Api.createContact("rep.east1", """
                {"givenName":"Hui","familyName":"Zhou","phones":["%s"]}""".formatted(mobile));
        UUID leadId = UUID.randomUUID();
        UUID conversionId = UUID.randomUUID();
        String email = Api.unique("zhou") + "@shop.cn";
        try (KafkaTestClient.Tail contacts = KafkaTestClient.tail(Topics.CONTACTS)) {
            Events.send(
                    Topics.LEADS,
                    leadId.toString(),
                    Events.newId(),
                    "crm.lead.converted.v1",
                    converted(leadId, conversionId, owner, email, Api.e164(mobile), Api.unique("Shop")));
            JsonNode created = Events.await(contacts, "crm.contact.created.v2", d -> d.path("leadId")
                    .asText()
                    .equals(leadId.toString()));
            assertTrue(created.path("matchedExisting").asBoolean());
            assertEquals(existing, created.path("contactId").asText());
        }
        as("rep.east1")
                .get("/api/v1/contacts/" + existing)
                .then()
                .statusCode(200)
                .body("leadId", equalTo(leadId.toString()))
                .body("emails", contains(email));
    }

    @Test
    void aRefusedConversionIsAnsweredWithTheFailureWritesNothingAndAFixedOneCreatesOneContact() {
        String owner = ownerOf("rep.east1");
        UUID leadId = UUID.randomUUID();
        UUID refusedId = UUID.randomUUID();
        String company = Api.unique("Refused Works");
        String email = Api.unique("fixed") + "@works.cn";
        String eventId = Events.newId();
        try (KafkaTestClient.Tail contacts = KafkaTestClient.tail(Topics.CONTACTS)) {
            Events.send(
                    Topics.LEADS,
                    leadId.toString(),
                    eventId,
                    "crm.lead.converted.v1",
                    converted(leadId, refusedId, owner, "not-an-email", "+8613800000000", company));
            JsonNode failed = Events.await(contacts, "crm.contact.conversion-failed.v1", d -> d.path("leadId")
                    .asText()
                    .equals(leadId.toString()));
            assertEquals(refusedId.toString(), failed.path("conversionId").asText());
            assertEquals("INVALID_CONTACT_DATA", failed.path("reason").asText());
            assertEquals("emails[0]", failed.path("errors").get(0).path("field").asText());
            // answered once, in the consumer's transaction: no retry, no dead letter, nothing written
            assertEquals(
                    1,
                    TestDb.count(
                            "select count(*) from crm_inbox where consumer = 'contact-service' and event_id = ?",
                            eventId));
            assertEquals(0, TestDb.count("select count(*) from contact where lead_id = ?", leadId));
            assertEquals(0, TestDb.count("select count(*) from account where name = ?", company));

            UUID fixedId = UUID.randomUUID();
            Events.send(
                    Topics.LEADS,
                    leadId.toString(),
                    Events.newId(),
                    "crm.lead.converted.v1",
                    converted(leadId, fixedId, owner, email, Api.e164(Api.randomMobile()), company));
            JsonNode created = Events.await(contacts, "crm.contact.created.v2", d -> d.path("leadId")
                    .asText()
                    .equals(leadId.toString()));
            assertEquals(fixedId.toString(), created.path("conversionId").asText());
        }
        assertEquals(1, TestDb.count("select count(*) from contact where lead_id = ?", leadId));
        assertEquals(1, TestDb.count("select count(*) from account where name = ?", company));
    }

    @Test
    void aConversionIntoAnAccountThatDoesNotExistIsRefused() {
        UUID leadId = UUID.randomUUID();
        String payload = converted(
                        leadId,
                        UUID.randomUUID(),
                        ownerOf("rep.east1"),
                        Api.unique("nobody") + "@x.cn",
                        Api.e164(Api.randomMobile()),
                        Api.unique("Gone"))
                .replace("\"existingAccountId\":null", "\"existingAccountId\":\"" + UUID.randomUUID() + "\"");
        try (KafkaTestClient.Tail contacts = KafkaTestClient.tail(Topics.CONTACTS)) {
            Events.send(Topics.LEADS, leadId.toString(), Events.newId(), "crm.lead.converted.v1", payload);
            JsonNode failed = Events.await(contacts, "crm.contact.conversion-failed.v1", d -> d.path("leadId")
                    .asText()
                    .equals(leadId.toString()));
            assertEquals("ACCOUNT_NOT_FOUND", failed.path("reason").asText());
            assertEquals(0, failed.path("errors").size());
        }
        assertEquals(0, TestDb.count("select count(*) from contact where lead_id = ?", leadId));
    }
}
