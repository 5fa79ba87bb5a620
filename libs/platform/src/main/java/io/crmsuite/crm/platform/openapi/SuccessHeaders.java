package io.crmsuite.crm.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Success headers that mean the same on every operation ({@code Location}, {@code ETag}): an operation names them
 * ({@code @Header(name = "ETag")}) and gets the standard description and schema.
 */
final class SuccessHeaders {
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "Location", "The URL of the created record (or of the job to poll)",
            "ETag", "The record's version (`\"3\"`): send it as `If-Match` to change the record");

    private SuccessHeaders() {}

    static void describe(APIResponse response) {
        if (response.getHeaders() == null) {
            return;
        }
        response.getHeaders().forEach((name, header) -> {
            String description = DESCRIPTIONS.get(name);
            if (description == null) {
                return;
            }
            if (header.getDescription() == null || header.getDescription().isBlank()) {
                header.setDescription(description);
            }
            if (header.getSchema() == null) {
                header.setSchema(OASFactory.createSchema().addType(SchemaType.STRING));
            }
        });
    }
}
