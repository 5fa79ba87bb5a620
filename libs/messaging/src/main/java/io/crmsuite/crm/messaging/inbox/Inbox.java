package io.crmsuite.crm.messaging.inbox;

import io.crmsuite.crm.persistence.EntityTable;
import io.crmsuite.crm.persistence.SetStatements;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Supplier;

/**
 * The idempotent-consumer record: {@code (consumer, event id)} is inserted in the same transaction as the consumer's
 * effect. A redelivered event finds its row and the effect is skipped; a failed effect rolls the row back with it, so
 * the retry runs it again.
 */
@ApplicationScoped
public class Inbox {
    static final EntityTable<InboxEntry> TABLE = EntityTable.of(InboxEntry.class);

    /** Runs {@code effect} unless this consumer already processed the event; true when it ran. */
    public Uni<Boolean> once(String consumer, InboundEvent event, Supplier<Uni<Void>> effect) {
        return SetStatements.insert(TABLE, List.of(InboxEntry.of(consumer, event)), "on conflict do nothing")
                .chain(inserted -> inserted == 1
                        ? effect.get().replaceWith(Boolean.TRUE)
                        : Uni.createFrom().item(Boolean.FALSE));
    }
}
