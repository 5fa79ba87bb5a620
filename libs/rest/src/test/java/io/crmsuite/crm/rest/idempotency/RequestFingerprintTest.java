package io.crmsuite.crm.rest.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Input(String name, List<String> tags, Map<String, Object> attributes) {}

    @Test
    void theSameContentInAnotherOrderHasTheSameFingerprint() throws Exception {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", Map.of("y", 2, "x", 1));
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", Map.of("x", 1, "y", 2));
        ba.put("a", 1);

        assertThat(RequestFingerprint.of(new Input("n", List.of("t"), ab), JSON))
                .isEqualTo(RequestFingerprint.of(new Input("n", List.of("t"), ba), JSON))
                .isEqualTo(RequestFingerprint.of(
                        JSON.readTree(
                                "{\"tags\":[\"t\"],\"attributes\":{\"b\":{\"y\":2,\"x\":1},\"a\":1},\"name\":\"n\"}"),
                        JSON))
                .hasSize(64);
    }

    @Test
    void anyDifferenceChangesIt() {
        assertThat(RequestFingerprint.of(new Input("n", List.of("a", "b"), Map.of()), JSON))
                .isNotEqualTo(RequestFingerprint.of(new Input("n", List.of("b", "a"), Map.of()), JSON))
                .isNotEqualTo(RequestFingerprint.of(new Input("m", List.of("a", "b"), Map.of()), JSON));
    }

    @Test
    void rawBodiesAreHashedAsTheyAre() {
        assertThat(RequestFingerprint.of("{\"a\":1}", JSON))
                .isEqualTo(RequestFingerprint.of("{\"a\":1}".getBytes(StandardCharsets.UTF_8), JSON))
                .isNotEqualTo(RequestFingerprint.of("{ \"a\":1}", JSON));
        assertThat(RequestFingerprint.of(null, JSON))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
