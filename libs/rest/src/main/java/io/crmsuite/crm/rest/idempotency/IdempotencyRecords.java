package io.crmsuite.crm.rest.idempotency;

import io.crmsuite.crm.persistence.EntityTable;
import io.crmsuite.crm.persistence.SetStatements;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The statements of the key table ({@code crm_idempotency_keys}), run in the caller's transaction. */
final class IdempotencyRecords {
    static final String TABLE = "crm_idempotency_keys";
    static final EntityTable<StoredKeyRow> KEYS = EntityTable.of(StoredKeyRow.class);

    /**
     * A live row (committed or not) makes the claim a no-op: a concurrent insert of the same key waits on the primary
     * key until the other transaction ends. An expired row is taken over.
     */
    private static final String TAKE_OVER_EXPIRED = "on conflict (scope, idempotency_key) do update set"
            + " request_hash = excluded.request_hash, status_code = null, response_body = null, content_type = null,"
            + " location = null, etag = null, created_at = now(), expires_at = excluded.expires_at"
            + " where " + TABLE + ".expires_at <= now()";

    private IdempotencyRecords() {}

    /** True when this transaction now owns the key (and must run the effect). */
    static Uni<Boolean> claim(String scope, String key, String hash, Duration retention) {
        StoredKeyRow row = new StoredKeyRow();
        row.scope = scope;
        row.idempotencyKey = key;
        row.requestHash = hash;
        row.expiresAt = Instant.now().plus(retention);
        return SetStatements.insert(KEYS, List.of(row), TAKE_OVER_EXPIRED).map(rows -> rows == 1);
    }

    /** The stored key, or null. */
    static Uni<StoredKeyRow> find(String scope, String key) {
        return SetStatements.select(
                        KEYS, "k", "from " + TABLE + " k where k.scope = ?1 and k.idempotency_key = ?2", scope, key)
                .map(rows -> rows.isEmpty() ? null : rows.getFirst());
    }

    static Uni<Integer> complete(String scope, String key, StoredResponse response) {
        return SetStatements.execute(
                "update " + TABLE + " set status_code = ?1, response_body = ?2, content_type = ?3, location = ?4,"
                        + " etag = ?5 where scope = ?6 and idempotency_key = ?7",
                response.status(),
                response.body(),
                response.contentType(),
                response.location(),
                response.etag(),
                scope,
                key);
    }

    static Uni<Integer> release(String scope, String key) {
        return SetStatements.execute("delete from " + TABLE + " where scope = ?1 and idempotency_key = ?2", scope, key);
    }

    /** Deletes the expired keys; the number deleted. */
    static Uni<Integer> prune() {
        return SetStatements.execute("delete from " + TABLE + " where expires_at <= now()");
    }
}
