package io.crmsuite.crm.gateway.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * One Vert.x event loop per two available CPUs for the gateway, at least one (Quarkus' default is two per CPU). A
 * proxy's own work per request is small next to the kernel's (socket reads and writes of two hops, wake-ups): with
 * fewer loops each wake-up finds more requests ready, and the other CPUs are left to that kernel work. Measured on 2
 * CPUs: one loop cost 0.11 ms of CPU per proxied GET against 0.14–0.16 ms with two. Ordinal 150:
 * application.properties, system properties and the environment ({@code QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE}) win.
 */
public class EventLoopsConfigSource implements ConfigSource {
    static final String KEY = "quarkus.vertx.event-loops-pool-size";
    private final Map<String, String> values =
            Map.of(KEY, String.valueOf(Math.max(1, Runtime.getRuntime().availableProcessors() / 2)));

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "crm-gateway-event-loops";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }
}
