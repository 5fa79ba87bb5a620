package io.crmsuite.crm.gateway.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.crmsuite.crm.gateway.auth.Caller;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * Token buckets (Bucket4j) per IP, user or partner client, held in memory by this gateway replica: with N replicas
 * behind a load balancer a caller gets up to N times the configured rate (see the gateway README for sizing). Idle
 * buckets are forgotten after an hour, and at most 200,000 are kept, so a flood of new IPs cannot exhaust memory.
 */
public final class RateLimiter {
    private final RatePolicy policy;
    private final Cache<RatePolicy.Decision, Bucket> buckets;

    /** A limiter that admits everything (rate limits switched off, e.g. behind a limiting ingress). */
    public static RateLimiter unlimited() {
        return new RateLimiter(null);
    }

    public RateLimiter(RatePolicy policy) {
        this.policy = policy;
        this.buckets = Caffeine.newBuilder()
                // the cache's upkeep runs on the calling thread: on the default pool it woke a ForkJoin thread every
                // few requests (a context switch each, measurable on a busy event loop)
                .executor(Runnable::run)
                .expireAfterAccess(Duration.ofHours(1))
                .maximumSize(200_000)
                .build();
    }

    public Verdict tryAcquire(Caller caller) {
        if (policy == null) {
            return new Verdict(true, Long.MAX_VALUE, Long.MAX_VALUE, 0, 0);
        }
        RatePolicy.Decision decision = policy.decide(caller);
        RatePolicy.Quota quota = decision.quota();
        Bucket bucket = buckets.get(decision, key -> newBucket(quota));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long resetSeconds = ceilSeconds(probe.getNanosToWaitForReset());
        if (probe.isConsumed()) {
            return new Verdict(true, quota.requests(), probe.getRemainingTokens(), resetSeconds, 0);
        }
        return new Verdict(
                false, quota.requests(), 0, resetSeconds, Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill())));
    }

    private static Bucket newBucket(RatePolicy.Quota quota) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(quota.requests())
                        .refillGreedy(quota.requests(), quota.period())
                        .build())
                .build();
    }

    private static long ceilSeconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    /**
     * The outcome, with what the RateLimit headers say: the bucket size, what is left, seconds until it is full again,
     * and for a refusal the seconds until the next request is allowed ({@code Retry-After}).
     */
    public record Verdict(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {}
}
