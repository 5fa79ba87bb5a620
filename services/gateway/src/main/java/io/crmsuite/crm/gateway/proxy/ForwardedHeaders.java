package io.crmsuite.crm.gateway.proxy;

import io.vertx.core.MultiMap;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Which headers cross the gateway: everything end-to-end, nothing hop-by-hop (RFC 9110 §7.6.1). Runs twice per
 * proxied request, so it copies in one pass and allocates nothing per header.
 */
public final class ForwardedHeaders {
    private static final String[] HOP_BY_HOP = {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "proxy-connection",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "host",
        "content-length"
    };

    private ForwardedHeaders() {}

    /**
     * Adds the end-to-end headers of {@code from} to {@code to}, in their order, leaving out any header the Connection
     * header names.
     */
    public static void copyEndToEnd(MultiMap from, MultiMap to) {
        copyEndToEnd(from, to, (name, value) -> value);
    }

    /** The same, each value passed through {@code valueOf(name, value)} on the way (e.g. to rewrite links). */
    public static void copyEndToEnd(MultiMap from, MultiMap to, BinaryOperator<String> valueOf) {
        String connection = from.get("connection");
        for (Map.Entry<String, String> header : from) {
            String name = header.getKey();
            if (!isHopByHop(name) && (connection == null || !namedIn(connection, name))) {
                to.add(name, valueOf.apply(name, header.getValue()));
            }
        }
    }

    private static boolean isHopByHop(String name) {
        for (String hop : HOP_BY_HOP) {
            if (hop.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** True when the comma-separated {@code connection} header names {@code name} (any case, spaces around). */
    static boolean namedIn(String connection, String name) {
        int start = 0;
        while (start <= connection.length()) {
            int comma = connection.indexOf(',', start);
            int end = comma < 0 ? connection.length() : comma;
            int from = start;
            int to = end;
            while (from < to && isSpace(connection.charAt(from))) {
                from++;
            }
            while (to > from && isSpace(connection.charAt(to - 1))) {
                to--;
            }
            if (to - from == name.length() && connection.regionMatches(true, from, name, 0, name.length())) {
                return true;
            }
            if (comma < 0) {
                return false;
            }
            start = comma + 1;
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
