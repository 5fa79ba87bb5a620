package io.crmsuite.crm.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.events.contact.ContactUpdated;
import io.crmsuite.crm.messaging.inbox.EventConsumer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Test-only consumer: writes one effect row per event; an event whose changedFields hold "poison" always fails. */
@ApplicationScoped
public class KitConsumer {
    private final EventConsumer consumer;
    private final ObjectMapper json;

    public KitConsumer(EventConsumer consumer, ObjectMapper json) {
        this.consumer = consumer;
        this.json = json;
    }

    @Incoming("kit-in")
    public Uni<Void> onEvent(Message<String> message) {
        return consumer.process(message, "kit-consumer", event -> {
            ContactUpdated data = event.as(ContactUpdated.class, json);
            return Panache.getSession()
                    .chain(session -> session.createNativeQuery(
                                    "insert into kit_effect (aggregate, event_id) values (?1, ?2)")
                            .setParameter(1, data.contactId().toString())
                            .setParameter(2, event.id())
                            .executeUpdate())
                    .chain(written -> data.changedFields().contains("poison")
                            ? Uni.createFrom().failure(new IllegalStateException("poison pill " + event.id()))
                            : Uni.createFrom().voidItem());
        });
    }
}
