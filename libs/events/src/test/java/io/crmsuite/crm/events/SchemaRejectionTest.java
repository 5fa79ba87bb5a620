package io.crmsuite.crm.events;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmsuite.crm.events.contact.ContactCreated;
import io.crmsuite.crm.events.contact.ContactLifecycleChanged;
import io.crmsuite.crm.events.contact.ContactTierChanged;
import io.crmsuite.crm.events.contact.ContactUpdated;
import io.crmsuite.crm.events.lead.LeadCaptured;
import io.crmsuite.crm.events.lead.LeadConverted;
import io.crmsuite.crm.events.lead.LeadScored;
import io.crmsuite.crm.events.lead.LeadStatusChanged;
import io.crmsuite.crm.events.opportunity.OpportunityWon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schemas are strict enough to fail: broken variants of valid samples are rejected. */
class SchemaRejectionTest {

    static Stream<Named<EventPayload>> samples() {
        return SampleEvents.named(SampleEvents.full());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void missingRequiredFieldIsRejected(EventPayload event) {
        assertAll(forEachRequired(event, field -> assertRejected(event, json -> json.remove(field), "no " + field)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void nullInRequiredFieldIsRejected(EventPayload event) {
        assertAll(forEachRequired(event, field -> assertRejected(event, json -> json.putNull(field), "null " + field)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void unknownPropertyIsRejected(EventPayload event) {
        assertRejected(event, json -> json.put("customerName", "Zhang Wei"), "unknown property");
    }

    @Test
    void badEnumValuesAreRejected() {
        assertRejected(sample(LeadCaptured.class), json -> json.put("source", "FAX"), "source");
        assertRejected(sample(LeadCaptured.class), json -> json.put("source", "web_form"), "lower-case source");
        assertRejected(sample(LeadStatusChanged.class), json -> json.put("to", "OPEN"), "status");
        assertRejected(sample(LeadScored.class), json -> json.put("grade", "E"), "grade");
        assertRejected(sample(ContactTierChanged.class), json -> json.put("to", "D"), "tier");
        assertRejected(sample(ContactTierChanged.class), json -> json.put("from", "Z"), "nullable tier");
        assertRejected(sample(ContactLifecycleChanged.class), json -> json.put("status", "ACTIVE"), "status");
        assertRejected(
                sample(LeadConverted.class),
                json -> object(json, "account").put("sizeBand", "HUGE"),
                "nullable nested size band");
    }

    @Test
    void badMoneyIsRejected() {
        assertRejected(
                sample(OpportunityWon.class), json -> object(json, "amount").put("currency", "usd"), "lower");
        assertRejected(
                sample(OpportunityWon.class), json -> object(json, "amount").put("currency", "EURO"), "4");
        assertRejected(
                sample(OpportunityWon.class), json -> object(json, "amount").remove("currency"), "missing");
        assertRejected(
                sample(OpportunityWon.class), json -> object(json, "amount").put("amount", "10.00"), "text");
        assertRejected(
                sample(ContactTierChanged.class),
                json -> object(json, "trailingRevenue").put("fx", 1),
                "extra");
        assertRejected(
                sample(LeadConverted.class),
                json -> object(object(json, "opportunity"), "amount").put("currency", "C1Y"),
                "nested currency");
    }

    @Test
    void badFormatsAndRangesAreRejected() {
        assertRejected(sample(LeadCaptured.class), json -> json.put("leadId", "lead-42"), "uuid");
        assertRejected(sample(LeadCaptured.class), json -> json.put("capturedAt", "2025-13-01T00:00:00Z"), "time");
        assertRejected(sample(LeadCaptured.class), json -> json.put("capturedAt", 1741076130), "epoch time");
        assertRejected(sample(LeadCaptured.class), json -> json.put("country", "cn"), "country");
        assertRejected(sample(LeadScored.class), json -> json.put("score", 101), "score > 100");
        assertRejected(sample(LeadScored.class), json -> json.put("fit", -1), "fit < 0");
        assertRejected(sample(LeadScored.class), json -> json.put("score", 84.5), "fractional score");
        assertRejected(
                sample(LeadConverted.class), json -> object(json, "contact").put("phone", "13800138000"), "e164");
        assertRejected(
                sample(LeadConverted.class), json -> object(json, "contact").put("email", "not-an-email"), "email");
        assertRejected(
                sample(LeadConverted.class),
                json -> object(json, "opportunity").put("closeDate", "30/06/2025"),
                "date");
        assertRejected(
                sample(LeadConverted.class), json -> object(json, "contact").put("nickname", "Wei"), "nested extra");
        assertRejected(
                sample(ContactCreated.class), json -> json.withArray("phones").add("+0123"), "phone");
        assertRejected(
                sample(ContactUpdated.class), json -> json.withArray("emails").add("wei.zhang@example.com"), "dup");
    }

    private static List<Executable> forEachRequired(EventPayload event, Consumer<String> check) {
        List<Executable> checks = new ArrayList<>();
        EventSchemas.schemaNode(EventCatalog.typeOf(event.getClass()))
                .path("required")
                .forEach(field -> checks.add(() -> check.accept(field.asText())));
        assertFalse(checks.isEmpty());
        return checks;
    }

    private static EventPayload sample(Class<? extends EventPayload> eventClass) {
        return SampleEvents.full(eventClass);
    }

    private static ObjectNode object(ObjectNode json, String field) {
        return (ObjectNode) json.get(field);
    }

    private static void assertRejected(EventPayload event, Consumer<ObjectNode> breakIt, String what) {
        String type = EventCatalog.typeOf(event.getClass());
        ObjectNode json = (ObjectNode) EventSchemas.toJson(event);
        breakIt.accept(json);
        assertFalse(EventSchemas.validate(type, json).isEmpty(), type + " accepted " + what + ": " + json);
    }
}
