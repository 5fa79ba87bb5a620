package io.crmsuite.crm.gateway.http;

import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/**
 * One structured line per API request on the logger {@code crm.gateway.access}: method, route, path (never the query,
 * which may hold search terms), status, latency, client, request id and trace id. Never tokens or bodies.
 */
public final class AccessLog {
    private static final Logger LOG = Logger.getLogger("crm.gateway.access");

    private AccessLog() {}

    public static void attach(RoutingContext ctx) {
        ctx.addEndHandler(done -> LOG.infof(
                "method=%s route=%s path=%s status=%d latency_ms=%.1f client=%s request_id=%s trace_id=%s",
                ctx.request().method().name(),
                RequestContext.route(ctx),
                ctx.normalizedPath(),
                ctx.response().getStatusCode(),
                (System.nanoTime() - RequestContext.startedNanos(ctx)) / 1_000_000.0,
                RequestContext.client(ctx),
                RequestContext.requestId(ctx),
                RequestContext.traceId(ctx)));
    }
}
