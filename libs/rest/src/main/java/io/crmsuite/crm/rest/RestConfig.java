package io.crmsuite.crm.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Settings of the REST conventions ({@code crm.rest.*}); every one can be overridden by an environment variable. */
@ConfigMapping(prefix = "crm.rest")
public interface RestConfig {

    /**
     * Largest accepted request body. Unset: {@code quarkus.http.limits.max-body-size} (Quarkus' default 10240K). The
     * effective limit is the smaller of the two, because Quarkus enforces its own limit too (with an empty 413).
     */
    Optional<MemorySize> maxBodySize();

    /**
     * Smaller limits for some paths, by path prefix (the longest matching prefix wins), e.g. {@code
     * crm.rest.path-limits."/api/v1/web-forms"=8K}. They never raise the limit above {@link #maxBodySize()}.
     */
    Map<String, MemorySize> pathLimits();

    PageSettings page();

    IdempotencySettings idempotency();

    interface PageSettings {
        /** Page size when a request gives no {@code limit}. */
        @WithDefault("50")
        int defaultLimit();

        /** Hard cap on {@code limit}; a larger value is rejected with 400 (not clamped). */
        @WithDefault("200")
        int maxLimit();
    }

    interface IdempotencySettings {
        /** How long an Idempotency-Key is remembered (and its first response replayed). */
        @WithDefault("24h")
        Duration retention();

        /** How often expired keys are deleted (read by the scheduler as {@code crm.rest.idempotency.prune-every}). */
        @WithDefault("1h")
        String pruneEvery();

        /** Delay of the first pruning after start ({@code crm.rest.idempotency.prune-delay}). */
        @WithDefault("1m")
        String pruneDelay();
    }
}
