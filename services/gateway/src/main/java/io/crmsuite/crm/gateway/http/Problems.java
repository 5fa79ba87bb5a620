package io.crmsuite.crm.gateway.http;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's own answers, in the suite's RFC 9457 shape ({@code urn:crm:problem:<slug>}, the request id as an
 * extension), so a client handles a 401 from the gateway exactly like one from a service.
 */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    public static void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        JsonObject problem = new JsonObject()
                .put("type", "urn:crm:problem:" + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.normalizedPath())
                .put("requestId", RequestContext.requestId(ctx));
        response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(problem.encode());
    }
}
