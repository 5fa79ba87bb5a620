package io.crmsuite.crm.rest.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;

/**
 * The position after the last row of a page: the sort key's name, that row's sort value and its id. Opaque to clients:
 * base64url (no padding) of {@code {"s":sort,"v":value,"i":id,"c":check}}, where {@code c} is a short digest that
 * catches edited or corrupted cursors. It is not a signature: a forged cursor only moves the position, and the
 * visibility rules live in the query, so it reveals nothing. Anything that does not decode is a 400 problem.
 */
public record Cursor(String sort, String value, String id) {
    public static final int MAX_ENCODED_LENGTH = 1024;
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> FIELDS = Set.of("s", "v", "i", "c");

    public Cursor {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(value, "value (sort columns must be non-null)");
        Objects.requireNonNull(id, "id");
    }

    public String encode() {
        ObjectNode node = JSON.createObjectNode()
                .put("s", sort)
                .put("v", value)
                .put("i", id)
                .put("c", check());
        byte[] json = node.toString().getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
    }

    /** Decodes a client's cursor; a 400 problem (field {@code cursor}) when it is not one of ours. */
    public static Cursor decode(String encoded) {
        if (encoded == null || encoded.isEmpty() || encoded.length() > MAX_ENCODED_LENGTH) {
            throw invalid();
        }
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(encoded));
            if (!(node instanceof ObjectNode object) || object.size() != FIELDS.size()) {
                throw invalid();
            }
            for (String field : FIELDS) {
                if (!object.path(field).isTextual()) {
                    throw invalid();
                }
            }
            Cursor cursor = new Cursor(
                    object.get("s").asText(),
                    object.get("v").asText(),
                    object.get("i").asText());
            if (!cursor.check().equals(object.get("c").asText())) {
                throw invalid();
            }
            return cursor;
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid();
        }
    }

    /** The 400 problem for a cursor that cannot be used (also for one made for another sort). */
    public static InvalidRequestException invalid() {
        return InvalidRequestException.forField(
                "cursor", "is not a valid cursor for this list; start again without it");
    }

    private String check() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {sort, value, id}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
