package io.crmsuite.crm.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns the OpenTelemetry SDK on only when the standard {@code OTEL_EXPORTER_OTLP_ENDPOINT} is set, and points the
 * exporter there; otherwise the SDK is off, so a service without a collector neither exports nor logs export errors.
 * Ordinal 200: above the libraries' defaults, below a service's application.properties (250), system properties and
 * environment, so that an explicit setting still wins.
 */
public class TelemetryConfigSource implements ConfigSource {
    static final String ENDPOINT_ENV = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private final Map<String, String> properties;

    public TelemetryConfigSource() {
        this(System.getenv());
    }

    TelemetryConfigSource(Map<String, String> env) {
        this.properties = propertiesFor(env.get(ENDPOINT_ENV));
    }

    static Map<String, String> propertiesFor(String endpoint) {
        Map<String, String> values = new HashMap<>();
        if (endpoint == null || endpoint.isBlank()) {
            values.put("quarkus.otel.sdk.disabled", "true");
        } else {
            values.put("quarkus.otel.sdk.disabled", "false");
            values.put("quarkus.otel.exporter.otlp.endpoint", endpoint.trim());
        }
        return Map.copyOf(values);
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "crm-telemetry";
    }

    @Override
    public int getOrdinal() {
        return 200;
    }
}
