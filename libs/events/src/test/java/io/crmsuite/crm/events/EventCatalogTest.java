package io.crmsuite.crm.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crmsuite.crm.events.contact.ContactAccountMerged;
import io.crmsuite.crm.events.contact.ContactMerged;
import io.crmsuite.crm.events.contact.LifecycleStage;
import io.crmsuite.crm.events.lead.LeadConverted;
import io.crmsuite.crm.events.lead.LeadStatusChanged;
import io.crmsuite.crm.events.opportunity.OpportunityWon;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    @Test
    void looksUpTypeAndTopicByClass() {
        assertEquals("crm.lead.status-changed.v1", EventCatalog.typeOf(LeadStatusChanged.class));
        assertEquals(Topics.LEADS, EventCatalog.topicOf(LeadConverted.class));
        assertEquals("crm.opportunity.won.v1", EventCatalog.typeOf(OpportunityWon.class));
        assertEquals(Topics.OPPORTUNITIES, EventCatalog.topicOf(OpportunityWon.class));
        assertEquals(Topics.CONTACTS, EventCatalog.topicOf(ContactMerged.class));
    }

    @Test
    void looksUpClassByType() {
        assertEquals(Optional.of(LeadConverted.class), EventCatalog.classOf("crm.lead.converted.v1"));
        assertEquals(Optional.empty(), EventCatalog.classOf("crm.lead.converted.v2"));
        assertEquals(Optional.empty(), EventCatalog.classOf(null));
        for (Class<? extends EventPayload> c : EventCatalog.ALL) {
            assertEquals(Optional.of(c), EventCatalog.classOf(EventCatalog.typeOf(c)));
        }
    }

    @Test
    void listsTheTypesOfATopic() {
        assertEquals(
                List.of("crm.opportunity.won.v1", "crm.opportunity.won.v2"),
                EventCatalog.typesOn(Topics.OPPORTUNITIES));
        assertEquals(9, EventCatalog.typesOn(Topics.LEADS).size());
        // with the refusal of a conversion, created and updated v2, consent-changed and erasure-requested
        assertEquals(15, EventCatalog.typesOn(Topics.CONTACTS).size());
        assertEquals(List.of(), EventCatalog.typesOn("crm.unknown"));
    }

    @Test
    void rejectsClassesThatAreNotEvents() {
        assertThrows(IllegalArgumentException.class, () -> EventCatalog.typeOf(Money.class));
        assertThrows(IllegalArgumentException.class, () -> EventCatalog.topicOf(LifecycleStage.class));
    }

    @Test
    void envelopeTakesTypeAndSubjectFromThePayload() {
        ContactMerged merged = (ContactMerged) SampleEvents.full(ContactMerged.class);
        Instant now = Instant.parse("2025-03-04T09:00:00Z");
        EventEnvelope<ContactMerged> envelope = EventEnvelope.of("contact-service", now, merged);
        assertEquals("crm.contact.merged.v1", envelope.type());
        assertEquals(merged.mergedId().toString(), envelope.subject());
        assertEquals("contact-service", envelope.source());
        assertEquals(now, envelope.time());
        assertEquals(merged, envelope.data());
        assertNotEquals(
                envelope.id(), EventEnvelope.of("contact-service", now, merged).id(), "fresh id");
    }

    @Test
    void aggregateIdIsTheIdOfTheEventsAggregate() {
        for (EventPayload event : SampleEvents.full()) {
            String aggregate = EventCatalog.typeOf(event.getClass()).split("\\.")[1];
            String expected =
                    switch (aggregate) {
                        case "lead" ->
                            // an erasure request's answer is keyed by the request
                            event instanceof io.crmsuite.crm.events.lead.LeadErasureCompleted
                                    ? SampleEvents.REQUEST.toString()
                                    : SampleEvents.LEAD.toString();
                        case "contact" ->
                            switch (event) {
                                case io.crmsuite.crm.events.contact.ContactErasureRequested r ->
                                    SampleEvents.REQUEST.toString();
                                case ContactMerged m -> m.mergedId().toString();
                                case ContactAccountMerged m -> m.mergedId().toString();
                                // the refusal of a conversion: no contact exists, keyed by the lead
                                case io.crmsuite.crm.events.contact.ContactConversionFailed f ->
                                    SampleEvents.LEAD.toString();
                                default -> SampleEvents.CONTACT.toString();
                            };
                        case "opportunity" -> SampleEvents.OPPORTUNITY.toString();
                        default -> throw new AssertionError(aggregate);
                    };
            assertEquals(expected, event.aggregateId(), event.getClass().getSimpleName());
        }
    }

    @Test
    void namesRetryAndDeadLetterTopicsPerConsumer() {
        assertEquals(
                "crm.leads.contact-service_retry_10000",
                Topics.retry(Topics.LEADS, "contact-service", java.time.Duration.ofSeconds(10)));
        assertEquals("crm.contacts.loyalty-service.dlq", Topics.deadLetter(Topics.CONTACTS, "loyalty-service"));
    }

    @Test
    void cloudEventsHeadersFollowTheKafkaBinding() {
        assertEquals("ce_specversion", CloudEventHeaders.SPEC_VERSION);
        assertEquals("1.0", CloudEventHeaders.SPEC_VERSION_VALUE);
        assertEquals("ce_id", CloudEventHeaders.ID);
        assertEquals("ce_source", CloudEventHeaders.SOURCE);
        assertEquals("ce_type", CloudEventHeaders.TYPE);
        assertEquals("ce_subject", CloudEventHeaders.SUBJECT);
        assertEquals("ce_time", CloudEventHeaders.TIME);
        assertEquals("content-type", CloudEventHeaders.CONTENT_TYPE);
        assertEquals("application/json", CloudEventHeaders.CONTENT_TYPE_JSON);
        assertEquals("traceparent", CloudEventHeaders.TRACEPARENT);
    }

    @Test
    void moneyNeedsAnIsoCurrencyAndAnAmount() {
        assertEquals("CNY", new Money(BigDecimal.TEN, "CNY").currency());
        assertThrows(IllegalArgumentException.class, () -> new Money(BigDecimal.TEN, "cny"));
        assertThrows(IllegalArgumentException.class, () -> new Money(BigDecimal.TEN, "EURO"));
        assertThrows(IllegalArgumentException.class, () -> new Money(BigDecimal.TEN, null));
        assertThrows(NullPointerException.class, () -> new Money(null, "EUR"));
    }
}
