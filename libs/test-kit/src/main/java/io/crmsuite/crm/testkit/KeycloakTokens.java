package io.crmsuite.crm.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from the local Keycloak: demo users through the local-only {@code crm-cli} client (password =
 * username), the partner through client credentials. Tokens are cached until shortly before they expire.
 */
public final class KeycloakTokens {
    public static final String PARTNER_CLIENT = "partner-acme";
    public static final String PARTNER_SECRET = "partner-acme-secret";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, CachedToken> CACHE = new ConcurrentHashMap<>();

    private KeycloakTokens() {}

    /** An access token of a demo user, e.g. {@code rep.east1}. */
    public static String forUser(String username) {
        return cached(
                "user:" + username,
                Map.of("grant_type", "password", "client_id", "crm-cli", "username", username, "password", username));
    }

    /** An access token of the partner client (role partner only). */
    public static String forPartner() {
        return cached(
                "partner",
                Map.of(
                        "grant_type",
                        "client_credentials",
                        "client_id",
                        PARTNER_CLIENT,
                        "client_secret",
                        PARTNER_SECRET));
    }

    private static String cached(String key, Map<String, String> form) {
        return CACHE.compute(
                        key, (k, old) -> old != null && Instant.now().isBefore(old.expiresAt()) ? old : fetch(form))
                .token();
    }

    private static CachedToken fetch(Map<String, String> form) {
        String issuer = TestInfrastructure.environmentWithKeycloak().get("CRM_OIDC_ISSUER");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "token request failed: " + response.statusCode() + " " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            return new CachedToken(
                    json.get("access_token").asText(),
                    Instant.now().plusSeconds(json.get("expires_in").asLong() - 30));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable at " + issuer + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record CachedToken(String token, Instant expiresAt) {}
}
