package io.crmsuite.crm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real but unacceptable tokens, issued by the real Keycloak: from a throw-away client of the crm realm that lacks the
 * crm-api audience or whose tokens live one second, and from the master realm (another issuer). The throw-away clients
 * are created through the admin API of the local Keycloak (local demo admin credentials) and deleted afterwards.
 */
final class RogueTokens implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String keycloak = SuiteStack.url("CRM_KEYCLOAK_URL");
    private final String adminToken;
    private final java.util.List<String> createdClients = new java.util.ArrayList<>();

    RogueTokens() {
        adminToken = token(
                "master",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
    }

    /** A master-realm token: right signature scheme, wrong issuer and keys. */
    String fromOtherIssuer() {
        return adminToken;
    }

    /** A token of the crm realm for rep.east1 without the crm-api audience. */
    String withoutAudience() {
        String clientId = client(false, 300);
        return userToken(clientId);
    }

    /** A token of the crm realm for rep.east1 with the audience, valid for one second. */
    String shortLived() {
        String clientId = client(true, 1);
        return userToken(clientId);
    }

    private String userToken(String clientId) {
        return token(
                "crm",
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        clientId,
                        "username",
                        "rep.east1",
                        "password",
                        "rep.east1"));
    }

    private String client(boolean audience, int lifespanSeconds) {
        String clientId = Api.unique("e2e-rogue");
        Map<String, Object> representation = new java.util.HashMap<>(Map.of(
                "clientId", clientId,
                "publicClient", true,
                "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false,
                "attributes", Map.of("access.token.lifespan", String.valueOf(lifespanSeconds))));
        if (audience) {
            representation.put(
                    "protocolMappers",
                    java.util.List.of(Map.of(
                            "name",
                            "audience-crm-api",
                            "protocol",
                            "openid-connect",
                            "protocolMapper",
                            "oidc-audience-mapper",
                            "config",
                            Map.of(
                                    "included.client.audience", "crm-api",
                                    "access.token.claim", "true",
                                    "id.token.claim", "false"))));
        }
        send(
                HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/crm/clients"))
                        .header("Authorization", "Bearer " + adminToken)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(write(representation)))
                        .build(),
                201);
        createdClients.add(clientId);
        return clientId;
    }

    @Override
    public void close() {
        for (String clientId : createdClients) {
            JsonNode found = read(send(
                    HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/crm/clients?clientId=" + clientId))
                            .header("Authorization", "Bearer " + adminToken)
                            .GET()
                            .build(),
                    200));
            for (JsonNode client : found) {
                send(
                        HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/crm/clients/"
                                        + client.get("id").asText()))
                                .header("Authorization", "Bearer " + adminToken)
                                .DELETE()
                                .build(),
                        204);
            }
        }
    }

    private String token(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String answer = send(
                HttpRequest.newBuilder(URI.create(keycloak + "/realms/" + realm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                200);
        return read(answer).get("access_token").asText();
    }

    private static String send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " -> " + response.statusCode()
                        + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
