package io.crmsuite.crm.gateway.limits;

import io.crmsuite.crm.gateway.auth.Caller;
import io.crmsuite.crm.gateway.config.GatewayConfig;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Which bucket a request draws from, and its size. Anonymous callers of public routes: one bucket per IP. Partners: one
 * bucket per OAuth client, sized by {@code clients.<id>} or else the partner role. Everyone else: one bucket per user,
 * sized by the most generous of their roles' limits, or else the user default.
 */
public final class RatePolicy {
    private final Quota publicIp;
    private final Quota user;
    private final Map<String, Quota> roles;
    private final Map<String, Quota> clients;

    public RatePolicy(Quota publicIp, Quota user, Map<String, Quota> roles, Map<String, Quota> clients) {
        this.publicIp = publicIp;
        this.user = user;
        this.roles = Map.copyOf(roles);
        this.clients = Map.copyOf(clients);
    }

    public static RatePolicy from(GatewayConfig.RateLimits config) {
        return new RatePolicy(
                Quota.of(config.publicIp()),
                Quota.of(config.user()),
                config.roles().entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Quota.of(e.getValue()))),
                config.clients().entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Quota.of(e.getValue()))));
    }

    public Decision decide(Caller caller) {
        if (!caller.authenticated()) {
            return new Decision("ip:" + caller.ip(), publicIp);
        }
        if (caller.isPartner() && caller.clientId() != null) {
            Quota quota = Optional.ofNullable(clients.get(caller.clientId()))
                    .or(() -> Optional.ofNullable(roles.get("partner")))
                    .orElse(user);
            return new Decision("client:" + caller.clientId(), quota);
        }
        Quota quota = caller.roles().stream()
                .map(roles::get)
                .filter(java.util.Objects::nonNull)
                .max(Comparator.comparingDouble(Quota::perSecond))
                .orElse(user);
        return new Decision("user:" + caller.subject(), quota);
    }

    /** {@code requests} per {@code period}; a bucket holds at most {@code requests}. */
    public record Quota(int requests, Duration period) {
        public Quota {
            if (requests <= 0 || period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("a rate limit needs requests > 0 and a positive period");
            }
        }

        static Quota of(GatewayConfig.Limit limit) {
            return new Quota(limit.requests(), limit.period());
        }

        double perSecond() {
            return requests * 1_000.0 / period.toMillis();
        }
    }

    /** The bucket key (IP, client or user — never a token) and its quota. */
    public record Decision(String key, Quota quota) {}
}
