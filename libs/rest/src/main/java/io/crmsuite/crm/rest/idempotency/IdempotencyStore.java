package io.crmsuite.crm.rest.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.rest.RestConfig;
import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.rest.problem.UnprocessableException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Honours {@code Idempotency-Key} on creates. The key row is inserted first, in the same Hibernate Reactive transaction
 * as the resource's effect: a concurrent request with the same key blocks on the primary key until the first commits,
 * then replays its response (or, if the first rolled back, runs the effect itself). Same key and same body: the first
 * response (status, body, Content-Type, Location, ETag) is replayed with {@code Idempotent-Replayed: true}. Same key
 * and another body: 422. A failed effect rolls the key back with everything else, so the client may retry; a 5xx
 * response is not remembered either.
 *
 * <pre>
 * &#64;POST
 * public Uni&lt;Response&gt; create(&#64;RestHeader("Idempotency-Key") String key, &#64;Valid LeadInput input) {
 *     return idempotency.execute(key, IdempotencyScope.of(identity, "POST", "/api/v1/leads"), input,
 *             () -&gt; leads.create(input).map(lead -&gt; Response.created(uri(lead)).entity(lead).build()));
 * }
 * </pre>
 */
@ApplicationScoped
public class IdempotencyStore {
    private final ObjectMapper mapper;
    private final Duration retention;

    public IdempotencyStore(ObjectMapper mapper, RestConfig config) {
        this.mapper = mapper;
        this.retention = config.idempotency().retention();
    }

    /**
     * Runs {@code effect} once per key (within {@code Panache.withTransaction}, joining the caller's transaction if
     * there is one). Without a key ({@code null}) the effect simply runs in the transaction.
     *
     * @param key the Idempotency-Key header, null when absent (400 when invalid)
     * @param request the request body (DTO, String or byte[]) whose fingerprint must match on a replay
     */
    public Uni<Response> execute(String key, IdempotencyScope scope, Object request, Supplier<Uni<Response>> effect) {
        String validKey = IdempotencyKeys.requireValid(key);
        if (validKey == null) {
            return Panache.withTransaction(effect);
        }
        String hash = RequestFingerprint.of(request, mapper);
        String scopeValue = scope.value();
        return Panache.withTransaction(() -> IdempotencyRecords.claim(scopeValue, validKey, hash, retention)
                .chain(claimed ->
                        claimed ? runFirst(scopeValue, validKey, effect) : replay(scopeValue, validKey, hash)));
    }

    private Uni<Response> runFirst(String scope, String key, Supplier<Uni<Response>> effect) {
        return effect.get().chain(response -> {
            StoredResponse stored = StoredResponse.capture(response, mapper);
            if (stored.status() >= 500) {
                return IdempotencyRecords.release(scope, key).replaceWith(response);
            }
            return IdempotencyRecords.complete(scope, key, stored).replaceWith(() -> stored.firstResponse(response));
        });
    }

    private static Uni<Response> replay(String scope, String key, String hash) {
        return IdempotencyRecords.find(scope, key).map(stored -> {
            if (stored == null || stored.response() == null) {
                throw new ConflictException(
                        "idempotency-key-in-use",
                        "A request with this Idempotency-Key is still being processed; retry shortly.",
                        Map.of());
            }
            if (!stored.requestHash.equals(hash)) {
                throw new UnprocessableException(
                        "idempotency-key-reused",
                        "This Idempotency-Key was already used for a request with a different body.");
            }
            return stored.response().replay();
        });
    }
}
