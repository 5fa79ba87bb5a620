package io.crmsuite.crm.gateway.customer;

import io.crmsuite.crm.gateway.config.GatewayConfig;
import io.crmsuite.crm.gateway.http.RequestContext;
import io.crmsuite.crm.gateway.proxy.Upstream;
import io.crmsuite.crm.gateway.proxy.UpstreamReply;
import io.crmsuite.crm.gateway.proxy.Upstreams;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Composes the customer 360 view: every configured part is fetched in parallel from its owning service with the
 * caller's own token (so each service applies its own record-level rules) within one time budget; the account waits
 * for the contact (it needs the account id). Each part ends as {@link PartResult}: shown, withheld (the service said
 * 403/404: the caller may not see it) or degraded (slow, failing or unreachable).
 */
@ApplicationScoped
public class Customer360 {
    public static final String CONTACT = "contact";
    private final Upstreams upstreams;
    private final Duration budget;
    private final PartSpec contactPart;
    private final List<PartSpec> independentParts;
    private final List<PartSpec> dependentParts;

    public Customer360(GatewayConfig config, Upstreams upstreams) {
        this.upstreams = upstreams;
        this.budget = config.customer360().budget();
        List<PartSpec> parts = config.customer360().parts().entrySet().stream()
                .map(e -> new PartSpec(
                        e.getKey(),
                        e.getValue().upstream(),
                        e.getValue().path(),
                        e.getValue().after().map(CONTACT::equals).orElse(false),
                        e.getValue().keepWhere(),
                        e.getValue().maxItems()))
                .sorted(java.util.Comparator.comparing(PartSpec::name))
                .toList();
        this.contactPart = parts.stream()
                .filter(p -> p.name().equals(CONTACT))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("crm.gateway.customer360.parts needs a part named contact"));
        this.independentParts = parts.stream()
                .filter(p -> p != contactPart && !p.afterContact())
                .toList();
        this.dependentParts = parts.stream().filter(PartSpec::afterContact).toList();
    }

    public Future<CustomerView> compose(RoutingContext ctx, String contactId) {
        long deadline = System.nanoTime() + budget.toNanos();
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Authorization", ctx.request().getHeader("Authorization"))
                .add("Accept", "application/json")
                .add(RequestContext.REQUEST_ID_HEADER, RequestContext.requestId(ctx));
        Map<String, String> ids = Map.of("contactId", contactId);
        Future<PartResult> contact = fetch(contactPart, ids, headers, deadline);
        List<Future<PartResult>> independent = independentParts.stream()
                .map(p -> fetch(p, ids, headers, deadline))
                .toList();
        List<Future<PartResult>> dependent = dependentParts.stream()
                .map(p -> contact.compose(c -> fetch(p, idsAfter(contactId, c), headers, deadline)))
                .toList();
        List<Future<PartResult>> all = new java.util.ArrayList<>();
        all.add(contact);
        all.addAll(independent);
        all.addAll(dependent);
        return Future.join(all)
                .transform(done -> Future.succeededFuture(CustomerView.of(
                        contactId, all.stream().map(f -> f.result()).toList())));
    }

    private static Map<String, String> idsAfter(String contactId, PartResult contact) {
        String accountId = contact.value() instanceof JsonObject json ? json.getString("accountId") : null;
        return accountId == null
                ? Map.of("contactId", contactId)
                : Map.of("contactId", contactId, "accountId", accountId);
    }

    private Future<PartResult> fetch(PartSpec spec, Map<String, String> ids, MultiMap headers, long deadline) {
        var path = spec.path(ids);
        if (path.isEmpty()) {
            return Future.succeededFuture(PartResult.absent(spec.name()));
        }
        long remainingNanos = deadline - System.nanoTime();
        if (remainingNanos <= 0) {
            return Future.succeededFuture(PartResult.degraded(spec.name(), "time budget spent"));
        }
        Upstream upstream = upstreams.get(spec.upstream());
        return upstream.call(
                        HttpMethod.GET,
                        path.get(),
                        target -> target.addAll(headers),
                        null,
                        Duration.ofNanos(remainingNanos),
                        0)
                .map(reply -> toResult(spec, reply))
                .otherwise(failure -> PartResult.degraded(spec.name(), failure.getMessage()));
    }

    private static PartResult toResult(PartSpec spec, UpstreamReply reply) {
        if (reply.status() == 200) {
            try {
                return PartResult.shown(spec.name(), spec.shape(Json.decodeValue(reply.body())));
            } catch (RuntimeException notJson) {
                return PartResult.degraded(spec.name(), "answer was not JSON");
            }
        }
        if (reply.status() == 403 || reply.status() == 404) {
            return PartResult.withheld(spec.name(), reply.status());
        }
        if (reply.status() == 401) {
            return PartResult.withheld(spec.name(), 401);
        }
        return PartResult.degraded(spec.name(), "answered " + reply.status());
    }
}
