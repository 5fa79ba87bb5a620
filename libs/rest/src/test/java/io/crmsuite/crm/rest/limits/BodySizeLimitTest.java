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

    @Test
    void aPathLimitAppliesBelowItsPrefixOnly() {
        var limits = new java.util.TreeMap<String, Long>(java.util.Map.of("/api/v1/web-forms", 8192L));
        assertThat(BodySizeLimit.limitFor("/api/v1/web-forms/leads", 1 << 20, limits))
                .isEqualTo(8192);
        assertThat(BodySizeLimit.limitFor("/api/v1/leads", 1 << 20, limits)).isEqualTo(1 << 20);
    }

    @Test
    void theLongestMatchingPrefixWins() {
        var limits = new java.util.TreeMap<String, Long>(java.util.Map.of("/api", 4096L, "/api/v1/imports", 65536L));
        assertThat(BodySizeLimit.limitFor("/api/v1/imports/leads", 1 << 20, limits))
                .isEqualTo(65536);
        assertThat(BodySizeLimit.limitFor("/api/v1/leads", 1 << 20, limits)).isEqualTo(4096);
    }

    @Test
    void aPathLimitNeverRaisesTheOverallLimit() {
        var limits = new java.util.TreeMap<String, Long>(java.util.Map.of("/api/v1/imports", 50L << 20));
        assertThat(BodySizeLimit.limitFor("/api/v1/imports/leads", 1 << 20, limits))
                .isEqualTo(1 << 20);
        assertThat(BodySizeLimit.limitFor("/api/v1/imports/leads", -1, limits)).isEqualTo(50L << 20);
        assertThat(BodySizeLimit.limitFor("/other", -1, limits)).isEqualTo(-1);
    }
}
