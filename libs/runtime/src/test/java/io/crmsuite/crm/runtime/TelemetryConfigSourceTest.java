package io.crmsuite.crm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TelemetryConfigSourceTest {
    @Test
    void sdkIsOffWithoutACollector() {
        TelemetryConfigSource source = new TelemetryConfigSource(Map.of());
        assertEquals("true", source.getValue("quarkus.otel.sdk.disabled"));
        assertNull(source.getValue("quarkus.otel.exporter.otlp.endpoint"));
    }

    @Test
    void blankEndpointCountsAsNone() {
        assertEquals(
                "true",
                new TelemetryConfigSource(Map.of(TelemetryConfigSource.ENDPOINT_ENV, "  "))
                        .getValue("quarkus.otel.sdk.disabled"));
    }

    @Test
    void sdkExportsToTheGivenCollector() {
        TelemetryConfigSource source =
                new TelemetryConfigSource(Map.of(TelemetryConfigSource.ENDPOINT_ENV, "http://otel:4317"));
        assertEquals("false", source.getValue("quarkus.otel.sdk.disabled"));
        assertEquals("http://otel:4317", source.getValue("quarkus.otel.exporter.otlp.endpoint"));
    }

    @Test
    void aServiceSettingStillWins() {
        // application.properties has ordinal 250
        assertEquals(200, new TelemetryConfigSource(Map.of()).getOrdinal());
    }
}
