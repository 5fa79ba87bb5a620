package io.crmsuite.crm.gateway.limits;

import io.crmsuite.crm.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The rate limiter of this replica, from {@code crm.gateway.rate-limits.*}. */
@ApplicationScoped
public class RateLimits {

    @Produces
    @Singleton
    RateLimiter rateLimiter(GatewayConfig config) {
        GatewayConfig.RateLimits limits = config.rateLimits();
        if (!limits.enabled()) {
            return RateLimiter.unlimited();
        }
        return new RateLimiter(RatePolicy.from(limits));
    }
}
