package io.crmsuite.crm.rest.idempotency;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import org.hibernate.reactive.mutiny.Mutiny;

/** The SQL of the key table ({@code crm_idempotency_keys}), run in the caller's Hibernate Reactive transaction. */
final class IdempotencyRecords {
    static final String TABLE = "crm_idempotency_keys";

    /**
     * Inserts the key, or takes over an expired row. A live row (committed or not) makes it a no-op: a concurrent
     * insert of the same key waits on the primary key until the other transaction ends.
     */
    private static final String CLAIM = "insert into " + TABLE
            + " (scope, idempotency_key, request_hash, expires_at)"
            + " values (:scope, :key, :hash, now() + make_interval(secs => :ttl))"
            + " on conflict (scope, idempotency_key) do update set request_hash = excluded.request_hash,"
            + " status_code = null, response_body = null, content_type = null, location = null, etag = null,"
            + " created_at = now(), expires_at = excluded.expires_at"
            + " where " + TABLE + ".expires_at <= now()";

    private static final String FIND = "select request_hash, status_code, response_body, content_type, location, etag"
            + " from " + TABLE + " where scope = :scope and idempotency_key = :key";

    private static final String COMPLETE = "update " + TABLE
            + " set status_code = :status, response_body = :body, content_type = :contentType,"
            + " location = :location, etag = :etag where scope = :scope and idempotency_key = :key";

    private static final String RELEASE = "delete from " + TABLE + " where scope = :scope and idempotency_key = :key";

    private IdempotencyRecords() {}

    /** A known key: the hash of its first request and, once that finished, its response. */
    record StoredKey(String requestHash, StoredResponse response) {}

    /** True when this transaction now owns the key (and must run the effect). */
    static Uni<Boolean> claim(Mutiny.Session session, String scope, String key, String hash, Duration retention) {
        return session.createNativeQuery(CLAIM)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .setParameter("hash", hash)
                .setParameter("ttl", (double) retention.toMillis() / 1000.0)
                .executeUpdate()
                .map(rows -> rows == 1);
    }

    static Uni<StoredKey> find(Mutiny.Session session, String scope, String key) {
        return session.createNativeQuery(FIND, Object[].class)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .getSingleResultOrNull()
                .map(IdempotencyRecords::toStoredKey);
    }

    static Uni<Integer> complete(Mutiny.Session session, String scope, String key, StoredResponse response) {
        return session.createNativeQuery(COMPLETE)
                .setParameter("status", response.status())
                .setParameter("body", response.body())
                .setParameter("contentType", response.contentType())
                .setParameter("location", response.location())
                .setParameter("etag", response.etag())
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate();
    }

    static Uni<Integer> release(Mutiny.Session session, String scope, String key) {
        return session.createNativeQuery(RELEASE)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .executeUpdate();
    }

    private static StoredKey toStoredKey(Object[] row) {
        if (row == null) {
            return null;
        }
        StoredResponse response = row[1] == null
                ? null
                : new StoredResponse(
                        ((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4], (String)
                                row[5]);
        return new StoredKey((String) row[0], response);
    }
}
