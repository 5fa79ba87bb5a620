package io.crmsuite.crm.gateway.auth;

import io.crmsuite.crm.gateway.http.Problems;
import io.crmsuite.crm.gateway.http.RequestContext;
import io.crmsuite.crm.gateway.limits.RateLimiter;
import io.crmsuite.crm.gateway.routing.GatewayRoute;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;

/**
 * The gateway's checks before anything reaches a service: a valid token unless the route is public (401), one of the
 * route's roles if it names any (403), and the caller's rate limit (429 with Retry-After). Every answer carries the
 * RateLimit headers of the caller's bucket.
 */
@ApplicationScoped
public class Gatekeeper {
    public static final String CALLER = "crm.gateway.caller";
    private final TokenAuthenticator tokens;
    private final RateLimiter limiter;

    public Gatekeeper(TokenAuthenticator tokens, RateLimiter limiter) {
        this.tokens = tokens;
        this.limiter = limiter;
    }

    /** Runs the checks; calls {@code admitted} with the caller, or answers the request itself. */
    public void check(RoutingContext ctx, GatewayRoute route, Consumer<Caller> admitted) {
        String ip = ctx.request().remoteAddress() == null
                ? "unknown"
                : ctx.request().remoteAddress().host();
        if (route.isPublic()) {
            admit(ctx, route, Caller.anonymous(ip), admitted);
            return;
        }
        var token = TokenAuthenticator.bearerToken(ctx.request().getHeader("Authorization"));
        if (token.isEmpty()) {
            unauthorized(ctx, "A bearer token is required");
            return;
        }
        var known = tokens.recall(token.get(), ip);
        if (known.isPresent()) {
            admit(ctx, route, known.get(), admitted);
            return;
        }
        tokens.authenticate(token.get(), ip)
                .subscribe()
                .with(
                        caller -> admit(ctx, route, caller, admitted),
                        failure -> unauthorized(ctx, "The token is invalid, expired or not meant for this API"));
    }

    private void admit(RoutingContext ctx, GatewayRoute route, Caller caller, Consumer<Caller> admitted) {
        RequestContext.client(ctx, caller.label());
        if (caller.authenticated() && !route.admits(caller.roles())) {
            Problems.send(ctx, 403, "forbidden", "Forbidden", "Your role may not use " + route.prefix());
            return;
        }
        RateLimiter.Verdict verdict = limiter.tryAcquire(caller);
        HttpServerResponse response = ctx.response();
        if (verdict.limit() == Long.MAX_VALUE) { // limits switched off
            ctx.put(CALLER, caller);
            admitted.accept(caller);
            return;
        }
        response.putHeader("RateLimit-Limit", String.valueOf(verdict.limit()));
        response.putHeader("RateLimit-Remaining", String.valueOf(verdict.remaining()));
        response.putHeader("RateLimit-Reset", String.valueOf(verdict.resetSeconds()));
        if (!verdict.allowed()) {
            response.putHeader("Retry-After", String.valueOf(verdict.retryAfterSeconds()));
            Problems.send(
                    ctx,
                    429,
                    "rate-limited",
                    "Too many requests",
                    "Rate limit reached; retry after " + verdict.retryAfterSeconds() + " s");
            return;
        }
        ctx.put(CALLER, caller);
        admitted.accept(caller);
    }

    private static void unauthorized(RoutingContext ctx, String detail) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"crm\"");
        Problems.send(ctx, 401, "unauthorized", "Unauthorized", detail);
    }
}
