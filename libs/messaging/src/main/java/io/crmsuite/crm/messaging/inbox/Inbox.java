package io.crmsuite.crm.messaging.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The idempotent-consumer record: {@code (consumer, event id)} is inserted in the same transaction as the consumer's
 * effect. A redelivered event finds its row and the effect is skipped; a failed effect rolls the row back with it, so
 * the retry runs it again.
 */
@ApplicationScoped
public class Inbox {
    private static final String INSERT =
            "insert into crm_inbox (consumer, event_id, event_type) values (?1, ?2, ?3) on conflict do nothing";

    /** Runs {@code effect} unless this consumer already processed the event; true when it ran. */
    public Uni<Boolean> once(String consumer, InboundEvent event, Supplier<Uni<Void>> effect) {
        return Panache.currentTransaction()
                .onItem()
                .ifNull()
                .failWith(() -> new IllegalStateException("Inbox.once must run inside a transaction"))
                .chain(tx -> Panache.getSession())
                .chain(session -> session.createNativeQuery(INSERT)
                        .setParameter(1, consumer)
                        .setParameter(2, event.id())
                        .setParameter(3, event.type())
                        .executeUpdate())
                .chain(inserted -> inserted == 1
                        ? effect.get().replaceWith(Boolean.TRUE)
                        : Uni.createFrom().item(Boolean.FALSE));
    }
}
