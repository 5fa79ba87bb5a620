package io.crmsuite.crm.contact.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.contact.service.ErasureRequests;
import io.crmsuite.crm.contact.service.LeadConversionService;
import io.crmsuite.crm.events.EventCatalog;
import io.crmsuite.crm.events.contact.ContactConversionFailed;
import io.crmsuite.crm.events.lead.LeadConverted;
import io.crmsuite.crm.events.lead.LeadErasureCompleted;
import io.crmsuite.crm.messaging.inbox.EventConsumer;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * {@code lead converted} → account and contact (idempotent through the inbox and the lead id); a conversion the service
 * refuses is answered with {@code contact conversion-failed} in the same transaction (nothing else was written), never
 * retried nor dead-lettered: the lead service shows it and the rep converts again once it is fixed.
 */
@ApplicationScoped
public class LeadConvertedConsumer {
    private static final String CONVERTED = EventCatalog.typeOf(LeadConverted.class);
    private static final String ERASURE_COMPLETED = EventCatalog.typeOf(LeadErasureCompleted.class);

    private final EventConsumer consumer;
    private final LeadConversionService conversions;
    private final ObjectMapper json;
    private final Outbox outbox;
    private final ErasureRequests erasures;

    public LeadConvertedConsumer(
            EventConsumer consumer,
            LeadConversionService conversions,
            ObjectMapper json,
            Outbox outbox,
            ErasureRequests erasures) {
        this.consumer = consumer;
        this.conversions = conversions;
        this.json = json;
        this.outbox = outbox;
        this.erasures = erasures;
    }

    @Incoming("leads-in")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.process(message, OpportunityWonConsumer.CONSUMER, event -> {
            if (ERASURE_COMPLETED.equals(event.type())) {
                LeadErasureCompleted done = event.as(LeadErasureCompleted.class, json);
                return erasures.complete(
                        done.requestId(),
                        "lead-service",
                        done.leadsErased(),
                        done.completedAt(),
                        Actor.event(event.type(), event.id()));
            }
            if (!CONVERTED.equals(event.type())) {
                return Uni.createFrom().voidItem();
            }
            LeadConverted lead = event.as(LeadConverted.class, json);
            return conversions
                    .convert(lead, Actor.event(event.type(), event.id()))
                    .replaceWithVoid()
                    .onFailure(LeadConversionService.ConversionRefused.class)
                    .recoverWithUni(failure -> {
                        LeadConversionService.ConversionRefused refused =
                                (LeadConversionService.ConversionRefused) failure;
                        return outbox.append(new ContactConversionFailed(
                                        lead.leadId(),
                                        lead.conversionId(),
                                        refused.reason(),
                                        refused.getMessage(),
                                        refused.errors(),
                                        Instant.now()))
                                .replaceWithVoid();
                    });
        });
    }
}
