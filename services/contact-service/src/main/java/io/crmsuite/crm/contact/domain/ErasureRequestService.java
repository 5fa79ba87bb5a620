package io.crmsuite.crm.contact.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One service's part of an erasure request: pending until it answers, then when and how many records it erased. */
@Entity
@Table(name = "erasure_request_service")
@IdClass(ErasureRequestService.Key.class)
public class ErasureRequestService {
    @Id
    public UUID requestId;

    @Id
    public String service;

    @Enumerated(EnumType.STRING)
    public Status status;

    public Integer records;
    public Instant completedAt;

    public enum Status {
        PENDING,
        COMPLETED
    }

    /** The composite key. */
    public static class Key implements Serializable {
        public UUID requestId;
        public String service;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(requestId, key.requestId)
                    && java.util.Objects.equals(service, key.service);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(requestId, service);
        }
    }
}
