package io.crmsuite.crm.lead.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Something the lead did (opened an email, visited a page, came to an event …); feeds engagement. */
@Entity
@Table(name = "lead_interaction")
public class LeadInteraction extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "lead_id")
    public UUID leadId;

    @Enumerated(EnumType.STRING)
    public InteractionType type;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String detail;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
