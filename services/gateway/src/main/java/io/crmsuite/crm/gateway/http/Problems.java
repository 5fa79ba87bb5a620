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
        send(ctx, status, slug, title, detail, null);
    }

    /**
     * A 400 {@code validation} problem naming one field (a query parameter), in the services' shape ({@code errors}:
     * field and message).
     */
    public static void invalid(RoutingContext ctx, String field, String message) {
        send(
                ctx,
                400,
                "validation",
                "Validation failed",
                "The value of field '" + field + "' is not acceptable.",
                new io.vertx.core.json.JsonArray()
                        .add(new JsonObject().put("field", field).put("message", message)));
    }

    private static void send(
            RoutingContext ctx,
            int status,
            String slug,
            String title,
            String detail,
            io.vertx.core.json.JsonArray errors) {
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
        if (errors != null) {
            problem.put("errors", errors);
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(problem.encode());
    }
}
