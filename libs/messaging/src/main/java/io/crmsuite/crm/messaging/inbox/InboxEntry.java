package io.crmsuite.crm.messaging.inbox;

import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Generated;

/** A row of the inbox table ({@code db/crm-kit/R__crm_kit_inbox.sql}): one per consumer and event id. */
@Table(name = "crm_inbox")
public class InboxEntry {
    @Id
    public String consumer;

    @Id
    public String eventId;

    public String eventType;

    @Generated
    public Instant receivedAt;

    static InboxEntry of(String consumer, InboundEvent event) {
        InboxEntry entry = new InboxEntry();
        entry.consumer = consumer;
        entry.eventId = event.id();
        entry.eventType = event.type();
        return entry;
    }
}
