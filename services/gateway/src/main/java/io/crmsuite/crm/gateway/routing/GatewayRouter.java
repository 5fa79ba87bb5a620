package io.crmsuite.crm.gateway.routing;

import io.crmsuite.crm.gateway.auth.Gatekeeper;
import io.crmsuite.crm.gateway.config.GatewayConfig;
import io.crmsuite.crm.gateway.customer.Customer360;
import io.crmsuite.crm.gateway.customer.CustomerView;
import io.crmsuite.crm.gateway.http.AccessLog;
import io.crmsuite.crm.gateway.http.HeaderSize;
import io.crmsuite.crm.gateway.http.Problems;
import io.crmsuite.crm.gateway.http.RequestContext;
import io.crmsuite.crm.gateway.proxy.Forwarder;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Wires the gateway into the HTTP server: {@code /api/v1/customers/{contactId}/360} (composed here) and every
 * configured route under {@code /api/v1/} (forwarded). Per request: request id and access log, header size limit
 * (431), route lookup (404), body size limit of the route (413), {@link Gatekeeper} (401/403/429), then forward or
 * compose.
 */
@ApplicationScoped
public class GatewayRouter {
    private static final Logger LOG = Logger.getLogger(GatewayRouter.class);
    private static final String ROUTE = "crm.gateway.matched-route";
    private static final GatewayRoute CUSTOMER_360 = new GatewayRoute(
            "customer-360",
            "/api/v1/customers",
            "gateway",
            false,
            java.util.Set.of(),
            java.time.Duration.ofSeconds(1),
            0,
            0);

    private final RouteTable table;
    private final Gatekeeper gatekeeper;
    private final Forwarder forwarder;
    private final Customer360 customer360;
    private final Map<String, BodyHandler> bodyLimits;
    private final long maxHeaderBytes;

    public GatewayRouter(GatewayConfig config, Gatekeeper gatekeeper, Forwarder forwarder, Customer360 customer360) {
        this.table = RouteTable.from(config);
        this.gatekeeper = gatekeeper;
        this.forwarder = forwarder;
        this.customer360 = customer360;
        this.maxHeaderBytes = config.maxHeaderSize().asLongValue();
        this.bodyLimits = table.all().stream()
                .collect(Collectors.toUnmodifiableMap(
                        GatewayRoute::name, r -> BodyHandler.create(false).setBodyLimit(r.maxBodyBytes())));
    }

    void register(@Observes Router router) {
        router.get("/api/v1/customers/:contactId/360").handler(this::begin360).handler(this::compose360);
        router.route("/api/v1/*")
                .handler(this::begin)
                .handler(ctx -> bodyLimits.get(matched(ctx).name()).handle(ctx))
                .handler(ctx -> gatekeeper.check(ctx, matched(ctx), caller -> forwarder.forward(ctx, matched(ctx))))
                .failureHandler(this::failed);
        table.all()
                .forEach(r -> LOG.infof(
                        "route %s: %s -> %s%s", r.name(), r.prefix(), r.upstream(), r.isPublic() ? " (public)" : ""));
    }

    private void begin(RoutingContext ctx) {
        var route = table.match(ctx.normalizedPath());
        RequestContext.begin(ctx, route.map(GatewayRoute::name).orElse("-"));
        AccessLog.attach(ctx);
        if (headersTooLarge(ctx)) {
            return;
        }
        if (route.isEmpty()) {
            Problems.send(ctx, 404, "not-found", "Not found", "No API route for " + ctx.normalizedPath());
            return;
        }
        ctx.put(ROUTE, route.get());
        ctx.next();
    }

    private void begin360(RoutingContext ctx) {
        RequestContext.begin(ctx, CUSTOMER_360.name());
        AccessLog.attach(ctx);
        if (headersTooLarge(ctx)) {
            return;
        }
        gatekeeper.check(ctx, CUSTOMER_360, caller -> ctx.next());
    }

    private void compose360(RoutingContext ctx) {
        if (!ctx.queryParams().isEmpty()) {
            // like every service: a parameter the operation does not take is refused, not ignored
            Problems.invalid(
                    ctx,
                    ctx.queryParams().names().iterator().next(),
                    "is not a query parameter of this operation (it takes none)");
            return;
        }
        String contactId = ctx.pathParam("contactId");
        try {
            UUID.fromString(contactId);
        } catch (IllegalArgumentException notUuid) {
            Problems.send(ctx, 404, "not-found", "Not found", "No contact " + contactId);
            return;
        }
        customer360.compose(ctx, contactId).onComplete(result -> {
            if (result.failed()) {
                LOG.errorf(result.cause(), "customer 360 of %s failed", contactId);
                Problems.send(ctx, 500, "internal", "Internal error", "The view could not be composed");
                return;
            }
            respond360(ctx, result.result());
        });
    }

    private static void respond360(RoutingContext ctx, CustomerView view) {
        switch (view.contact().outcome()) {
            case SHOWN ->
                ctx.response()
                        .putHeader("Content-Type", "application/json")
                        .putHeader("Cache-Control", "no-store")
                        .end(view.toJson().encode());
            case WITHHELD -> {
                int status = view.contact().status();
                if (status == 401) {
                    Problems.send(ctx, 401, "unauthorized", "Unauthorized", "The token was refused");
                } else if (status == 403) {
                    Problems.send(ctx, 403, "forbidden", "Forbidden", "Your role may not read contacts");
                } else {
                    Problems.send(ctx, 404, "not-found", "Not found", "No contact " + view.contactId());
                }
            }
            default ->
                Problems.send(
                        ctx,
                        503,
                        "upstream-unavailable",
                        "Service unavailable",
                        "The contact service did not answer: " + view.contact().reason());
        }
    }

    /** Answers 431 when the request's headers exceed the limit (true), else leaves the request alone (false). */
    private boolean headersTooLarge(RoutingContext ctx) {
        long size = HeaderSize.of(ctx.request().headers());
        if (size <= maxHeaderBytes) {
            return false;
        }
        Problems.send(
                ctx,
                431,
                "headers-too-large",
                "Request headers too large",
                "The request's headers take " + size + " bytes; at most " + maxHeaderBytes + " are accepted");
        return true;
    }

    private static GatewayRoute matched(RoutingContext ctx) {
        return ctx.get(ROUTE);
    }

    private void failed(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (status == 413) {
            Problems.send(
                    ctx,
                    413,
                    "payload-too-large",
                    "Payload too large",
                    "The body exceeds " + matched(ctx).maxBodyBytes() + " bytes for this route");
        } else if (status == 400) {
            Problems.send(ctx, 400, "bad-request", "Bad request", "The request could not be read");
        } else {
            if (ctx.failure() != null) {
                LOG.errorf(ctx.failure(), "request %s failed", RequestContext.requestId(ctx));
            }
            Problems.send(ctx, 500, "internal", "Internal error", "The gateway failed; quote the request id");
        }
    }
}
