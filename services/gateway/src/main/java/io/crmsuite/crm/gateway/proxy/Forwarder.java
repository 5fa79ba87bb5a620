package io.crmsuite.crm.gateway.proxy;

import io.crmsuite.crm.gateway.http.Problems;
import io.crmsuite.crm.gateway.http.RequestContext;
import io.crmsuite.crm.gateway.routing.GatewayRoute;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;

/**
 * Passes an admitted request to the route's upstream — the caller's token included, so the service applies its own
 * checks — and relays the answer; an upstream that fails to answer becomes a 502, 503 or 504 problem.
 */
@ApplicationScoped
public class Forwarder {
    private final Upstreams upstreams;

    public Forwarder(Upstreams upstreams) {
        this.upstreams = upstreams;
    }

    public void forward(RoutingContext ctx, GatewayRoute route) {
        HttpServerRequest request = ctx.request();
        Upstream upstream = upstreams.get(route.upstream());
        String uri = ctx.normalizedPath() + (request.query() == null ? "" : "?" + request.query());
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        boolean idempotencyKey = request.getHeader("Idempotency-Key") != null;
        upstream.call(
                        request.method(),
                        uri,
                        outgoingHeaders(ctx),
                        body,
                        route.timeout(),
                        route.retries(),
                        idempotencyKey)
                .onComplete(result -> {
                    if (result.succeeded()) {
                        relay(ctx, upstream, result.result());
                    } else {
                        fail(ctx, upstream, result.cause());
                    }
                });
    }

    /**
     * Writes the headers of the upstream request: the caller's end-to-end headers (the token included),
     * {@code X-Forwarded-For/Proto/Host} and the request id. Written straight into the request (and again for a
     * retry): no intermediate copy.
     */
    static Consumer<MultiMap> outgoingHeaders(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String clientIp = request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().host();
        String priorFor = request.getHeader("X-Forwarded-For");
        String forwardedFor = priorFor == null ? clientIp : priorFor + ", " + clientIp;
        String proto = request.scheme();
        String host = request.authority() == null ? null : request.authority().toString();
        String requestId = RequestContext.requestId(ctx);
        return target -> {
            ForwardedHeaders.copyEndToEnd(request.headers(), target);
            target.set("X-Forwarded-For", forwardedFor);
            target.set("X-Forwarded-Proto", proto);
            if (host != null) {
                target.set("X-Forwarded-Host", host);
            }
            target.set(RequestContext.REQUEST_ID_HEADER, requestId);
        };
    }

    /** The upstream's answer, its end-to-end headers copied in one pass (links into the upstream rewritten). */
    static void relay(RoutingContext ctx, Upstream upstream, UpstreamReply reply) {
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(reply.status());
        ForwardedHeaders.copyEndToEnd(
                reply.headers(),
                response.headers(),
                (name, value) -> isLink(name)
                        ? outward(
                                name,
                                value,
                                upstream,
                                ctx.request().scheme() + "://" + ctx.request().authority())
                        : value);
        response.headers().set(RequestContext.REQUEST_ID_HEADER, RequestContext.requestId(ctx));
        response.end(reply.body());
    }

    /** A Location pointing into the upstream points at the same path through the gateway instead. */
    static String outward(String header, String value, Upstream upstream, String origin) {
        if (isLink(header) && value.startsWith(upstream.origin())) {
            return origin + value.substring(upstream.origin().length());
        }
        return value;
    }

    private static boolean isLink(String header) {
        return "Location".equalsIgnoreCase(header) || "Content-Location".equalsIgnoreCase(header);
    }

    static void fail(RoutingContext ctx, Upstream upstream, Throwable failure) {
        switch (failure) {
            case UpstreamFailure.OutageReply outage -> relay(ctx, upstream, outage.reply());
            case UpstreamFailure.TimedOut timedOut ->
                Problems.send(ctx, 504, "upstream-timeout", "Upstream timeout", timedOut.getMessage());
            case UpstreamFailure.CircuitOpen open -> {
                ctx.response()
                        .putHeader(
                                "Retry-After",
                                String.valueOf(Math.max(1, upstream.openFor().toSeconds())));
                Problems.send(ctx, 503, "upstream-unavailable", "Service unavailable", open.getMessage());
            }
            default ->
                Problems.send(
                        ctx, 502, "upstream-unreachable", "Bad gateway", upstream.name() + " could not be reached");
        }
    }
}
