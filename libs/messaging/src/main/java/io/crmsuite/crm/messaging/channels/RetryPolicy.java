package io.crmsuite.crm.messaging.channels;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The delayed retries of every consumer channel: {@code crm.messaging.retry-delays} (e.g. {@code 10s,60s}; a plain
 * number is milliseconds), one retry topic per delay, and {@code crm.messaging.max-retries} attempts in all (default:
 * one per delay; more reuse the last delay's topic), after which the record goes to the dead-letter topic.
 */
public record RetryPolicy(List<Duration> delays, int maxRetries) {
    public static final String DELAYS = "crm.messaging.retry-delays";
    public static final String MAX_RETRIES = "crm.messaging.max-retries";
    /** Used when {@value #DELAYS} is not set anywhere (libs/messaging declares it in its microprofile-config.properties). */
    public static final String DEFAULT_DELAYS = "10s,60s";

    private static final Pattern DELAY = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    public RetryPolicy {
        delays = List.copyOf(delays);
        if (delays.isEmpty() || maxRetries < 1) {
            throw new IllegalArgumentException("at least one retry delay and one retry");
        }
    }

    /** Reads both settings; absent ones take their defaults. */
    public static RetryPolicy of(Optional<String> delays, Optional<String> maxRetries) {
        List<Duration> parsed = parseDelays(delays.filter(d -> !d.isBlank()).orElse(DEFAULT_DELAYS));
        int max = maxRetries
                .filter(m -> !m.isBlank())
                .map(m -> parseMaxRetries(m.strip()))
                .orElse(parsed.size());
        return new RetryPolicy(parsed, max);
    }

    private static List<Duration> parseDelays(String text) {
        List<Duration> delays = new ArrayList<>();
        for (String part : text.split(",")) {
            Matcher m = DELAY.matcher(part.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException(DELAYS + "=" + text
                        + ": expected delays such as 500ms, 10s, 1m (a plain number is milliseconds)");
            }
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "ms" : m.group(2);
            Duration delay =
                    switch (unit) {
                        case "s" -> Duration.ofSeconds(amount);
                        case "m" -> Duration.ofMinutes(amount);
                        case "h" -> Duration.ofHours(amount);
                        default -> Duration.ofMillis(amount);
                    };
            if (delay.isZero()) {
                throw new IllegalArgumentException(DELAYS + "=" + text + ": a retry delay must be positive");
            }
            delays.add(delay);
        }
        return delays;
    }

    private static int parseMaxRetries(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MAX_RETRIES + "=" + text + ": expected a whole number");
        }
    }
}
