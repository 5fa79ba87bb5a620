package io.crmsuite.crm.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * JSON schemas (src/test/resources/crd-subsets) for the operator resources that have no published model or CRD in a
 * registry reachable here: CloudNativePG Cluster and Database, Keycloak Operator Keycloak and KeycloakRealmImport.
 * They are written from the operators' documented API and list only fields known from that documentation, with
 * additionalProperties false: a field the chart sets that is not listed fails. They are not the operators' CRDs.
 */
final class CrdSubsetSchemas {

    private static final Map<String, String> FILES = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "cnpg-cluster.json",
            "postgresql.cnpg.io/v1/Database", "cnpg-database.json",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", "keycloak-realm-import.json",
            "k8s.keycloak.org/v2alpha1/Keycloak", "keycloak.json");

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private CrdSubsetSchemas() {}

    static boolean covers(String apiVersion, String kind) {
        return FILES.containsKey(apiVersion + "/" + kind);
    }

    static void validate(String apiVersion, String kind, JsonNode object, String id) {
        Set<ValidationMessage> errors =
                schema(FILES.get(apiVersion + "/" + kind)).validate(object);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(id + ": "
                    + errors.stream()
                            .map(ValidationMessage::getMessage)
                            .sorted()
                            .collect(Collectors.joining("; ")));
        }
    }

    private static JsonSchema schema(String file) {
        try (InputStream in = CrdSubsetSchemas.class.getResourceAsStream("/crd-subsets/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing /crd-subsets/" + file);
            }
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
