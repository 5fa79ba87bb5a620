package io.crmsuite.crm.gateway.config;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The services' documents name the local realm's token endpoints (they are checked in, so they cannot know where a
 * deployment's Keycloak is). The combined document the gateway serves points its OAuth2 flows at the realm the gateway
 * itself trusts ({@code quarkus.oidc.auth-server-url}, i.e. {@code CRM_OIDC_ISSUER}), so Swagger UI and partners' code
 * generators get working URLs. Runs once when the gateway starts.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class OpenApiIssuer implements OASFilter {
    static final String CHECKED_IN_ISSUER = "http://127.0.0.1:8180/realms/crm";

    @Override
    public SecurityScheme filterSecurityScheme(SecurityScheme scheme) {
        String issuer = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .orElse(CHECKED_IN_ISSUER);
        if (scheme.getFlows() != null) {
            repoint(scheme.getFlows().getAuthorizationCode(), issuer);
            repoint(scheme.getFlows().getClientCredentials(), issuer);
        }
        return scheme;
    }

    private static void repoint(OAuthFlow flow, String issuer) {
        if (flow == null) {
            return;
        }
        flow.setAuthorizationUrl(moved(flow.getAuthorizationUrl(), issuer));
        flow.setTokenUrl(moved(flow.getTokenUrl(), issuer));
        flow.setRefreshUrl(moved(flow.getRefreshUrl(), issuer));
    }

    static String moved(String url, String issuer) {
        return url != null && url.startsWith(CHECKED_IN_ISSUER)
                ? issuer.replaceAll("/+$", "") + url.substring(CHECKED_IN_ISSUER.length())
                : url;
    }
}
