package io.crmsuite.crm.gateway.routing;

import io.crmsuite.crm.gateway.config.GatewayConfig;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The configured routes, longest prefix first, so {@code /api/v1/imports/contacts} beats {@code /api/v1/imports}. */
public final class RouteTable {
    private final List<GatewayRoute> routes;

    public RouteTable(List<GatewayRoute> routes) {
        this.routes = routes.stream()
                .sorted(Comparator.comparingInt((GatewayRoute r) -> r.prefix().length())
                        .reversed())
                .toList();
    }

    public static RouteTable from(GatewayConfig config) {
        Map<String, GatewayConfig.Upstream> upstreams = config.upstreams();
        List<GatewayRoute> routes = config.routes().entrySet().stream()
                .map(e -> {
                    GatewayConfig.Route r = e.getValue();
                    if (!upstreams.containsKey(r.upstream())) {
                        throw new IllegalStateException("route " + e.getKey() + " names the unknown upstream "
                                + r.upstream() + " (known: " + upstreams.keySet() + ")");
                    }
                    return new GatewayRoute(
                            e.getKey(),
                            r.prefix(),
                            r.upstream(),
                            r.isPublic(),
                            Set.copyOf(r.roles().orElse(List.of())),
                            r.timeout(),
                            r.retries(),
                            r.maxBodySize().asLongValue());
                })
                .toList();
        return new RouteTable(routes);
    }

    public Optional<GatewayRoute> match(String path) {
        if (path == null || path.contains("/../") || path.endsWith("/..")) {
            return Optional.empty();
        }
        return routes.stream().filter(r -> r.matches(path)).findFirst();
    }

    public List<GatewayRoute> all() {
        return routes;
    }
}
