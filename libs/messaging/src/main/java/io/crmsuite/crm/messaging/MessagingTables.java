package io.crmsuite.crm.messaging;

import io.crmsuite.crm.messaging.inbox.InboxEntry;
import io.crmsuite.crm.messaging.outbox.OutboxEntry;
import io.crmsuite.crm.persistence.DeclaredTables;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The kit's messaging tables, for the schema check of every service. */
@ApplicationScoped
public class MessagingTables implements DeclaredTables {
    @Override
    public List<Class<?>> tables() {
        return List.of(OutboxEntry.class, InboxEntry.class);
    }
}
