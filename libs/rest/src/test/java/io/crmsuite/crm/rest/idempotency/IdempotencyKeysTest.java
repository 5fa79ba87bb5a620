package io.crmsuite.crm.rest.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmsuite.crm.rest.problem.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "5f0c8f9e-8d6b-4a8e-9a53-5c1b0c8c0a11", "order:2026/42#retry!~"})
    void visibleAsciiKeysAreValid(String key) {
        assertThat(IdempotencyKeys.requireValid(key)).isEqualTo(key);
    }

    @Test
    void upTo255CharactersAreAllowed() {
        assertThat(IdempotencyKeys.isValid("k".repeat(255))).isTrue();
        assertThat(IdempotencyKeys.isValid("k".repeat(256))).isFalse();
    }

    @Test
    void anAbsentKeyMeansNoIdempotency() {
        assertThat(IdempotencyKeys.requireValid(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "with space", "tab\tkey", "ümlaut", "line\nbreak"})
    void otherKeysAreA400NamingTheHeader(String key) {
        assertThatThrownBy(() -> IdempotencyKeys.requireValid(key))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(
                                ((InvalidRequestException) e).toProblem().errors())
                        .extracting("field")
                        .containsExactly("Idempotency-Key"));
    }

    @Test
    void theScopeJoinsCallerMethodAndRoute() {
        assertThat(new IdempotencyScope("rep.east1", "post", "/api/v1/leads").value())
                .isEqualTo("rep.east1 POST /api/v1/leads");
        assertThat(IdempotencyScope.of(null, "POST", "/r").caller()).isEqualTo("anonymous");
        assertThatThrownBy(() -> new IdempotencyScope(" ", "POST", "/r")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdempotencyScope("a\nb", "POST", "/r"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
