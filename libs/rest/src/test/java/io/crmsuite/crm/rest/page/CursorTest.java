package io.crmsuite.crm.rest.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsuite.crm.rest.problem.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

    @Test
    void roundTripsThroughAnOpaqueUrlSafeString() {
        Cursor cursor = new Cursor("name", "Müller & Söhne/+?", "4b1c9a2e-0000-4000-8000-000000000001");

        String encoded = cursor.encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+").doesNotContain("Müller");
        assertThat(Cursor.decode(encoded)).isEqualTo(cursor);
    }

    @Test
    void aFlippedCharacterIsRejected() {
        String encoded = new Cursor("name", "Acme", "42").encode();
        for (int i = 0; i < encoded.length(); i++) {
            char[] chars = encoded.toCharArray();
            chars[i] = chars[i] == 'A' ? 'B' : 'A';
            String tampered = new String(chars);
            // the last character may carry unused bits: a change there decodes to the very same cursor
            if (!java.util.Arrays.equals(
                    Base64.getUrlDecoder().decode(tampered),
                    Base64.getUrlDecoder().decode(encoded))) {
                assertRejected(tampered);
            }
        }
    }

    @Test
    void anEditedValueWithTheOldCheckIsRejected() {
        String json = new String(
                Base64.getUrlDecoder().decode(new Cursor("name", "Acme", "42").encode()), StandardCharsets.UTF_8);
        String edited = json.replace("Acme", "Acmf");

        assertRejected(Base64.getUrlEncoder().withoutPadding().encodeToString(edited.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "!!!!", "e30", "W10", "eyJzIjoxfQ", "bnVsbA"})
    void garbageIsA400NamingTheCursor(String encoded) {
        assertRejected(encoded);
    }

    @Test
    void trailingBytesAreRejected() {
        assertRejected(new Cursor("name", "Acme", "42").encode() + "AA");
        assertRejected(base64(new String(
                        Base64.getUrlDecoder().decode(new Cursor("name", "Acme", "42").encode()),
                        StandardCharsets.UTF_8)
                + "{}"));
    }

    @Test
    void anOverlongCursorIsRejectedBeforeDecoding() {
        assertRejected("A".repeat(Cursor.MAX_ENCODED_LENGTH + 1));
    }

    @Test
    void jsonWithExtraOrMissingFieldsIsRejected() {
        assertRejected(base64("{\"s\":\"name\",\"v\":\"A\",\"i\":\"1\"}"));
        assertRejected(base64("{\"s\":\"name\",\"v\":\"A\",\"i\":\"1\",\"c\":\"x\",\"extra\":\"y\"}"));
        assertRejected(base64("{\"s\":\"name\",\"v\":1,\"i\":\"1\",\"c\":\"x\"}"));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRejected(String encoded) {
        assertThatThrownBy(() -> Cursor.decode(encoded))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> {
                    var problem = ((InvalidRequestException) e).toProblem();
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.errors()).extracting("field").containsExactly("cursor");
                });
    }
}
