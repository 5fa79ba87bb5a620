package io.crmsuite.crm.rest.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 (hex) of a request body. A {@code String} or {@code byte[]} is hashed as is; any other object (the
 * request DTO) as canonical JSON with sorted object keys, so the same content in another property order or spacing is
 * the same request.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {}

    public static String of(Object request, ObjectMapper mapper) {
        byte[] bytes;
        if (request == null) {
            bytes = new byte[0];
        } else if (request instanceof byte[] raw) {
            bytes = raw;
        } else if (request instanceof String text) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = canonicalJson(request, mapper);
        }
        return sha256(bytes);
    }

    static byte[] canonicalJson(Object request, ObjectMapper mapper) {
        try {
            return mapper.writeValueAsBytes(sorted(mapper.valueToTree(request), mapper));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "request of type " + request.getClass().getName() + " is not JSON", e);
        }
    }

    private static JsonNode sorted(JsonNode node, ObjectMapper mapper) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = mapper.createObjectNode();
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            for (String name : names) {
                copy.set(name, sorted(object.get(name), mapper));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = mapper.createArrayNode();
            array.forEach(element -> copy.add(sorted(element, mapper)));
            return copy;
        }
        return node;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
