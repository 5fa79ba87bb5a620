package io.crmsuite.crm.rest.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void nullMembersAreOmittedAndExtensionsSitAtTheTopLevel() throws Exception {
        Problem problem = new ConflictException(
                        "duplicate-contact", "A contact with this email exists.", Map.of("candidates", List.of("c-1")))
                .toProblem()
                .withInstance("/api/v1/contacts");

        JsonNode json = JSON.readTree(JSON.writeValueAsString(problem));

        assertThat(json.get("type").asText()).isEqualTo("urn:crm:problem:duplicate-contact");
        assertThat(json.get("title").asText()).isEqualTo("Conflict");
        assertThat(json.get("status").asInt()).isEqualTo(409);
        assertThat(json.get("detail").asText()).isEqualTo("A contact with this email exists.");
        assertThat(json.get("instance").asText()).isEqualTo("/api/v1/contacts");
        assertThat(json.get("candidates").get(0).asText()).isEqualTo("c-1");
        assertThat(json.has("errors")).isFalse();
        assertThat(json.has("extensions")).isFalse();
        assertThat(json.has("extensionMembers")).isFalse();
        assertThat(json.has("slug")).isFalse();
    }

    @Test
    void fieldErrorsOmitAllowedValuesUnlessGiven() throws Exception {
        Problem problem = InvalidRequestException.validation(List.of(
                        new FieldError("email", "must be a well-formed email address"),
                        new FieldError("tier", "must be one of: A, B", List.of("A", "B"))))
                .toProblem();

        JsonNode errors = JSON.readTree(JSON.writeValueAsString(problem)).get("errors");

        assertThat(errors.get(0).has("allowedValues")).isFalse();
        assertThat(errors.get(1).get("allowedValues").toString()).isEqualTo("[\"A\",\"B\"]");
        assertThat(JSON.writeValueAsString(problem)).startsWith("{\"type\":\"urn:crm:problem:validation\"");
    }

    @Test
    void domainExceptionsCarryNoStackTrace() {
        assertThat(new PreconditionFailedException("stale").getStackTrace()).isEmpty();
        assertThat(new PreconditionFailedException("stale").toProblem().status())
                .isEqualTo(412);
        assertThat(new PreconditionRequiredException("x").toProblem().status()).isEqualTo(428);
        assertThat(new UnprocessableException("x").toProblem().status()).isEqualTo(422);
        assertThat(new PayloadTooLargeException("x").toProblem().status()).isEqualTo(413);
        assertThat(ResourceNotFoundException.of("Lead", 1).toProblem().status()).isEqualTo(404);
    }
}
