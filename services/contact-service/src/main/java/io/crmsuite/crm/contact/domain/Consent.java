package io.crmsuite.crm.contact.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The latest consent decision of a contact for one channel and purpose (the audit trail keeps the history). */
@Entity
@Table(name = "consent")
public class Consent {
    @Id
    public UUID id;

    public UUID contactId;

    @Enumerated(EnumType.STRING)
    public Contact.Channel channel;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    @Enumerated(EnumType.STRING)
    public Status status;

    public Instant recordedAt;
    public String source;
    public String legalBasis;

    public enum Purpose {
        MARKETING,
        SERVICE,
        SALES,
        PROFILING
    }

    public enum Status {
        GRANTED,
        WITHDRAWN
    }
}
