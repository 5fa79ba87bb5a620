package io.crmsuite.crm.rest;

import static io.crmsuite.crm.rest.testapp.ProblemAssertions.assertProblem;
import static io.crmsuite.crm.rest.testapp.WidgetClient.WIDGETS;
import static io.crmsuite.crm.rest.testapp.WidgetClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** quarkus.http.limits.max-body-size is 64K in the test config: larger bodies are a 413 problem. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_rest"))
class BodySizeLimitIT {
    private static final int LIMIT = 64 * 1024;

    @TestHTTPResource(WIDGETS)
    URI widgets;

    @Test
    void aDeclaredContentLengthOverTheLimitIs413() {
        String body = "{\"name\":\"" + "x".repeat(LIMIT + 10) + "\",\"color\":\"RED\"}";

        assertProblem(json().body(body).post(WIDGETS), 413, "payload-too-large")
                .body("detail", containsString("65536 bytes"));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        HttpResponse<String> response = postChunked("{\"name\":\"" + "x".repeat(3 * LIMIT) + "\",\"color\":\"RED\"}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:crm:problem:payload-too-large");
        assertThat(problem.get("status").asInt()).isEqualTo(413);
    }

    @Test
    void aChunkedBodyUnderTheLimitStillReachesTheResource() throws Exception {
        HttpResponse<String> response =
                postChunked("{\"name\":\"chunked-" + System.nanoTime() + "\",\"color\":\"GREEN\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"color\":\"GREEN\"");
    }

    @Test
    void aBodyJustUnderTheLimitIsNotRejectedForItsSize() {
        String padding = " ".repeat(LIMIT - 200);
        String body = "{\"name\":\"under-" + System.nanoTime() + "\",\"color\":\"RED\"}" + padding;

        json().body(body).post(WIDGETS).then().statusCode(201);
    }

    /** Java's client streams an InputStream body with chunked transfer encoding (no Content-Length). */
    private HttpResponse<String> postChunked(String body) throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build()) {
            HttpRequest request = HttpRequest.newBuilder(widgets)
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
