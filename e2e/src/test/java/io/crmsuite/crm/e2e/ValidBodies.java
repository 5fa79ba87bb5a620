package io.crmsuite.crm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.testkit.openapi.ApiOperation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A valid body for each write operation, fresh per call (unique names and external ids, records to merge), so that a
 * call fails only for the caller's role or scope. An operation without an entry here sends its document's example: a
 * new operation is exercised with what its document promises.
 */
final class ValidBodies {
    private static final Map<String, Supplier<Object>> BODIES = Map.ofEntries(
            Map.entry(
                    "POST /api/v1/web-forms/leads",
                    () -> Map.of(
                            "name",
                            "Form Person",
                            "email",
                            Api.unique("form") + "@example.com",
                            "consent",
                            Map.of("given", true, "text", "Contact me"))),
            Map.entry(
                    "POST /api/v1/leads",
                    () -> Map.of("name", "Matrix Created", "region", "West China", "externalId", Api.unique("ext"))),
            Map.entry("PATCH /api/v1/leads/{}", () -> Map.of("notes", "changed by the matrix")),
            Map.entry("POST /api/v1/leads/{}/status", () -> Map.of("status", "WORKING")),
            Map.entry("POST /api/v1/leads/{}/convert", Map::of),
            Map.entry(
                    "POST /api/v1/leads/{}/interactions",
                    () -> Map.of("type", "CALL", "occurredAt", Instant.now().toString())),
            Map.entry(
                    "POST /api/v1/leads/{}/assign",
                    () -> Map.of("ownerId", Api.subject(Fixtures.OWNER), "team", "east")),
            Map.entry("PUT /api/v1/assignment-rules", JourneyIT::plan),
            Map.entry("PUT /api/v1/scoring-model", ValidBodies::currentScoringModel),
            Map.entry(
                    "POST /api/v1/lead-imports",
                    () -> List.of(
                            Map.of("name", "Matrix Import", "region", "East China", "company", Api.unique("Co")))),
            Map.entry("POST /api/v1/contacts", () -> Map.of("givenName", "Matrix", "familyName", Api.unique("Made"))),
            Map.entry(
                    "PUT /api/v1/contacts/by-external-id/{}",
                    () -> Map.of("givenName", "Matrix", "familyName", Api.unique("Upserted"))),
            Map.entry("PATCH /api/v1/contacts/{}", () -> Map.of("title", "Changed by the matrix")),
            Map.entry(
                    "POST /api/v1/contacts/{}/interactions",
                    () -> Map.of(
                            "kind", "CALL",
                            "direction", "OUTBOUND",
                            "occurredAt", Instant.now().toString(),
                            "summary", "matrix call")),
            Map.entry(
                    "POST /api/v1/contacts/{}/tasks",
                    () -> Map.of(
                            "title",
                            "Matrix task",
                            "dueAt",
                            Instant.now().plusSeconds(86_400).toString())),
            Map.entry("PUT /api/v1/contacts/{}/tasks/{}/status", () -> Map.of("status", "DONE")),
            // withdrawing marketing keeps the contact out of marketers' sight, as the matrix assumes
            Map.entry(
                    "POST /api/v1/contacts/{}/consents",
                    () -> Map.of(
                            "channel", "EMAIL",
                            "purpose", "MARKETING",
                            "status", "WITHDRAWN",
                            "source", "rbac matrix",
                            "legalBasis", "consent")),
            Map.entry("POST /api/v1/contacts/{}/merge", () -> Map.of("mergeId", Fixtures.newContact())),
            Map.entry(
                    "POST /api/v1/contacts/{}/owner",
                    () -> Map.of("ownerId", Api.subject("rep.east2"), "team", "east")),
            Map.entry("POST /api/v1/accounts", () -> Map.of("name", Api.unique("Matrix Account"))),
            Map.entry("PATCH /api/v1/accounts/{}", () -> Map.of("website", "https://matrix.example.com")),
            Map.entry("POST /api/v1/accounts/{}/merge", () -> Map.of("mergeId", Fixtures.newAccount())),
            Map.entry(
                    "POST /api/v1/imports/contacts",
                    () -> List.of(Map.of("givenName", "Matrix", "familyName", Api.unique("Imported")))),
            Map.entry("POST /api/v1/imports/accounts", () -> List.of(Map.of("name", Api.unique("Matrix Imported")))),
            Map.entry(
                    "POST /api/v1/purchases",
                    () -> Map.of(
                            "purchases",
                            List.of(Map.of(
                                    "contactId", Fixtures.newContact(),
                                    "opportunityId", UUID.randomUUID().toString(),
                                    "amount", Map.of("amount", 100, "currency", "CNY"),
                                    "purchasedAt",
                                            Instant.now().minusSeconds(60).toString())))));

    private ValidBodies() {}

    /** The body for {@code operation} ({@code null} when it takes none). */
    static Object of(ApiOperation operation) {
        if (!operation.hasBody()) {
            return null;
        }
        Supplier<Object> body = BODIES.get(operation.method() + " " + RbacTable.placeholdersErased(operation.path()));
        if (body != null) {
            return body.get();
        }
        return example(operation);
    }

    /** The first example of the operation's JSON body in its document. */
    static JsonNode example(ApiOperation operation) {
        JsonNode content = operation.node().path("requestBody").path("content");
        for (String type : operation.bodyMediaTypes()) {
            if (type.contains("json")) {
                JsonNode examples = content.path(type).path("examples");
                if (examples.elements().hasNext()) {
                    return examples.elements().next().path("value");
                }
                return content.path(type).path("example");
            }
        }
        throw new IllegalStateException(operation.key() + " has no JSON body example");
    }

    /** The JSON media type to send the operation's body as. */
    static String mediaType(ApiOperation operation) {
        return operation.bodyMediaTypes().stream()
                .filter(type -> type.contains("json"))
                .findFirst()
                .orElse("application/json");
    }

    /** The scoring model in force: publishing it again changes no score (other tests rely on the defaults). */
    private static Object currentScoringModel() {
        return Api.as("admin")
                .get("/api/v1/scoring-model")
                .then()
                .statusCode(200)
                .extract()
                .as(Object.class);
    }
}
