package io.crmsuite.crm.gateway.http;

import io.vertx.core.MultiMap;
import java.util.Map;

/** The size of a request's header section as it crossed the wire: {@code name: value\r\n} per header. */
public final class HeaderSize {
    private HeaderSize() {}

    public static long of(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }
}
