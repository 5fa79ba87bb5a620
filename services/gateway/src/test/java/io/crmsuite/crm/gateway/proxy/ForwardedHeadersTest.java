package io.crmsuite.crm.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import java.util.List;
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
        MultiMap out = MultiMap.caseInsensitiveMultiMap();
        ForwardedHeaders.copyEndToEnd(in, out);
        assertEquals("Bearer x", out.get("authorization"));
        assertEquals("k1", out.get("Idempotency-Key"));
        assertNull(out.get("X-Secret-Hop"));
        assertNull(out.get("Connection"));
        assertNull(out.get("Transfer-Encoding"));
        assertNull(out.get("Host"));
        assertNull(out.get("Content-Length"));
    }

    @Test
    void connectionTokensMatchWholeNamesInAnyCaseWithSpacesOrTabsAround() {
        assertTrue(ForwardedHeaders.namedIn("keep-alive, X-Secret-Hop", "x-secret-hop"));
        assertTrue(ForwardedHeaders.namedIn("close,\tX-A ,X-B", "X-A"));
        assertTrue(ForwardedHeaders.namedIn("close,\tX-A ,X-B", "x-b"));
        assertFalse(ForwardedHeaders.namedIn("X-Secret-Hop", "X-Secret"));
        assertFalse(ForwardedHeaders.namedIn("X-Secret", "X-Secret-Hop"));
        assertFalse(ForwardedHeaders.namedIn("", "X-A"));
        assertFalse(ForwardedHeaders.namedIn(" , ", "X-A"));
    }

    @Test
    void aCopyKeepsTheOrderAndEveryValueOfRepeatedHeaders() {
        MultiMap in = MultiMap.caseInsensitiveMultiMap()
                .add("authorization", "bearer from-client")
                .add("Accept", "application/json")
                .add("X-Multi", "1")
                .add("X-Multi", "2")
                .add("TE", "trailers");
        MultiMap out = MultiMap.caseInsensitiveMultiMap();
        ForwardedHeaders.copyEndToEnd(in, out);
        assertEquals(List.of("1", "2"), out.getAll("x-multi"));
        assertEquals(
                List.of("authorization", "Accept", "X-Multi", "X-Multi"),
                out.entries().stream().map(e -> e.getKey()).toList());
    }
}
