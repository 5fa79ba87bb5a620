package io.crmsuite.crm.rest.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BodySizeLimitTest {
    private static final Optional<MemorySize> TEN_K = Optional.of(new MemorySize(BigInteger.valueOf(10240)));
    private static final Optional<MemorySize> ONE_M = Optional.of(new MemorySize(BigInteger.valueOf(1 << 20)));

    @Test
    void defaultsToQuarkusLimit() {
        assertThat(BodySizeLimit.effectiveLimit(Optional.empty(), ONE_M)).isEqualTo(1 << 20);
    }

    @Test
    void takesTheSmallerOfBoth() {
        assertThat(BodySizeLimit.effectiveLimit(TEN_K, ONE_M)).isEqualTo(10240);
        assertThat(BodySizeLimit.effectiveLimit(ONE_M, TEN_K)).isEqualTo(10240);
    }

    @Test
    void isOffWhenNeitherIsSet() {
        assertThat(BodySizeLimit.effectiveLimit(Optional.empty(), Optional.empty()))
                .isEqualTo(-1);
        assertThat(BodySizeLimit.effectiveLimit(TEN_K, Optional.empty())).isEqualTo(10240);
    }
}
