package io.crmsuite.crm.rest.etag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.PreconditionFailedException;
import io.crmsuite.crm.rest.problem.PreconditionRequiredException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ETagsTest {

    @Test
    void anETagIsTheQuotedVersion() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
        assertThat(ETags.of(0)).isEqualTo("\"0\"");
        assertThat(ETags.entityTag(7).toString()).isEqualTo("\"7\"");
        assertThat(ETags.entityTag(7).isWeak()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"7\"", "W/\"7\"", "*", " * ", "\"6\", \"7\"", "\"6\",W/\"7\"", "\"7\" ,", ",\"7\""})
    void matchingHeadersPass(String ifMatch) {
        assertThatCode(() -> ETags.requireMatch(ifMatch, 7)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireIfMatch(ifMatch, 7)).doesNotThrowAnyException();
    }

    @Test
    void anAbsentHeaderPassesUnlessRequired() {
        assertThatCode(() -> ETags.requireMatch(null, 7)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("  ", 7)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ETags.requireIfMatch(null, 7))
                .isInstanceOf(PreconditionRequiredException.class)
                .satisfies(e ->
                        assertThat(((PreconditionRequiredException) e).status()).isEqualTo(428));
        assertThatThrownBy(() -> ETags.requirePresent("")).isInstanceOf(PreconditionRequiredException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"6\"", "W/\"6\"", "\"70\"", "\"6\", \"8\"", "\"\""})
    void staleTagsFailWith412(String ifMatch) {
        assertThatThrownBy(() -> ETags.requireMatch(ifMatch, 7))
                .isInstanceOf(PreconditionFailedException.class)
                .satisfies(e ->
                        assertThat(((PreconditionFailedException) e).status()).isEqualTo(412));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "\"7", "W/7", "\"7\" \"8\"", "w/\"7\"", ",", "\"a b\""})
    void malformedHeadersAreA400NamingIfMatch(String ifMatch) {
        assertThatThrownBy(() -> ETags.requireMatch(ifMatch, 7))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(
                                ((InvalidRequestException) e).toProblem().errors())
                        .extracting("field")
                        .containsExactly("If-Match"));
    }

    @Test
    void aTagMayContainACommaInsideItsQuotes() {
        assertThat(IfMatch.parse("\"a,b\", \"7\"").opaqueTags()).containsExactly("a,b", "7");
    }

    @Test
    void okCarriesTheEntityAndTheVersionTag() {
        jakarta.ws.rs.core.Response response = ETags.ok("body", 7);
        org.junit.jupiter.api.Assertions.assertEquals(200, response.getStatus());
        org.junit.jupiter.api.Assertions.assertEquals("body", response.getEntity());
        org.junit.jupiter.api.Assertions.assertEquals(
                "7", response.getEntityTag().getValue());
        org.junit.jupiter.api.Assertions.assertFalse(response.getEntityTag().isWeak());
    }
}
