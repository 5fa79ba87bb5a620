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
        upstream.call(request.method(), uri, outgoingHeaders(ctx), body, route.timeout(), route.retries())
                .onComplete(result -> {
                    if (result.succeeded()) {
                        relay(ctx, upstream, result.result());
                    } else {
                        fail(ctx, upstream, result.cause());
                    }
                });
    }

    static MultiMap outgoingHeaders(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        MultiMap headers = ForwardedHeaders.endToEnd(request.headers());
        String clientIp = request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().host();
        String priorFor = request.getHeader("X-Forwarded-For");
        headers.set("X-Forwarded-For", priorFor == null ? clientIp : priorFor + ", " + clientIp);
        headers.set("X-Forwarded-Proto", request.scheme());
        if (request.authority() != null) {
            headers.set("X-Forwarded-Host", request.authority().toString());
        }
        headers.set(RequestContext.REQUEST_ID_HEADER, RequestContext.requestId(ctx));
        return headers;
    }

    static void relay(RoutingContext ctx, Upstream upstream, UpstreamReply reply) {
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        response.setStatusCode(reply.status());
        String origin = ctx.request().scheme() + "://" + ctx.request().authority();
        ForwardedHeaders.endToEnd(reply.headers())
                .forEach(e -> response.headers().add(e.getKey(), outward(e.getKey(), e.getValue(), upstream, origin)));
        response.headers().set(RequestContext.REQUEST_ID_HEADER, RequestContext.requestId(ctx));
        response.end(reply.body());
    }

    /** A Location pointing into the upstream points at the same path through the gateway instead. */
    static String outward(String header, String value, Upstream upstream, String origin) {
        if (("Location".equalsIgnoreCase(header) || "Content-Location".equalsIgnoreCase(header))
                && value.startsWith(upstream.origin())) {
            return origin + value.substring(upstream.origin().length());
        }
        return value;
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
