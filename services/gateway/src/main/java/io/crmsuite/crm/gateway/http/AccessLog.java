package io.crmsuite.crm.gateway.http;

import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/**
 * One structured line per API request on the logger {@code crm.gateway.access} ({@code key=value} pairs, inside the JSON
 * log line in prod): method, route, path (never the query, which may hold search terms), status, latency, client,
 * request id and trace id. Never tokens or bodies.
 */
public final class AccessLog {
    public static final String CATEGORY = "crm.gateway.access";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private AccessLog() {}

    public static void attach(RoutingContext ctx) {
        ctx.addEndHandler(done -> log(ctx));
    }

    /** One key=value line; built once per request with no formatting engine (this runs for every call). */
    private static void log(RoutingContext ctx) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long micros = (System.nanoTime() - RequestContext.startedNanos(ctx)) / 1_000;
        StringBuilder line = new StringBuilder(200)
                .append("method=")
                .append(ctx.request().method().name())
                .append(" route=")
                .append(RequestContext.route(ctx))
                .append(" path=")
                .append(ctx.normalizedPath())
                .append(" status=")
                .append(ctx.response().getStatusCode())
                .append(" latency_ms=")
                .append(micros / 1_000)
                .append('.')
                .append((micros % 1_000) / 100)
                .append(" client=")
                .append(RequestContext.client(ctx))
                .append(" request_id=")
                .append(RequestContext.requestId(ctx))
                .append(" trace_id=")
                .append(RequestContext.traceId(ctx));
        LOG.info(line.toString());
    }
}
