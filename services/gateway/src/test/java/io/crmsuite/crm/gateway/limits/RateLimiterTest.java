package io.crmsuite.crm.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.gateway.auth.Caller;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private static final RatePolicy.Quota IP = new RatePolicy.Quota(3, Duration.ofMinutes(1));
    private static final RatePolicy.Quota USER = new RatePolicy.Quota(10, Duration.ofMinutes(1));
    private static final RatePolicy.Quota ADMIN = new RatePolicy.Quota(100, Duration.ofMinutes(1));
    private static final RatePolicy.Quota PARTNER = new RatePolicy.Quota(5, Duration.ofMinutes(1));
    private static final RatePolicy.Quota ACME = new RatePolicy.Quota(50, Duration.ofMinutes(1));
    private final RatePolicy policy =
            new RatePolicy(IP, USER, Map.of("crm-admin", ADMIN, "partner", PARTNER), Map.of("partner-acme", ACME));

    private static Caller user(String subject, String... roles) {
        return new Caller(subject, subject, "crm-web", Set.of(roles), "10.0.0.1", "t");
    }

    private static Caller partner(String clientId) {
        return new Caller(
                "sa-" + clientId, "service-account-" + clientId, clientId, Set.of("partner"), "10.0.0.2", "t");
    }

    @Test
    void anonymousCallersShareABucketPerIp() {
        RatePolicy.Decision decision = policy.decide(Caller.anonymous("192.0.2.7"));
        assertEquals("ip:192.0.2.7", decision.key());
        assertEquals(IP, decision.quota());
    }

    @Test
    void usersGetTheMostGenerousOfTheirRolesOrTheDefault() {
        assertEquals(ADMIN, policy.decide(user("u1", "sales-rep", "crm-admin")).quota());
        assertEquals(USER, policy.decide(user("u2", "sales-rep")).quota());
        assertEquals("user:u2", policy.decide(user("u2", "sales-rep")).key());
    }

    @Test
    void partnersAreLimitedPerClientByTheirContractElseByTheRole() {
        assertEquals(ACME, policy.decide(partner("partner-acme")).quota());
        assertEquals(
                "client:partner-acme", policy.decide(partner("partner-acme")).key());
        assertEquals(PARTNER, policy.decide(partner("partner-other")).quota());
    }

    @Test
    void aBucketAdmitsItsBurstThenRefusesWithRetryAfter() {
        RateLimiter limiter = new RateLimiter(policy);
        Caller anonymous = Caller.anonymous("198.51.100.1");
        for (int i = 1; i <= 3; i++) {
            RateLimiter.Verdict verdict = limiter.tryAcquire(anonymous);
            assertTrue(verdict.allowed(), "request " + i);
            assertEquals(3 - i, verdict.remaining());
            assertEquals(3, verdict.limit());
        }
        RateLimiter.Verdict refused = limiter.tryAcquire(anonymous);
        assertFalse(refused.allowed());
        // 3 per minute refill one token every 20 s
        assertTrue(refused.retryAfterSeconds() >= 19 && refused.retryAfterSeconds() <= 20, refused.toString());
        assertTrue(limiter.tryAcquire(Caller.anonymous("198.51.100.2")).allowed(), "another IP has its own bucket");
    }

    @Test
    void switchedOffLimitsAdmitEverything() {
        RateLimiter limiter = RateLimiter.unlimited();
        for (int i = 0; i < 1000; i++) {
            assertTrue(limiter.tryAcquire(Caller.anonymous("203.0.113.9")).allowed());
        }
    }
}
