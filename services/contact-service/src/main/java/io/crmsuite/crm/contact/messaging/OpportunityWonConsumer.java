package io.crmsuite.crm.contact.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.contact.service.PurchaseService;
import io.crmsuite.crm.events.EventCatalog;
import io.crmsuite.crm.events.opportunity.OpportunityWon;
import io.crmsuite.crm.events.opportunity.OpportunityWonV2;
import io.crmsuite.crm.messaging.inbox.EventConsumer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** {@code opportunity won} → a purchase of the contact (once per opportunity); other opportunity events are skipped. */
@ApplicationScoped
public class OpportunityWonConsumer {
    static final String CONSUMER = "contact-service";
    private static final String WON = EventCatalog.typeOf(OpportunityWon.class);
    private static final String WON_V2 = EventCatalog.typeOf(OpportunityWonV2.class);

    private final EventConsumer consumer;
    private final PurchaseService purchases;
    private final ObjectMapper json;

    public OpportunityWonConsumer(EventConsumer consumer, PurchaseService purchases, ObjectMapper json) {
        this.consumer = consumer;
        this.purchases = purchases;
        this.json = json;
    }

    @Incoming("opportunities-in")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.process(message, CONSUMER, event -> {
            if (WON_V2.equals(event.type())) {
                OpportunityWonV2 won = event.as(OpportunityWonV2.class, json);
                return purchases
                        .record(
                                won.contactId(),
                                won.opportunityId(),
                                won.amount(),
                                won.wonAt(),
                                "opportunity",
                                won.lineItems())
                        .replaceWithVoid();
            }
            if (!WON.equals(event.type())) {
                return Uni.createFrom().voidItem();
            }
            // v1, during the transition: the deal without its lines
            OpportunityWon won = event.as(OpportunityWon.class, json);
            if (won.contactId() == null) {
                return Uni.createFrom().voidItem(); // a deal without a person: nothing to count here
            }
            return purchases
                    .record(won.contactId(), won.opportunityId(), won.amount(), won.wonAt(), "opportunity")
                    .replaceWithVoid();
        });
    }
}
