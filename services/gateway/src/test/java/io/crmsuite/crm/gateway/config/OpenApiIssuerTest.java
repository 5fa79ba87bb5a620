package io.crmsuite.crm.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OpenApiIssuerTest {

    @Test
    void theRealmsEndpointsMoveToTheTrustedIssuer() {
        assertEquals(
                "https://id.example.com/realms/crm/protocol/openid-connect/token",
                OpenApiIssuer.moved(
                        "http://127.0.0.1:8180/realms/crm/protocol/openid-connect/token",
                        "https://id.example.com/realms/crm/"));
    }

    @Test
    void otherUrlsStayAsTheyAre() {
        assertEquals(
                "https://elsewhere.example.com/token",
                OpenApiIssuer.moved("https://elsewhere.example.com/token", "https://id.example.com/realms/crm"));
        assertNull(OpenApiIssuer.moved(null, "https://id.example.com/realms/crm"));
    }
}
