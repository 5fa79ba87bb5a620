package io.crmsuite.crm.messaging.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One unsent event as read by the relay. */
record OutboxRow(
        long seq,
        UUID id,
        String topic,
        String key,
        String type,
        String source,
        OffsetDateTime occurredAt,
        String payload,
        String headers) {}
