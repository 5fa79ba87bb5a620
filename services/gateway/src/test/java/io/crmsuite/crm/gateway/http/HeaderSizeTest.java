package io.crmsuite.crm.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

class HeaderSizeTest {
    @Test
    void everyHeaderCountsWithItsSeparatorAndLineEnd() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Host", "crm") // "Host: crm\r\n" = 11 bytes
                .add("X-A", "1")
                .add("X-A", "22"); // "X-A: 1\r\n" + "X-A: 22\r\n" = 8 + 9
        assertEquals(28, HeaderSize.of(headers));
        assertEquals(0, HeaderSize.of(MultiMap.caseInsensitiveMultiMap()));
    }
}
