package io.crmsuite.crm.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The parameters of libs/rest's conventions mean the same everywhere, so they are documented once: {@code limit} and
 * {@code cursor} (cursor pagination, {@code crm.rest.page.*}), {@code Idempotency-Key} and {@code If-Match}. A resource
 * that describes one itself keeps its own description.
 */
final class StandardParameters {
    private final Map<String, String> descriptions;
    private final int maxLimit;

    StandardParameters(Config config) {
        int defaultLimit = config.getOptionalValue("crm.rest.page.default-limit", Integer.class)
                .orElse(50);
        this.maxLimit = config.getOptionalValue("crm.rest.page.max-limit", Integer.class)
                .orElse(200);
        this.descriptions = Map.of(
                "query:limit",
                "Page size, 1 to " + maxLimit + " (default " + defaultLimit + "); above the cap is a 400, never a"
                        + " silently shorter page.",
                "query:cursor",
                "The `nextCursor` of the previous page; absent for the first page. Opaque: an edited cursor is a 400.",
                "header:idempotency-key",
                "1 to 255 visible ASCII characters. The same key with the same body replays the first response"
                        + " (`Idempotent-Replayed: true`); with another body it is a 422. Kept 24 hours.",
                "header:if-match",
                "The `ETag` of the version you read (`\"3\"`); a stale one is a 412.");
    }

    void describe(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            String key = parameter.getIn() + ":" + parameter.getName();
            String description = descriptions.get(key.toLowerCase(java.util.Locale.ROOT));
            if (description == null) {
                continue;
            }
            if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
                parameter.setDescription(description);
            }
            if ("limit".equals(parameter.getName()) && parameter.getIn() == Parameter.In.QUERY) {
                parameter.setSchema(OASFactory.createSchema()
                        .addType(SchemaType.INTEGER)
                        .format("int32")
                        .minimum(java.math.BigDecimal.ONE)
                        .maximum(java.math.BigDecimal.valueOf(maxLimit)));
            }
        }
    }
}
