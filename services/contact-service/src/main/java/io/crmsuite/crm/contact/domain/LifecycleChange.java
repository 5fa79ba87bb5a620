package io.crmsuite.crm.contact.domain;

import io.crmsuite.crm.events.contact.LifecycleStage;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a contact's lifecycle history. */
@Entity
@Table(name = "lifecycle_change")
public class LifecycleChange {
    @Id
    public UUID id;

    public UUID contactId;

    @Enumerated(EnumType.STRING)
    public LifecycleStage fromStage;

    @Enumerated(EnumType.STRING)
    public LifecycleStage toStage;

    public String reason;
    public Instant changedAt;

    /** A contact's first stage (no stage before it). */
    public static LifecycleChange first(UUID contactId, LifecycleStage stage, String reason, Instant at) {
        LifecycleChange change = new LifecycleChange();
        change.id = UUID.randomUUID();
        change.contactId = contactId;
        change.toStage = stage;
        change.reason = reason;
        change.changedAt = at;
        return change;
    }
}
