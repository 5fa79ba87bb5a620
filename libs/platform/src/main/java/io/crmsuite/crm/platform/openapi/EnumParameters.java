package io.crmsuite.crm.platform.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Enumerated query parameters are read case-insensitively (libs/rest's converters): their description says so. */
final class EnumParameters {
    static final String NOTE = "Case-insensitive.";

    private EnumParameters() {}

    static void noteCaseInsensitivity(Operation operation, Components components) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() != Parameter.In.QUERY || enumeration(parameter.getSchema(), components) == null) {
                continue;
            }
            String description = parameter.getDescription();
            if (description == null || description.isBlank()) {
                parameter.setDescription(NOTE);
            } else if (!description.contains(NOTE)) {
                parameter.setDescription(description + " " + NOTE);
            }
        }
    }

    private static List<Object> enumeration(Schema schema, Components components) {
        if (schema == null) {
            return null;
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration();
        }
        String ref = schema.getRef();
        if (ref != null && components.getSchemas() != null) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            return enumeration(components.getSchemas().get(name), components);
        }
        return null;
    }
}
