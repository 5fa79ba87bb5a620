package io.crmsuite.crm.platform.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The RFC 9457 problem every error response carries ({@code application/problem+json}), as {@code libs/rest} writes it:
 * the standard members, the field list of a 400 and the request id, mirroring {@code Problem} and {@code FieldError}
 * of libs/rest (the end-to-end suite checks real problems against it).
 */
final class ProblemSchema {
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemSchema() {}

    static void addTo(Components components) {
        components.addSchema(FIELD_ERROR, fieldError());
        components.addSchema(PROBLEM, problem());
    }

    static Schema reference() {
        return OASFactory.createSchema().ref(PROBLEM);
    }

    private static Schema problem() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail. `type` is `urn:crm:problem:<slug>` (e.g."
                        + " `urn:crm:problem:validation`); extension members (such as `candidates` of a duplicate"
                        + " conflict) sit at the top level.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", text("Problem type, `urn:crm:problem:<slug>`", "urn:crm:problem:validation"))
                .addProperty("title", text("Short summary of the problem type", "Validation failed"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(SchemaType.INTEGER)
                                .format("int32")
                                .description("The HTTP status")
                                .example(400))
                .addProperty("detail", text("What went wrong, for a human", "One or more fields are invalid."))
                .addProperty("instance", text("The request path", "/api/v1/leads"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(SchemaType.ARRAY)
                                .description("Validation problems only: one entry per invalid field, query parameter"
                                        + " or header")
                                .items(OASFactory.createSchema().ref(FIELD_ERROR)))
                .addProperty(
                        "requestId",
                        text("Quote it when reporting a problem; also sent as X-Request-Id", "3a2267b1c4e5"));
    }

    private static Schema fieldError() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .required(List.of("message"))
                .addProperty(
                        "field",
                        text(
                                "JSON path in the body (`address.country`, `tags[1]`), or a query parameter or header"
                                        + " name",
                                "email"))
                .addProperty("message", text("What the value must be", "must be a well-formed email address"))
                .addProperty(
                        "allowedValues",
                        OASFactory.createSchema()
                                .addType(SchemaType.ARRAY)
                                .description("For an enumerated value: the values accepted")
                                .items(OASFactory.createSchema().addType(SchemaType.STRING)));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema()
                .addType(SchemaType.STRING)
                .description(description)
                .example(example);
    }
}
