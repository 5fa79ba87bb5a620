package io.crmsuite.crm.rest.idempotency;

import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Generated;

/**
 * A row of the Idempotency-Key table ({@code db/crm-kit/R__crm_kit_idempotency_keys.sql}), written only set-based, so
 * a plain table declaration: the key, the fingerprint of its first request and, once that finished, its response.
 */
@Table(name = IdempotencyRecords.TABLE)
public class StoredKeyRow {
    @Id
    public String scope;

    @Id
    public String idempotencyKey;

    public String requestHash;
    public Integer statusCode;
    public String responseBody;
    public String contentType;
    public String location;
    public String etag;

    @Generated
    public Instant createdAt;

    public Instant expiresAt;

    StoredResponse response() {
        return statusCode == null ? null : new StoredResponse(statusCode, responseBody, contentType, location, etag);
    }
}
