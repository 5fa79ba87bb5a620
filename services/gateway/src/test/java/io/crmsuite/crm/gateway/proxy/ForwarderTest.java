package io.crmsuite.crm.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crmsuite.crm.gateway.config.GatewayConfig;
import io.vertx.core.Vertx;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ForwarderTest {
    private static final Vertx VERTX = Vertx.vertx();

    @AfterAll
    static void close() {
        VERTX.close();
    }

    private static Upstream upstream(String url) {
        return new Upstream(
                "lead-service",
                new GatewayConfig.Upstream() {
                    public String url() {
                        return url;
                    }

                    public int maxConnections() {
                        return 1;
                    }

                    public int breakerFailures() {
                        return 1;
                    }

                    public Duration breakerOpenFor() {
                        return Duration.ofSeconds(1);
                    }
                },
                VERTX);
    }

    @Test
    void linksIntoTheUpstreamPointThroughTheGateway() {
        Upstream lead = upstream("http://lead-service:8080");
        assertEquals(
                "https://crm.example.com/api/v1/leads/42",
                Forwarder.outward(
                        "Location", "http://lead-service:8080/api/v1/leads/42", lead, "https://crm.example.com"));
        assertEquals(
                "https://elsewhere.example/x",
                Forwarder.outward("location", "https://elsewhere.example/x", lead, "https://crm.example.com"));
        assertEquals(
                "http://lead-service:8080/api/v1/leads/42",
                Forwarder.outward("Link", "http://lead-service:8080/api/v1/leads/42", lead, "https://crm.example.com"));
    }
}
