package io.crmsuite.crm.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The two ways to get a token of the {@code crm} realm, as OAuth2 schemes: authorization code with PKCE (S256) for the
 * web console (public client {@code crm-web}), client credentials for partners and integrations (a confidential client
 * whose service account holds the roles, e.g. {@code partner-acme}). No scopes: what an operation needs are realm roles,
 * which Keycloak puts in the token by itself; each operation lists them in {@code x-roles} (asking Keycloak for a role
 * as a scope would fail the token request).
 */
final class SecuritySchemes {
    static final String WEB = "crmWeb";
    static final String CLIENT_CREDENTIALS = "clientCredentials";

    private SecuritySchemes() {}

    /** Adds both schemes, with the realm's endpoints under {@code issuer} (e.g. http://127.0.0.1:8180/realms/crm). */
    static void addTo(Components components, String issuer) {
        String endpoints = issuer + "/protocol/openid-connect";
        components.addSecurityScheme(
                WEB,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .description("The web console: authorization code with PKCE (S256), public client `crm-web`."
                                + " The token carries the user's realm roles and the `team` and `region` attributes.")
                        .flows(OASFactory.createOAuthFlows()
                                .authorizationCode(OASFactory.createOAuthFlow()
                                        .authorizationUrl(endpoints + "/auth")
                                        .tokenUrl(endpoints + "/token")
                                        .refreshUrl(endpoints + "/token")
                                        .scopes(new java.util.LinkedHashMap<>()))));
        components.addSecurityScheme(
                CLIENT_CREDENTIALS,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .description("Partners and integrations: client credentials of a confidential client whose"
                                + " service account holds the roles (partners: `partner`, e.g. client `partner-acme`).")
                        .flows(OASFactory.createOAuthFlows()
                                .clientCredentials(OASFactory.createOAuthFlow()
                                        .tokenUrl(endpoints + "/token")
                                        .scopes(new java.util.LinkedHashMap<>()))));
    }
}
