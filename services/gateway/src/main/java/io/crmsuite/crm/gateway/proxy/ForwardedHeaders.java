package io.crmsuite.crm.gateway.proxy;

import io.vertx.core.MultiMap;
import java.util.Locale;
import java.util.Set;

/** Which headers cross the gateway: everything end-to-end, nothing hop-by-hop (RFC 9110 §7.6.1). */
public final class ForwardedHeaders {
    private static final Set<String> HOP_BY_HOP = Set.of(
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
            "content-length");

    private ForwardedHeaders() {}

    /** The end-to-end headers of {@code from}, also leaving out any header the Connection header names. */
    public static MultiMap endToEnd(MultiMap from) {
        Set<String> named = connectionTokens(from.get("connection"));
        MultiMap to = MultiMap.caseInsensitiveMultiMap();
        from.forEach(entry -> {
            String name = entry.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !named.contains(name)) {
                to.add(entry.getKey(), entry.getValue());
            }
        });
        return to;
    }

    private static Set<String> connectionTokens(String connection) {
        if (connection == null || connection.isBlank()) {
            return Set.of();
        }
        return java.util.Arrays.stream(connection.split(","))
                .map(token -> token.trim().toLowerCase(Locale.ROOT))
                .filter(token -> !token.isEmpty())
                .collect(java.util.stream.Collectors.toSet());
    }
}
