package io.crmsuite.crm.gateway.proxy;

import io.crmsuite.crm.gateway.config.GatewayConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.stream.Collectors;

/** The configured upstreams by name, created once with the application's Vert.x. */
@ApplicationScoped
public class Upstreams {
    private final Map<String, Upstream> byName;

    public Upstreams(GatewayConfig config, Vertx vertx) {
        this.byName = config.upstreams().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> new Upstream(e.getKey(), e.getValue(), vertx)));
    }

    public Upstream get(String name) {
        Upstream upstream = byName.get(name);
        if (upstream == null) {
            throw new IllegalStateException("unknown upstream " + name + " (known: " + byName.keySet() + ")");
        }
        return upstream;
    }

    void close(@Observes ShutdownEvent event) {
        byName.values().forEach(Upstream::close);
    }
}
