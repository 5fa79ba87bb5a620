package io.crmsuite.crm.gateway.http;

import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One structured line per API request on the logger {@code crm.gateway.access}: method, route, path (never the query,
 * which may hold search terms), status, latency, client, request id and trace id. Never tokens or bodies.
 */
public final class AccessLog {
    private static final Logger LOG = Logger.getLogger("crm.gateway.access");

    private AccessLog() {}

    public static void attach(RoutingContext ctx) {
        ctx.addEndHandler(done -> log(ctx));
    }

    /** The fields go into the MDC too, so that the JSON log of prod carries them as fields of their own. */
    private static void log(RoutingContext ctx) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("method", ctx.request().method().name());
        fields.put("route", RequestContext.route(ctx));
        fields.put("path", ctx.normalizedPath());
        fields.put("status", ctx.response().getStatusCode());
        fields.put(
                "latency_ms",
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - RequestContext.startedNanos(ctx)) / 1e6));
        fields.put("client", RequestContext.client(ctx));
        fields.put("request_id", RequestContext.requestId(ctx));
        fields.put("trace_id", RequestContext.traceId(ctx));
        fields.forEach((key, value) -> MDC.put("access." + key, value));
        try {
            StringBuilder line = new StringBuilder();
            fields.forEach((key, value) -> line.append(line.isEmpty() ? "" : " ")
                    .append(key)
                    .append('=')
                    .append(value));
            LOG.info(line);
        } finally {
            fields.keySet().forEach(key -> MDC.remove("access." + key));
        }
    }
}
