package io.crmsuite.crm.contact.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A request to erase a person in every service; {@code subject} names them masked, never in clear. */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String subject;
    public String reason;
    public String requestedBy;
    public Instant requestedAt;
    public Instant completedAt;

    public enum Status {
        IN_PROGRESS,
        COMPLETED
    }
}
