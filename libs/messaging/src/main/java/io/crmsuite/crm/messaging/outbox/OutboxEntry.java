package io.crmsuite.crm.messaging.outbox;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/**
 * A row of the outbox table ({@code db/crm-kit/R__crm_kit_outbox.sql}): written only set-based ({@link Outbox}), so a
 * plain table declaration rather than a Hibernate entity. {@code seq} (the publishing order) and {@code created_at}
 * (the database's clock, for the readiness age) come from the database.
 */
@Table(name = "crm_outbox")
public class OutboxEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    public UUID id;
    public String topic;
    public String eventKey;
    public String type;
    public String source;
    public Instant occurredAt;
    public String payload;
    public String headers;

    @Generated
    public Instant createdAt;

    public Instant sentAt;
    public int attempts;
    public String lastError;
}
