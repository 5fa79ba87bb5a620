package io.crmsuite.crm.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;

/** A complete answer of an upstream: status, headers and body (API answers are small; lists are capped). */
public record UpstreamReply(int status, MultiMap headers, Buffer body) {

    /** 502, 503 and 504 mean the upstream (or what is behind it) is unwell; they count against its circuit. */
    public boolean signalsOutage() {
        return status == 502 || status == 503 || status == 504;
    }
}
