package io.crmsuite.crm.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

/** Which requests the gateway sends again when the upstream could not be reached. */
class RetryPolicyTest {

    @Test
    void idempotentMethodsUpToTheRoutesRetriesWritesWithAnIdempotencyKeyOnceOtherWritesNever() {
        assertEquals(2, Upstream.retriesFor(HttpMethod.GET, false, 2));
        assertEquals(2, Upstream.retriesFor(HttpMethod.PUT, false, 2));
        assertEquals(1, Upstream.retriesFor(HttpMethod.POST, true, 2));
        assertEquals(1, Upstream.retriesFor(HttpMethod.PATCH, true, 3));
        assertEquals(0, Upstream.retriesFor(HttpMethod.POST, true, 0), "a route without retries keeps none");
        assertEquals(0, Upstream.retriesFor(HttpMethod.POST, false, 2));
        assertEquals(0, Upstream.retriesFor(HttpMethod.PATCH, false, 2));
    }
}
