package io.crmsuite.crm.gateway.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * One Vert.x event loop per available CPU for the gateway (Quarkus' default is two per CPU). A proxy spends its time
 * in the HTTP codecs of two hops; with more loops than cores they only take turns on the same CPUs. Ordinal 150:
 * application.properties, system properties and the environment ({@code QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE}) win.
 */
public class EventLoopsConfigSource implements ConfigSource {
    static final String KEY = "quarkus.vertx.event-loops-pool-size";
    private final Map<String, String> values =
            Map.of(KEY, String.valueOf(Math.max(1, Runtime.getRuntime().availableProcessors())));

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
