package io.crmsuite.crm.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmsuite.crm.events.lead.LeadScored;
import io.crmsuite.crm.events.opportunity.OpportunityWon;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a producer writes, a consumer reads back as an equal record. */
class RoundTripTest {

    private static final ObjectMapper JSON = EventJson.newObjectMapper();

    static Stream<Named<EventPayload>> samples() {
        return Stream.of(SampleEvents.full(), SampleEvents.withNulls(), SampleEvents.nestedNulls())
                .flatMap(SampleEvents::named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsBackAnEqualRecord(EventPayload event) throws JsonProcessingException {
        String json = JSON.writeValueAsString(event);
        Class<? extends EventPayload> eventClass =
                EventCatalog.classOf(EventCatalog.typeOf(event.getClass())).orElseThrow();
        assertEquals(event, JSON.readValue(json, eventClass));
    }

    @Test
    void writesTimesAsIsoStringsAndEnumsByName() throws JsonProcessingException {
        JsonNode json = EventSchemas.toJson(SampleEvents.full(LeadScored.class));
        assertEquals("2025-03-04T08:15:30.123Z", json.path("scoredAt").asText());
        assertEquals("A", json.path("grade").asText());
        String won = JSON.writeValueAsString(SampleEvents.full(OpportunityWon.class));
        assertTrue(won.contains("\"amount\":{\"amount\":125000.50,\"currency\":\"CNY\"}"), won);
    }

    @Test
    void toleratesUnknownPropertiesAndAbsentNullableFields() throws JsonProcessingException {
        OpportunityWon won = (OpportunityWon) SampleEvents.full(OpportunityWon.class);
        ObjectNode json = (ObjectNode) JSON.valueToTree(won);
        json.put("addedInALaterMinorChange", true);
        json.remove("leadId");
        OpportunityWon read = JSON.treeToValue(json, OpportunityWon.class);
        assertEquals(won.opportunityId(), read.opportunityId());
        assertNull(read.leadId());
        assertTrue(read.renewal());
    }

    @Test
    void rejectsABadCurrencyOnRead() {
        String json = "{\"amount\": 10, \"currency\": \"usd\"}";
        assertThrows(JsonProcessingException.class, () -> JSON.readValue(json, Money.class));
    }
}
