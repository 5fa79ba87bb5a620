package io.crmsuite.crm.gateway.http;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * What the gateway remembers about a request while it passes: its id ({@code X-Request-Id} accepted when it is a short
 * safe token, else generated), when it started, its route, its caller and its trace id.
 */
public final class RequestContext {
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String ID = "crm.gateway.request-id";
    private static final String STARTED = "crm.gateway.started";
    private static final String TRACE = "crm.gateway.trace-id";
    private static final String ROUTE = "crm.gateway.route";
    private static final String CLIENT = "crm.gateway.client";

    private RequestContext() {}

    /** Called first for every API request. */
    public static void begin(RoutingContext ctx, String routeName) {
        String given = ctx.request().getHeader(REQUEST_ID_HEADER);
        String id = given != null && SAFE_ID.matcher(given).matches() ? given : newId();
        ctx.put(ID, id);
        ctx.put(STARTED, System.nanoTime());
        ctx.put(ROUTE, routeName);
        SpanContext span = Span.current().getSpanContext();
        ctx.put(TRACE, span.isValid() ? span.getTraceId() : "-");
        ctx.response().putHeader(REQUEST_ID_HEADER, id);
    }

    /**
     * A random (version 4) UUID from the thread's own generator: a request id needs to be unique, not unguessable, and
     * {@link UUID#randomUUID()} draws from SecureRandom, a measurable share of a proxied request's CPU.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
        return new UUID(high, low).toString();
    }

    public static String requestId(RoutingContext ctx) {
        String id = ctx.get(ID);
        return id != null ? id : "-";
    }

    public static long startedNanos(RoutingContext ctx) {
        Long started = ctx.get(STARTED);
        return started != null ? started : System.nanoTime();
    }

    public static String traceId(RoutingContext ctx) {
        String trace = ctx.get(TRACE);
        return trace != null ? trace : "-";
    }

    public static String route(RoutingContext ctx) {
        String route = ctx.get(ROUTE);
        return route != null ? route : "-";
    }

    public static void route(RoutingContext ctx, String name) {
        ctx.put(ROUTE, name);
    }

    /** Who called, for the access log: the username, the partner client id, or {@code ip:<address>}. */
    public static void client(RoutingContext ctx, String client) {
        ctx.put(CLIENT, client);
    }

    public static String client(RoutingContext ctx) {
        String client = ctx.get(CLIENT);
        return client != null ? client : "-";
    }
}
