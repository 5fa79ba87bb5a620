package io.crmsuite.crm.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything the gateway does is configured here ({@code crm.gateway.*}, each key overridable by environment): the
 * upstreams, the routes to them, rate limits and the customer 360 view. Adding a service or a route is configuration.
 */
@ConfigMapping(prefix = "crm.gateway")
public interface GatewayConfig {

    /** Upstream services by name (e.g. {@code lead-service}). */
    Map<String, Upstream> upstreams();

    /** Routes by name: a path prefix owned by one upstream. */
    Map<String, Route> routes();

    RateLimits rateLimits();

    Customer360 customer360();

    AccessLog accessLog();

    /**
     * Largest request header section (names and values): above it a 431 problem. The HTTP server itself refuses
     * headers above {@code quarkus.http.limits.max-header-size} (an outer bound) with a bare 431 and closes the
     * connection.
     */
    @WithDefault("16K")
    MemorySize maxHeaderSize();

    /** The access log's output (the line itself is {@code crm.gateway.http.AccessLog}). */
    interface AccessLog {
        /** Queue lines and write them in batches (one wake-up and a few writes per interval) instead of one by one. */
        @WithDefault("true")
        boolean batched();

        /** How often the batched writer writes what queued: the most a line can be late. */
        @WithDefault("50ms")
        Duration flushInterval();

        /** Lines waiting beyond this are dropped and counted (the event loop never waits on the log). */
        @WithDefault("100000")
        int queueLimit();
    }

    interface Upstream {
        /** Base URL, e.g. {@code http://lead-service:8080} (the chart sets {@code CRM_LEAD_SERVICE_URL}). */
        String url();

        /** Connections kept per upstream. */
        @WithDefault("64")
        int maxConnections();

        /** Consecutive failures (connection errors, timeouts, 5xx) that open the circuit. */
        @WithDefault("5")
        int breakerFailures();

        /** How long an open circuit answers 503 at once before one trial request goes through. */
        @WithDefault("10s")
        Duration breakerOpenFor();
    }

    interface Route {
        /** Path prefix, matched on whole segments ({@code /api/v1/leads} matches {@code /api/v1/leads/42}). */
        String prefix();

        /** Name of the upstream in {@link #upstreams()}. */
        String upstream();

        /** Public routes pass without a token (rate-limited per client IP); every other route needs a valid token. */
        @WithName("public")
        @WithDefault("false")
        boolean isPublic();

        /** Realm roles of which the caller needs one; empty = any authenticated caller (the service checks again). */
        Optional<List<String>> roles();

        /** Time allowed to the upstream for a complete answer; 504 after it. */
        @WithDefault("10s")
        Duration timeout();

        /** Retries after a connection failure, for idempotent methods only (GET, HEAD, OPTIONS, PUT, DELETE). */
        @WithDefault("1")
        int retries();

        /** Largest request body; 413 above it. */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    interface RateLimits {
        @WithDefault("true")
        boolean enabled();

        /** Per client IP, for requests without a token on public routes. */
        Limit publicIp();

        /** Per user, when none of the caller's roles has a limit of its own. */
        Limit user();

        /** Per user (or per client for partners) by realm role; a caller with several roles gets the most generous. */
        Map<String, Limit> roles();

        /** Per OAuth client id (partners), taking precedence over the role limit. */
        Map<String, Limit> clients();
    }

    /** A token bucket: {@code requests} per {@code period}, refilled continuously; bursts up to {@code requests}. */
    interface Limit {
        int requests();

        Duration period();
    }

    interface Customer360 {
        /** Time budget of the whole view; a part not answered within it is left out and named in {@code degraded}. */
        @WithDefault("300ms")
        Duration budget();

        /**
         * The parts, by name. Each is one GET on an upstream; {@code {contactId}} and {@code {accountId}} in the path are
         * filled in. A part with {@code after=contact} waits for the contact (it needs the account id).
         */
        Map<String, Part> parts();
    }

    interface Part {
        String upstream();

        String path();

        /** {@code contact} when the path needs a value of the contact part ({@code {accountId}}). */
        Optional<String> after();

        /** For a list: keep only the items whose field has this value, written {@code field=value}. */
        Optional<String> keepWhere();

        /** For a list: keep at most this many items (the most recent first, as the service sorts them). */
        OptionalInt maxItems();
    }
}
