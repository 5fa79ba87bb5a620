package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The gateway, and only the gateway, is exposed: through an Ingress or a Gateway API HTTPRoute, TLS by reference. */
class ExposureTest {

    private static final String GATEWAY = Chart.RELEASE + "-crm-suite-gateway";

    @Test
    void nothingIsExposedByDefault() {
        Manifests manifests = Chart.render(Scenario.defaults());
        assertTrue(manifests.ofKind("Ingress").isEmpty());
        assertTrue(manifests.ofKind("HTTPRoute").isEmpty());
        manifests
                .ofKind("Service")
                .forEach(s -> assertEquals("ClusterIP", s.at("/spec/type").asText(), s.id()));
    }

    @Test
    void ingressRoutesTheHostToTheGatewayWithTlsFromASecret() {
        Manifest ingress = Chart.render(Scenario.overlay("ingress-tls")).get("Ingress", GATEWAY);
        assertEquals("crm.example.com", ingress.at("/spec/rules/0/host").asText());
        assertEquals(
                GATEWAY,
                ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asText());
        assertEquals(
                "http",
                ingress.at("/spec/rules/0/http/paths/0/backend/service/port/name")
                        .asText());
        assertEquals("crm-example-com-tls", ingress.at("/spec/tls/0/secretName").asText());
        assertEquals("crm.example.com", ingress.at("/spec/tls/0/hosts/0").asText());
        assertEquals("nginx", ingress.at("/spec/ingressClassName").asText());
    }

    @Test
    void httpRouteAttachesToAnExistingGateway() {
        Manifest route = Chart.render(Scenario.overlay("httproute")).get("HTTPRoute", GATEWAY);
        assertEquals("shared-gateway", route.at("/spec/parentRefs/0/name").asText());
        assertEquals("gateway-system", route.at("/spec/parentRefs/0/namespace").asText());
        assertEquals("crm.example.com", route.at("/spec/hostnames/0").asText());
        assertEquals(GATEWAY, route.at("/spec/rules/0/backendRefs/0/name").asText());
        assertEquals(8080, route.at("/spec/rules/0/backendRefs/0/port").asInt());
        assertEquals("/api", route.at("/spec/rules/0/matches/0/path/value").asText(), "only the API is routed");
    }

    @Test
    void httpRouteWithItsOwnGatewayTerminatesTlsWithTheReferencedSecret() {
        Manifests manifests = Chart.render(Scenario.overlay("httproute-gateway"));
        Manifest gateway = manifests.get("Gateway", Chart.RELEASE + "-crm-suite");
        assertEquals("HTTPS", gateway.at("/spec/listeners/0/protocol").asText());
        assertEquals(
                "crm-example-com-tls",
                gateway.at("/spec/listeners/0/tls/certificateRefs/0/name").asText());
        Manifest route = manifests.get("HTTPRoute", GATEWAY);
        assertEquals(gateway.name(), route.at("/spec/parentRefs/0/name").asText());
    }
}
