package io.crmsuite.crm.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

class ForwardedHeadersTest {
    @Test
    void hopByHopHeadersAndThoseNamedByConnectionStayBehind() {
        MultiMap in = MultiMap.caseInsensitiveMultiMap()
                .add("Authorization", "Bearer x")
                .add("Connection", "keep-alive, X-Secret-Hop")
                .add("X-Secret-Hop", "1")
                .add("Transfer-Encoding", "chunked")
                .add("Host", "gateway")
                .add("Content-Length", "12")
                .add("Idempotency-Key", "k1");
        MultiMap out = ForwardedHeaders.endToEnd(in);
        assertEquals("Bearer x", out.get("authorization"));
        assertEquals("k1", out.get("Idempotency-Key"));
        assertNull(out.get("X-Secret-Hop"));
        assertNull(out.get("Connection"));
        assertNull(out.get("Transfer-Encoding"));
        assertNull(out.get("Host"));
        assertNull(out.get("Content-Length"));
    }
}
